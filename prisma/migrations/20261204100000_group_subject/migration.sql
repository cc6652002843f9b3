-- AlterTable
ALTER TABLE "ClaimGroup" ADD COLUMN "subject" TEXT;
