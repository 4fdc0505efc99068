-- Staged values are transient (decision 047): an import staged across this migration died with its
-- server; its chunks go with the old table, and the next import of its workspace deletes its stage.
-- DropForeignKey
ALTER TABLE "StagedOpenSdgChunk" DROP CONSTRAINT "StagedOpenSdgChunk_stageId_fkey";

-- DropTable
DROP TABLE "StagedOpenSdgChunk";

-- CreateTable
CREATE TABLE "StagedOpenSdgValue" (
    "stageId" TEXT NOT NULL,
    "batch" INTEGER NOT NULL,
    "valueId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "disaggregation" TEXT NOT NULL,
    "breakdown" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "periodLabel" TEXT,
    "expectedVersion" INTEGER,
    "auditId" TEXT NOT NULL,
    "auditBefore" TEXT,
    "auditAfter" TEXT,

    CONSTRAINT "StagedOpenSdgValue_pkey" PRIMARY KEY ("stageId","batch","valueId")
);

-- AddForeignKey
ALTER TABLE "StagedOpenSdgValue" ADD CONSTRAINT "StagedOpenSdgValue_stageId_fkey" FOREIGN KEY ("stageId") REFERENCES "OpenSdgImportStage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

