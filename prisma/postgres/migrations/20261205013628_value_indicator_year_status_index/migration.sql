-- DropIndex
DROP INDEX "IndicatorValue_indicatorId_idx";

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_year_status_idx" ON "IndicatorValue"("indicatorId", "year", "status");

