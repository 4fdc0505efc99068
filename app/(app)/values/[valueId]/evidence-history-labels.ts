import { getTranslations } from "next-intl/server";

/** Evidence events are the value's own history (decision 034); their names come from the Evidence texts. */
export async function getEvidenceHistoryLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("Evidence");
  return { "value.evidence-added": t("historyAdded"), "value.evidence-removed": t("historyRemoved") };
}
