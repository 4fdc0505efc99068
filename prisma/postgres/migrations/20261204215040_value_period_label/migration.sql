-- PostgreSQL twin of prisma/migrations/20261204215040_value_period_label, generated from its schema snapshot.
-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "periodLabel" TEXT;

