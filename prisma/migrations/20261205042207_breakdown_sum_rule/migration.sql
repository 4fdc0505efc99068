-- AlterTable (a constant default lets SQLite add the column in place, without copying the table)
ALTER TABLE "Indicator" ADD COLUMN "breakdownsMustSum" BOOLEAN NOT NULL DEFAULT false;
