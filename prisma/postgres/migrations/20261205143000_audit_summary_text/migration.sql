-- AlterTable
ALTER TABLE "AuditEvent" ADD COLUMN     "summaryText" JSONB;

