-- AlterTable
ALTER TABLE "Job" ADD COLUMN "errorText" JSONB;
ALTER TABLE "Job" ADD COLUMN "stageText" JSONB;

