-- AlterTable: widen, fill, then narrow (decision 055). Existing rows take the last change of what
-- holds them: a contributor or breakdown link its indicator's, a dimension the migration's time,
-- a member its dimension's.
ALTER TABLE "IndicatorContributor" ADD COLUMN "updatedAt" TIMESTAMP(3);
UPDATE "IndicatorContributor" SET "updatedAt" = i."updatedAt" FROM "Indicator" i WHERE i."id" = "IndicatorContributor"."indicatorId";
ALTER TABLE "IndicatorContributor" ALTER COLUMN "updatedAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "Dimension" ADD COLUMN "updatedAt" TIMESTAMP(3);
UPDATE "Dimension" SET "updatedAt" = CURRENT_TIMESTAMP;
ALTER TABLE "Dimension" ALTER COLUMN "updatedAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "DimensionMember" ADD COLUMN "updatedAt" TIMESTAMP(3);
UPDATE "DimensionMember" SET "updatedAt" = d."updatedAt" FROM "Dimension" d WHERE d."id" = "DimensionMember"."dimensionId";
ALTER TABLE "DimensionMember" ALTER COLUMN "updatedAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "IndicatorDimension" ADD COLUMN "updatedAt" TIMESTAMP(3);
UPDATE "IndicatorDimension" SET "updatedAt" = i."updatedAt" FROM "Indicator" i WHERE i."id" = "IndicatorDimension"."indicatorId";
ALTER TABLE "IndicatorDimension" ALTER COLUMN "updatedAt" SET NOT NULL;
