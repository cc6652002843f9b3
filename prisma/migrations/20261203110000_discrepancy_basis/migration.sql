-- AlterTable
ALTER TABLE "Discrepancy" ADD COLUMN "basis" JSONB;
ALTER TABLE "Discrepancy" ADD COLUMN "confidence" REAL;
ALTER TABLE "Discrepancy" ADD COLUMN "subject" TEXT;
