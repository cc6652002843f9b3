-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Claim" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "paragraph" INTEGER NOT NULL,
    "attribution" JSONB NOT NULL,
    CONSTRAINT "Claim_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Backfill (edited by hand): each claim's attribution from its article's stored extraction.
INSERT INTO "new_Claim" ("articleId", "end", "id", "key", "paragraph", "start", "text", "attribution")
SELECT c."articleId", c."end", c."id", c."key", c."paragraph", c."start", c."text",
       COALESCE(
         (SELECT json_extract(j.value, '$.attribution')
            FROM "Article" a, json_each(a."extraction", '$.claims') j
           WHERE a."id" = c."articleId" AND json_extract(j.value, '$.key') = c."key"),
         '{"speaker":null,"channel":null}')
  FROM "Claim" c;
DROP TABLE "Claim";
ALTER TABLE "new_Claim" RENAME TO "Claim";
CREATE UNIQUE INDEX "Claim_articleId_key_key" ON "Claim"("articleId", "key");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

