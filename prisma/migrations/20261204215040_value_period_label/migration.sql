-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN "periodLabel" TEXT;

