-- AlterTable
ALTER TABLE "GroupOverride" ADD COLUMN "measure" TEXT;
