-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Area" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "parentId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "nameTranslations" JSONB,
    "position" INTEGER NOT NULL,
    "descriptionTranslations" JSONB,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Area_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Area_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Area" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);
-- Existing rows take the last change of what holds them: an area its version's, a level or target its indicator's.
INSERT INTO "new_Area" ("code", "description", "descriptionTranslations", "id", "name", "nameTranslations", "parentId", "position", "versionId", "updatedAt") SELECT "code", "description", "descriptionTranslations", "id", "name", "nameTranslations", "parentId", "position", "versionId", (SELECT "FrameworkVersion"."updatedAt" FROM "FrameworkVersion" WHERE "FrameworkVersion"."id" = "Area"."versionId") FROM "Area";
DROP TABLE "Area";
ALTER TABLE "new_Area" RENAME TO "Area";
CREATE INDEX "Area_parentId_idx" ON "Area"("parentId");
CREATE UNIQUE INDEX "Area_versionId_code_key" ON "Area"("versionId", "code");
CREATE TABLE "new_IndicatorLevel" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "indicatorId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "labelTranslations" JSONB,
    "position" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IndicatorLevel_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorLevel" ("code", "id", "indicatorId", "label", "labelTranslations", "position", "score", "updatedAt") SELECT "code", "id", "indicatorId", "label", "labelTranslations", "position", "score", (SELECT "Indicator"."updatedAt" FROM "Indicator" WHERE "Indicator"."id" = "IndicatorLevel"."indicatorId") FROM "IndicatorLevel";
DROP TABLE "IndicatorLevel";
ALTER TABLE "new_IndicatorLevel" RENAME TO "IndicatorLevel";
CREATE UNIQUE INDEX "IndicatorLevel_indicatorId_code_key" ON "IndicatorLevel"("indicatorId", "code");
CREATE TABLE "new_IndicatorTarget" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "number" REAL,
    "levelCode" TEXT,
    "isFinal" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IndicatorTarget_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorTarget" ("id", "indicatorId", "isFinal", "levelCode", "number", "year", "updatedAt") SELECT "id", "indicatorId", "isFinal", "levelCode", "number", "year", (SELECT "Indicator"."updatedAt" FROM "Indicator" WHERE "Indicator"."id" = "IndicatorTarget"."indicatorId") FROM "IndicatorTarget";
DROP TABLE "IndicatorTarget";
ALTER TABLE "new_IndicatorTarget" RENAME TO "IndicatorTarget";
CREATE UNIQUE INDEX "IndicatorTarget_indicatorId_year_key" ON "IndicatorTarget"("indicatorId", "year");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

