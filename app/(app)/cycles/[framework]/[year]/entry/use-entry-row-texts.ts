import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { valueStatusLabels } from "@/components/indicators/value-status-badge";
import { toLocale } from "@/lib/i18n/locales";

/**
 * The words of every entry row, read once for the whole form. A form of a large area has
 * dozens of rows, each with a status, a value, three detail fields and a history link: asking
 * next-intl for a translator in each of them was a large part of the page's rendering (decision 062).
 */
export function useEntryRowTexts() {
  const status = useTranslations("ValueStatus");
  const field = useDetailFieldTexts();
  const t = useTranslations("EntryRow");
  const locale = toLocale(useLocale());
  return useMemo(
    () => ({
      locale,
      statusLabels: valueStatusLabels(status),
      total: t("total"),
      returnedBy: t("returnedBy"),
      notEntered: t("notEntered"),
      errorPrefix: t("errorPrefix"),
      conflictCleared: t("conflictCleared"),
      emptyValue: t("emptyValue"),
      noValue: t("noValue"),
      lockedClosed: t("lockedClosed"),
      lockedApproved: t("lockedApproved"),
      lockedSubmitted: t("lockedSubmitted"),
      details: t("details"),
      detailsFilled: t("detailsFilled"),
      comment: t("comment"),
      source: t("source"),
      evidenceUrl: t("evidenceUrl"),
      history: t("history"),
      conflictSaved: (value: string, statusLabel: string) => t("conflictSaved", { value, status: statusLabel }),
      usualSource: (source: string) => t("usualSource", { source }),
      historyOf: (indicator: string, breakdown: string) => t("historyOf", { indicator, breakdown }),
      field,
    }),
    [t, field, status, locale],
  );
}

export type EntryRowTexts = ReturnType<typeof useEntryRowTexts>;

/** The words of a comment, source or evidence field: its error prefix and its counter. */
function useDetailFieldTexts() {
  const t = useTranslations("entry");
  return useMemo(
    () => ({
      errorPrefix: t("errorPrefix"),
      roomLeft: (count: number, max: number) => t("roomLeft", { count, max }),
      tooLong: (count: number, max: number) => t("tooLong", { count, max }),
    }),
    [t],
  );
}

export type DetailFieldTexts = ReturnType<typeof useDetailFieldTexts>;
