-- AlterTable: widen, fill, then narrow. Existing rows take the last change of what holds them:
-- an area its version's, a level or target its indicator's.
ALTER TABLE "Area" ADD COLUMN "updatedAt" TIMESTAMP(3);
UPDATE "Area" SET "updatedAt" = v."updatedAt" FROM "FrameworkVersion" v WHERE v."id" = "Area"."versionId";
ALTER TABLE "Area" ALTER COLUMN "updatedAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "IndicatorLevel" ADD COLUMN "updatedAt" TIMESTAMP(3);
UPDATE "IndicatorLevel" SET "updatedAt" = i."updatedAt" FROM "Indicator" i WHERE i."id" = "IndicatorLevel"."indicatorId";
ALTER TABLE "IndicatorLevel" ALTER COLUMN "updatedAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "IndicatorTarget" ADD COLUMN "updatedAt" TIMESTAMP(3);
UPDATE "IndicatorTarget" SET "updatedAt" = i."updatedAt" FROM "Indicator" i WHERE i."id" = "IndicatorTarget"."indicatorId";
ALTER TABLE "IndicatorTarget" ALTER COLUMN "updatedAt" SET NOT NULL;
