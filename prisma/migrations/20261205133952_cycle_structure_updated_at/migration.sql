-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_IndicatorContributor" (
    "indicatorId" TEXT NOT NULL,
    "institutionId" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("indicatorId", "institutionId"),
    CONSTRAINT "IndicatorContributor_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorContributor_institutionId_fkey" FOREIGN KEY ("institutionId") REFERENCES "Institution" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- Existing rows take the last change of what holds them: a contributor or breakdown link its indicator's,
-- a dimension the migration's time, a member its dimension's (decision 055).
INSERT INTO "new_IndicatorContributor" ("indicatorId", "institutionId", "updatedAt") SELECT "indicatorId", "institutionId", (SELECT "Indicator"."updatedAt" FROM "Indicator" WHERE "Indicator"."id" = "IndicatorContributor"."indicatorId") FROM "IndicatorContributor";
DROP TABLE "IndicatorContributor";
ALTER TABLE "new_IndicatorContributor" RENAME TO "IndicatorContributor";
CREATE INDEX "IndicatorContributor_institutionId_idx" ON "IndicatorContributor"("institutionId");
CREATE TABLE "new_Dimension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameTranslations" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Dimension_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Dimension" ("code", "id", "name", "nameTranslations", "position", "workspaceId", "updatedAt") SELECT "code", "id", "name", "nameTranslations", "position", "workspaceId", strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now') FROM "Dimension";
DROP TABLE "Dimension";
ALTER TABLE "new_Dimension" RENAME TO "Dimension";
CREATE UNIQUE INDEX "Dimension_workspaceId_code_key" ON "Dimension"("workspaceId", "code");
CREATE TABLE "new_DimensionMember" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "dimensionId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameTranslations" JSONB,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DimensionMember_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "Dimension" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DimensionMember" ("code", "dimensionId", "id", "name", "nameTranslations", "position", "updatedAt") SELECT "code", "dimensionId", "id", "name", "nameTranslations", "position", (SELECT d."updatedAt" FROM "Dimension" d WHERE d."id" = "DimensionMember"."dimensionId") FROM "DimensionMember";
DROP TABLE "DimensionMember";
ALTER TABLE "new_DimensionMember" RENAME TO "DimensionMember";
CREATE UNIQUE INDEX "DimensionMember_dimensionId_code_key" ON "DimensionMember"("dimensionId", "code");
CREATE TABLE "new_IndicatorDimension" (
    "indicatorId" TEXT NOT NULL,
    "dimensionId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("indicatorId", "dimensionId"),
    CONSTRAINT "IndicatorDimension_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorDimension_dimensionId_fkey" FOREIGN KEY ("dimensionId") REFERENCES "Dimension" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorDimension" ("dimensionId", "indicatorId", "position", "updatedAt") SELECT "dimensionId", "indicatorId", "position", (SELECT "Indicator"."updatedAt" FROM "Indicator" WHERE "Indicator"."id" = "IndicatorDimension"."indicatorId") FROM "IndicatorDimension";
DROP TABLE "IndicatorDimension";
ALTER TABLE "new_IndicatorDimension" RENAME TO "IndicatorDimension";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

