-- AlterTable
ALTER TABLE "Framework" ADD COLUMN "categoryCutoffs" JSONB;

