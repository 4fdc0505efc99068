-- CreateTable
CREATE TABLE "OpenSdgImportStage" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "jobId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "touchedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OpenSdgImportStage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StagedOpenSdgValue" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stageId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "valueId" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "disaggregation" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "periodLabel" TEXT,
    "expectedVersion" INTEGER,
    "auditId" TEXT NOT NULL,
    "auditSummary" TEXT NOT NULL,
    "auditBefore" TEXT,
    "auditAfter" TEXT NOT NULL,
    CONSTRAINT "StagedOpenSdgValue_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "OpenSdgImportStage" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OpenSdgImportStage_workspaceId_touchedAt_idx" ON "OpenSdgImportStage"("workspaceId", "touchedAt");

-- CreateIndex
CREATE INDEX "StagedOpenSdgValue_stageId_kind_idx" ON "StagedOpenSdgValue"("stageId", "kind");

