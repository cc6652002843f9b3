-- CreateIndex
CREATE INDEX "ClaimGroup_mergedIntoId_idx" ON "ClaimGroup"("mergedIntoId");
