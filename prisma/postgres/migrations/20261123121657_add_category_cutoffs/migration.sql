-- PostgreSQL twin of prisma/migrations/20261123121657_add_category_cutoffs, generated from its schema snapshot (decision 026).
-- Written when PostgreSQL support began: it runs on an empty database only, as every PostgreSQL database then was.
-- AlterTable
ALTER TABLE "Framework" ADD COLUMN     "categoryCutoffs" JSONB;

