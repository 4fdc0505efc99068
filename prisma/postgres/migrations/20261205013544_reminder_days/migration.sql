-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "reminderDays" TEXT NOT NULL DEFAULT '14,3';

