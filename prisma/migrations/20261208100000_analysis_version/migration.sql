-- The analysis's version each story's rows were made with (decision 031). Stories stored before are 0: older than
-- any code that records a version, so `npm run db:setup` analyses them again. An ADD COLUMN rather than Prisma's table
-- rebuild: it leaves every story where it is.
-- AlterTable
ALTER TABLE "Story" ADD COLUMN "analysisVersion" INTEGER NOT NULL DEFAULT 0;
