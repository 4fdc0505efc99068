-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "breakdownsMustSum" BOOLEAN NOT NULL DEFAULT false;

