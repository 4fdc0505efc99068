import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { MAINTAIN_TOLERANCES, TARGET_THRESHOLDS, TREND_THRESHOLDS } from "@/lib/progress/calculate-progress";
import { DEFAULT_CATEGORY_CUTOFFS } from "@/lib/progress/categories";
import { reportMessages, reportPercent } from "./report-messages";
import { reportTerms } from "./report-terms";

/** The report's methodology note, in the report's language: the same method as the /methodology page, in a few paragraphs. */
export function methodologyNote(input: {
  official: boolean;
  baseYear: number | null;
  includeProvisional: boolean;
  cutoffs: readonly number[] | null;
  /** English when not given. */
  locale?: Locale;
}): string[] {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportMethodology" });
  const pct = (share: number) => reportPercent(share * 100, locale);
  const cutoffs = input.cutoffs ?? DEFAULT_CATEGORY_CUTOFFS;
  const paragraphs = [
    input.includeProvisional ? t("valuesWithProvisional") : t("valuesApprovedOnly"),
    t("progressStatus", {
      baseYear: input.baseYear === null ? t("firstYearWithData") : String(input.baseYear),
      high: pct(TARGET_THRESHOLDS.high),
      medium: pct(TARGET_THRESHOLDS.medium),
      low: pct(TARGET_THRESHOLDS.low),
      trendHigh: pct(TREND_THRESHOLDS.high),
      trendMedium: pct(TREND_THRESHOLDS.medium),
    }),
    t("qualitative", { tolerance: pct(MAINTAIN_TOLERANCES.onTrack) }),
  ];
  if (input.official) {
    const categories = reportTerms(locale)
      .categories.map((label, index) =>
        index === 0
          ? t("categoryBelow", { number: 1, label, cutoff: cutoffs[0] ?? 40 })
          : t("categoryFrom", { number: index + 1, label, cutoff: cutoffs[index - 1] ?? 0 }),
      )
      .join("; ");
    paragraphs.push(t("officialScores", { categories }));
  } else {
    paragraphs.push(t("areaScores"));
  }
  return paragraphs;
}
