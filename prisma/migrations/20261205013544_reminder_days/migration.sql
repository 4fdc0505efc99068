-- A column with a constant default: SQLite adds it in place, no table rebuild needed.
ALTER TABLE "Workspace" ADD COLUMN "reminderDays" TEXT NOT NULL DEFAULT '14,3';
