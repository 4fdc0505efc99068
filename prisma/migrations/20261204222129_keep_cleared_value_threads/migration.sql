-- Issue 18, item 10: clearing a draft keeps its comment thread and its history page.
-- CreateTable
CREATE TABLE "ClearedValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identityId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "disaggregation" TEXT NOT NULL DEFAULT '',
    "clearedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClearedValue_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "IndicatorIdentity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClearedValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_ValueComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "valueId" TEXT,
    "identityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "disaggregation" TEXT NOT NULL DEFAULT '',
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ValueComment_valueId_fkey" FOREIGN KEY ("valueId") REFERENCES "IndicatorValue" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ValueComment_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "IndicatorIdentity" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Data migration (hand-written): each existing comment takes the place of its value (identity, year, disaggregation).
INSERT INTO "new_ValueComment" ("authorId", "authorLabel", "body", "createdAt", "id", "valueId", "identityId", "year", "disaggregation")
SELECT c."authorId", c."authorLabel", c."body", c."createdAt", c."id", c."valueId", v."identityId", v."year", v."disaggregation"
FROM "ValueComment" c JOIN "IndicatorValue" v ON v."id" = c."valueId";
DROP TABLE "ValueComment";
ALTER TABLE "new_ValueComment" RENAME TO "ValueComment";
CREATE INDEX "ValueComment_valueId_createdAt_idx" ON "ValueComment"("valueId", "createdAt");
CREATE INDEX "ValueComment_identityId_year_disaggregation_createdAt_idx" ON "ValueComment"("identityId", "year", "disaggregation", "createdAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ClearedValue_identityId_year_disaggregation_idx" ON "ClearedValue"("identityId", "year", "disaggregation");

