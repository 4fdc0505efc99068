-- AlterTable
ALTER TABLE "Framework" ADD COLUMN     "descriptionTranslations" JSONB,
ADD COLUMN     "nameTranslations" JSONB;

-- AlterTable
ALTER TABLE "Area" ADD COLUMN     "descriptionTranslations" JSONB;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "dataSourceTranslations" JSONB,
ADD COLUMN     "definitionTranslations" JSONB,
ADD COLUMN     "unitTranslations" JSONB,
ADD COLUMN     "verificationTranslations" JSONB;

-- AlterTable
ALTER TABLE "IndicatorLevel" ADD COLUMN     "labelTranslations" JSONB;

-- AlterTable
ALTER TABLE "Dimension" ADD COLUMN     "nameTranslations" JSONB;

-- AlterTable
ALTER TABLE "DimensionMember" ADD COLUMN     "nameTranslations" JSONB;

