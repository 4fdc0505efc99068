-- AlterTable
ALTER TABLE "FrameworkVersion" ADD COLUMN "basedOnId" TEXT;
ALTER TABLE "FrameworkVersion" ADD COLUMN "codeMapping" JSONB;
ALTER TABLE "FrameworkVersion" ADD COLUMN "consultationDeadline" DATETIME;
ALTER TABLE "FrameworkVersion" ADD COLUMN "consultationOpenedAt" DATETIME;
ALTER TABLE "FrameworkVersion" ADD COLUMN "decisionMinutes" TEXT;
ALTER TABLE "FrameworkVersion" ADD COLUMN "decisionParticipants" JSONB;
ALTER TABLE "FrameworkVersion" ADD COLUMN "supersededAt" DATETIME;
ALTER TABLE "FrameworkVersion" ADD COLUMN "validatedAt" DATETIME;

-- CreateTable
CREATE TABLE "IndicatorIdentity" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "frameworkId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IndicatorIdentity_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- Data: one identity per indicator code within a framework. Its id is the id of the indicator
-- row of the framework's earliest version with that code, so that every existing value (and
-- every later version that kept the code) joins the same series.
INSERT INTO "IndicatorIdentity" ("id", "frameworkId", "createdAt")
SELECT "i"."id", "v"."frameworkId", "i"."createdAt"
FROM "Indicator" AS "i" JOIN "FrameworkVersion" AS "v" ON "v"."id" = "i"."versionId"
WHERE "v"."number" = (
  SELECT MIN("v2"."number") FROM "Indicator" AS "i2" JOIN "FrameworkVersion" AS "v2" ON "v2"."id" = "i2"."versionId"
  WHERE "v2"."frameworkId" = "v"."frameworkId" AND "i2"."code" = "i"."code"
);

-- CreateTable
CREATE TABLE "ConsultationInvitee" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "institutionId" TEXT,
    "userId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsultationInvitee_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ConsultationComment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "indicatorId" TEXT,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "institutionId" TEXT,
    "body" TEXT NOT NULL,
    "resolution" TEXT,
    "resolutionReason" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsultationComment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApprovalVote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userLabel" TEXT NOT NULL,
    "position" TEXT NOT NULL,
    "note" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ApprovalVote_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Framework" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "scoringMethod" TEXT NOT NULL DEFAULT 'NORMALISED_ACHIEVEMENT',
    "baseYear" INTEGER,
    "categoryCutoffs" JSONB,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "quorumPercent" INTEGER NOT NULL DEFAULT 50,
    CONSTRAINT "Framework_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Framework" ("baseYear", "categoryCutoffs", "code", "createdAt", "description", "id", "name", "scoringMethod", "updatedAt", "workspaceId") SELECT "baseYear", "categoryCutoffs", "code", "createdAt", "description", "id", "name", "scoringMethod", "updatedAt", "workspaceId" FROM "Framework";
DROP TABLE "Framework";
ALTER TABLE "new_Framework" RENAME TO "Framework";
CREATE UNIQUE INDEX "Framework_workspaceId_code_key" ON "Framework"("workspaceId", "code");
CREATE TABLE "new_Indicator" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "versionId" TEXT NOT NULL,
    "identityId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameTranslations" JSONB,
    "definition" TEXT,
    "valueType" TEXT NOT NULL,
    "unit" TEXT,
    "direction" TEXT,
    "lowerLimit" REAL,
    "upperLimit" REAL,
    "decimals" INTEGER,
    "baselineYear" INTEGER,
    "baselineNumber" REAL,
    "baselineLevel" TEXT,
    "dataSource" TEXT,
    "verification" TEXT,
    "leadInstitutionId" TEXT,
    "position" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Indicator_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "IndicatorIdentity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "Area" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Indicator_leadInstitutionId_fkey" FOREIGN KEY ("leadInstitutionId") REFERENCES "Institution" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Indicator" ("areaId", "baselineLevel", "baselineNumber", "baselineYear", "code", "createdAt", "dataSource", "decimals", "definition", "direction", "id", "leadInstitutionId", "lowerLimit", "name", "nameTranslations", "position", "unit", "updatedAt", "upperLimit", "valueType", "verification", "versionId", "identityId") SELECT "areaId", "baselineLevel", "baselineNumber", "baselineYear", "code", "createdAt", "dataSource", "decimals", "definition", "direction", "id", "leadInstitutionId", "lowerLimit", "name", "nameTranslations", "position", "unit", "updatedAt", "upperLimit", "valueType", "verification", "versionId",
  (SELECT "first"."id" FROM "Indicator" AS "first" JOIN "FrameworkVersion" AS "fv" ON "fv"."id" = "first"."versionId"
   WHERE "first"."code" = "Indicator"."code"
     AND "fv"."frameworkId" = (SELECT "frameworkId" FROM "FrameworkVersion" WHERE "id" = "Indicator"."versionId")
   ORDER BY "fv"."number" LIMIT 1)
FROM "Indicator";
DROP TABLE "Indicator";
ALTER TABLE "new_Indicator" RENAME TO "Indicator";
CREATE INDEX "Indicator_identityId_idx" ON "Indicator"("identityId");
CREATE INDEX "Indicator_areaId_idx" ON "Indicator"("areaId");
CREATE INDEX "Indicator_leadInstitutionId_idx" ON "Indicator"("leadInstitutionId");
CREATE UNIQUE INDEX "Indicator_versionId_code_key" ON "Indicator"("versionId", "code");
CREATE UNIQUE INDEX "Indicator_versionId_identityId_key" ON "Indicator"("versionId", "identityId");
CREATE TABLE "new_IndicatorValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "identityId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "disaggregation" TEXT NOT NULL DEFAULT '',
    "number" REAL,
    "levelCode" TEXT,
    "text" TEXT,
    "comment" TEXT,
    "source" TEXT,
    "evidenceUrl" TEXT,
    "status" TEXT NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "updatedById" TEXT,
    "submittedAt" DATETIME,
    "reviewedAt" DATETIME,
    "reviewedById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "IndicatorValue_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "IndicatorIdentity" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_IndicatorValue" ("comment", "createdAt", "createdById", "disaggregation", "evidenceUrl", "id", "indicatorId", "levelCode", "number", "returnReason", "reviewedAt", "reviewedById", "source", "status", "submittedAt", "text", "updatedAt", "updatedById", "version", "year", "identityId") SELECT "comment", "createdAt", "createdById", "disaggregation", "evidenceUrl", "id", "indicatorId", "levelCode", "number", "returnReason", "reviewedAt", "reviewedById", "source", "status", "submittedAt", "text", "updatedAt", "updatedById", "version", "year",
  (SELECT "identityId" FROM "Indicator" WHERE "Indicator"."id" = "IndicatorValue"."indicatorId")
FROM "IndicatorValue";
DROP TABLE "IndicatorValue";
ALTER TABLE "new_IndicatorValue" RENAME TO "IndicatorValue";
CREATE INDEX "IndicatorValue_indicatorId_idx" ON "IndicatorValue"("indicatorId");
CREATE INDEX "IndicatorValue_year_idx" ON "IndicatorValue"("year");
CREATE INDEX "IndicatorValue_status_idx" ON "IndicatorValue"("status");
CREATE UNIQUE INDEX "IndicatorValue_identityId_year_disaggregation_key" ON "IndicatorValue"("identityId", "year", "disaggregation");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "IndicatorIdentity_frameworkId_idx" ON "IndicatorIdentity"("frameworkId");

-- CreateIndex
CREATE INDEX "ConsultationInvitee_versionId_idx" ON "ConsultationInvitee"("versionId");

-- CreateIndex
CREATE INDEX "ConsultationComment_versionId_createdAt_idx" ON "ConsultationComment"("versionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalVote_versionId_userId_key" ON "ApprovalVote"("versionId", "userId");

