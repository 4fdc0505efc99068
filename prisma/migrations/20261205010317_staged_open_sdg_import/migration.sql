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
CREATE TABLE "StagedOpenSdgChunk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stageId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rows" TEXT NOT NULL,
    CONSTRAINT "StagedOpenSdgChunk_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "OpenSdgImportStage" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "OpenSdgImportStage_workspaceId_touchedAt_idx" ON "OpenSdgImportStage"("workspaceId", "touchedAt");

-- CreateIndex
CREATE INDEX "StagedOpenSdgChunk_stageId_idx" ON "StagedOpenSdgChunk"("stageId");

