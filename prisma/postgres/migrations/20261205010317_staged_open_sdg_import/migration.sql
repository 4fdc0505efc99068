-- CreateTable
CREATE TABLE "OpenSdgImportStage" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "jobId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "touchedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OpenSdgImportStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StagedOpenSdgChunk" (
    "id" TEXT NOT NULL,
    "stageId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "rows" TEXT NOT NULL,

    CONSTRAINT "StagedOpenSdgChunk_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OpenSdgImportStage_workspaceId_touchedAt_idx" ON "OpenSdgImportStage"("workspaceId", "touchedAt");

-- CreateIndex
CREATE INDEX "StagedOpenSdgChunk_stageId_idx" ON "StagedOpenSdgChunk"("stageId");

-- AddForeignKey
ALTER TABLE "OpenSdgImportStage" ADD CONSTRAINT "OpenSdgImportStage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StagedOpenSdgChunk" ADD CONSTRAINT "StagedOpenSdgChunk_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "OpenSdgImportStage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

