import { getTranslations } from "next-intl/server";
import type { CycleStatus, FrameworkVersionStatus, ValueStatus, ValueType } from "@/lib/generated/prisma/enums";

/**
 * The names of the domain's states and kinds in the person's language, for server components.
 * lib/ keeps the English ones for exports, the API and the audit log, which speak one language.
 */
export async function getValueStatusLabels(): Promise<Record<ValueStatus, string>> {
  const t = await getTranslations("ValueStatus");
  return { DRAFT: t("draft"), SUBMITTED: t("submitted"), RETURNED: t("returned"), APPROVED: t("approved") };
}

export async function getVersionStatusLabels(): Promise<Record<FrameworkVersionStatus, string>> {
  const t = await getTranslations("VersionStatus");
  return {
    DRAFT: t("draft"),
    IN_CONSULTATION: t("inConsultation"),
    VALIDATED: t("validated"),
    APPROVED: t("approved"),
    SUPERSEDED: t("superseded"),
  };
}

export async function getCycleStatusLabels(): Promise<Record<CycleStatus, string>> {
  const t = await getTranslations("CycleStatus");
  return { OPEN: t("open"), CLOSED: t("closed") };
}

export async function getValueTypeLabels(): Promise<Record<ValueType, string>> {
  const t = await getTranslations("ValueType");
  return { NUMBER: t("number"), PERCENTAGE: t("percentage"), YES_NO: t("yesNo"), LEVELS: t("levels"), TEXT: t("text") };
}
