-- PostgreSQL twin of prisma/migrations/20261204182512_indicator_identity_and_version_lifecycle, generated from its schema snapshot (decision 026).
-- Written when PostgreSQL support began: it runs on an empty database only, as every PostgreSQL database then was.
-- CreateEnum
CREATE TYPE "CommentResolution" AS ENUM ('ACCEPTED', 'DECLINED');

-- CreateEnum
CREATE TYPE "ApprovalPosition" AS ENUM ('AGREE', 'OBJECT');

-- AlterEnum
ALTER TYPE "FrameworkVersionStatus" ADD VALUE 'VALIDATED';

-- DropIndex
DROP INDEX "IndicatorValue_indicatorId_year_disaggregation_key";

-- AlterTable
ALTER TABLE "Framework" ADD COLUMN     "quorumPercent" INTEGER NOT NULL DEFAULT 50;

-- AlterTable
ALTER TABLE "FrameworkVersion" ADD COLUMN     "basedOnId" TEXT,
ADD COLUMN     "codeMapping" JSONB,
ADD COLUMN     "consultationDeadline" TIMESTAMP(3),
ADD COLUMN     "consultationOpenedAt" TIMESTAMP(3),
ADD COLUMN     "decisionMinutes" TEXT,
ADD COLUMN     "decisionParticipants" JSONB,
ADD COLUMN     "supersededAt" TIMESTAMP(3),
ADD COLUMN     "validatedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "identityId" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "IndicatorValue" ADD COLUMN     "identityId" TEXT NOT NULL;

-- CreateTable
CREATE TABLE "IndicatorIdentity" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationInvitee" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "institutionId" TEXT,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationInvitee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationComment" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "indicatorId" TEXT,
    "authorId" TEXT,
    "authorLabel" TEXT NOT NULL,
    "institutionId" TEXT,
    "body" TEXT NOT NULL,
    "resolution" "CommentResolution",
    "resolutionReason" TEXT,
    "resolvedById" TEXT,
    "resolvedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConsultationComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApprovalVote" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "userLabel" TEXT NOT NULL,
    "position" "ApprovalPosition" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApprovalVote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IndicatorIdentity_frameworkId_idx" ON "IndicatorIdentity"("frameworkId");

-- CreateIndex
CREATE INDEX "ConsultationInvitee_versionId_idx" ON "ConsultationInvitee"("versionId");

-- CreateIndex
CREATE INDEX "ConsultationComment_versionId_createdAt_idx" ON "ConsultationComment"("versionId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApprovalVote_versionId_userId_key" ON "ApprovalVote"("versionId", "userId");

-- CreateIndex
CREATE INDEX "Indicator_identityId_idx" ON "Indicator"("identityId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_versionId_identityId_key" ON "Indicator"("versionId", "identityId");

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_idx" ON "IndicatorValue"("indicatorId");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_identityId_year_disaggregation_key" ON "IndicatorValue"("identityId", "year", "disaggregation");

-- AddForeignKey
ALTER TABLE "IndicatorIdentity" ADD CONSTRAINT "IndicatorIdentity_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationInvitee" ADD CONSTRAINT "ConsultationInvitee_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationComment" ADD CONSTRAINT "ConsultationComment_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApprovalVote" ADD CONSTRAINT "ApprovalVote_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "FrameworkVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "IndicatorIdentity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_identityId_fkey" FOREIGN KEY ("identityId") REFERENCES "IndicatorIdentity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

