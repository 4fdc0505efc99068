-- DropIndex
DROP INDEX "IndicatorValue_year_idx";

-- DropIndex
DROP INDEX "IndicatorValue_status_idx";

