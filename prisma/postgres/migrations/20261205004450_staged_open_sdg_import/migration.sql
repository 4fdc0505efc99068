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
CREATE TABLE "StagedOpenSdgValue" (
    "id" TEXT NOT NULL,
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

    CONSTRAINT "StagedOpenSdgValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OpenSdgImportStage_workspaceId_touchedAt_idx" ON "OpenSdgImportStage"("workspaceId", "touchedAt");

-- CreateIndex
CREATE INDEX "StagedOpenSdgValue_stageId_kind_idx" ON "StagedOpenSdgValue"("stageId", "kind");

-- AddForeignKey
ALTER TABLE "OpenSdgImportStage" ADD CONSTRAINT "OpenSdgImportStage_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StagedOpenSdgValue" ADD CONSTRAINT "StagedOpenSdgValue_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "OpenSdgImportStage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

