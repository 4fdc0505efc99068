import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import en from "@/messages/en/exports.json";
import es from "@/messages/es/exports.json";
import fr from "@/messages/fr/exports.json";
import ro from "@/messages/ro/exports.json";
import ru from "@/messages/ru/exports.json";
import type { TidyRow } from "./build-tidy-rows";

const EXPORT_MESSAGES: Record<Locale, typeof en> = { en, ro, ru, fr, es };

/**
 * The headers and sheet names of the Excel and CSV files in the language chosen at export
 * (issue 13). Made in a job's process, so through createTranslator, not the request's
 * messages. Column keys and codes stay the same in every language; only the words change.
 */
export function exportHeaders(locale: Locale = DEFAULT_LOCALE) {
  const t = createTranslator({ locale, messages: EXPORT_MESSAGES[locale], namespace: "ExportHeaders" });
  const tidy: Record<keyof TidyRow, string> = {
    framework: t("framework"),
    area: t("area"),
    areaName: t("areaName"),
    indicator: t("indicator"),
    indicatorName: t("indicatorName"),
    year: t("year"),
    breakdown: t("breakdown"),
    disaggregation: t("breakdownCodes"),
    value: t("value"),
    valueShown: t("valueShown"),
    unit: t("unit"),
    status: t("status"),
    progressStatus: t("progressStatus"),
    comment: t("comment"),
    source: t("source"),
  };
  return {
    tidy,
    matrix: {
      code: t("code"),
      indicator: t("indicator"),
      unit: t("unit"),
      leadInstitution: t("leadInstitution"),
      baseline: t("baseline"),
      target: t("target"),
      /** "320 associations by 2025", the value already formatted in the export's language. */
      targetBy: (target: { display: string; year: number }) => t("targetBy", { target: target.display, year: String(target.year) }),
      progressStatus: (year: number | null) => (year === null ? t("progressStatus") : t("progressStatusInYear", { year })),
    },
    scores: {
      area: (official: boolean) => (official ? t("domain") : t("area")),
      name: t("name"),
      score: (year: number) => t("scoreInYear", { year }),
      category: (year: number) => t("categoryInYear", { year }),
      counted: (year: number) => t("countedInYear", { year }),
      countedOf: (counted: number, total: number) => t("counted", { counted, total }),
      allAreas: t("allAreas"),
      includesProvisional: t("includesProvisional"),
    },
    sheets: { matrix: t("matrixSheet"), values: t("valuesSheet"), scores: t("scoresSheet") },
  };
}
