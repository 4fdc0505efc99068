-- PostgreSQL twin of prisma/migrations/20261204222129_keep_cleared_value_threads, generated from its schema snapshot.
-- DropForeignKey
ALTER TABLE "ValueComment" DROP CONSTRAINT "ValueComment_valueId_fkey";

-- AlterTable: the new columns are filled from each comment's value before they become required
-- (as the SQLite migration does), so a database with comments migrates.
ALTER TABLE "ValueComment" ADD COLUMN     "disaggregation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "identityId" TEXT,
ADD COLUMN     "year" INTEGER,
ALTER COLUMN "valueId" DROP NOT NULL;
UPDATE "ValueComment" AS c SET "identityId" = v."identityId", "year" = v."year", "disaggregation" = v."disaggregation"
FROM "IndicatorValue" AS v WHERE v."id" = c."valueId";
ALTER TABLE "ValueComment" ALTER COLUMN "identityId" SET NOT NULL, ALTER COLUMN "year" SET NOT NULL;

-- CreateTable
CREATE TABLE "ClearedValue" (
    "id" TEXT NOT NULL,
    "identityId" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "disaggregation" TEXT NOT NULL DEFAULT '',
    "clearedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClearedValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClearedValue_identityId_year_disaggregation_idx" ON "ClearedValue"("identityId", "year", "disaggregation");

-- CreateIndex
CREATE INDEX "ValueComment_identityId_year_disaggregation_createdAt_idx" ON "ValueComment"("identityId", "year", "disaggregation", "createdAt");

-- AddForeignKey
ALTER TABLE "ValueComment" ADD CONSTRAINT "ValueComment_valueId_fkey" FOREIGN KEY ("valueId") REFERENCES "IndicatorValue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ValueComment" ADD CONSTRAINT "ValueComment_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "IndicatorIdentity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClearedValue" ADD CONSTRAINT "ClearedValue_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "IndicatorIdentity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClearedValue" ADD CONSTRAINT "ClearedValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

