import { useTranslations } from "next-intl";
import type { IndicatorFormField } from "@/lib/frameworks/editor/indicator-form";
import type { Direction, FrameworkVersionStatus, ValueType } from "@/lib/generated/prisma/enums";
import type { CodeMappingKind } from "@/lib/matrix/code-mapping";

/**
 * The matrix editor's names of fields, kinds and states in the person's language, for client
 * components and synchronous server components alike (the async pages use app/_i18n/).
 */
export function useIndicatorFieldLabels(): Record<IndicatorFormField, string> {
  const t = useTranslations("IndicatorFields");
  return {
    code: t("code"),
    name: t("name"),
    translations: t("translations"),
    definition: t("definition"),
    type: t("type"),
    unit: t("unit"),
    direction: t("direction"),
    lower_limit: t("lowerLimit"),
    upper_limit: t("upperLimit"),
    decimals: t("decimals"),
    breakdowns_must_sum: t("breakdownsMustSum"),
    baseline_year: t("baselineYear"),
    baseline_value: t("baselineValue"),
    targets: t("targets"),
    levels: t("levels"),
    lead_institution: t("leadInstitution"),
    contributors: t("contributors"),
    data_source: t("dataSource"),
    verification: t("verification"),
    dimensions: t("dimensions"),
    mgi_domain: t("mgiDomain"),
    sdg_targets: t("sdgTargets"),
    gcm_objectives: t("gcmObjectives"),
  };
}

export function useValueTypeLabels(): Record<ValueType, string> {
  const t = useTranslations("ValueType");
  return { NUMBER: t("number"), PERCENTAGE: t("percentage"), YES_NO: t("yesNo"), LEVELS: t("levels"), TEXT: t("text") };
}

export function useDirectionLabels(): Record<Direction, string> {
  const t = useTranslations("Direction");
  return { INCREASE: t("increase"), DECREASE: t("decrease"), MAINTAIN: t("maintain") };
}

export function useVersionStatusLabels(): Record<FrameworkVersionStatus, string> {
  const t = useTranslations("VersionStatus");
  return {
    DRAFT: t("draft"),
    IN_CONSULTATION: t("inConsultation"),
    VALIDATED: t("validated"),
    APPROVED: t("approved"),
    SUPERSEDED: t("superseded"),
  };
}

export function useCodeMappingKindLabels(): Record<CodeMappingKind, string> {
  const t = useTranslations("CodeMappingKind");
  return { renamed: t("renamed"), split: t("split"), merged: t("merged"), retired: t("retired") };
}
