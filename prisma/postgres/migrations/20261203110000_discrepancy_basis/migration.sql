-- AlterTable
ALTER TABLE "Discrepancy" ADD COLUMN     "basis" JSONB,
ADD COLUMN     "confidence" DOUBLE PRECISION,
ADD COLUMN     "subject" TEXT;
