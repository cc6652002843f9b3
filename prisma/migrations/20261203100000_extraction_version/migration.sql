-- The extractor's version each stored extraction was made with (decision 016). Rows stored before are 0: older than
-- any code that records a version, so `npm run db:setup` re-extracts them. An ADD COLUMN rather than Prisma's table
-- rebuild: it leaves every article's text and extraction where they are.
-- AlterTable
ALTER TABLE "Article" ADD COLUMN "extractionVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Article_extractionVersion_idx" ON "Article"("extractionVersion");
