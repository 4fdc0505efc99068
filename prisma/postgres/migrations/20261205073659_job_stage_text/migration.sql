-- AlterTable
ALTER TABLE "Job" ADD COLUMN     "errorText" JSONB,
ADD COLUMN     "stageText" JSONB;

