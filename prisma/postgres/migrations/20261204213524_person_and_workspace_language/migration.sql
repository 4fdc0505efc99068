-- PostgreSQL twin of prisma/migrations/20261204213524_person_and_workspace_language, generated from its schema snapshot.
-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "defaultLocale" TEXT NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" TEXT;

