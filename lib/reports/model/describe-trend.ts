import { createTranslator } from "use-intl/core";
import type { StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import { formatNumber, levelLabel } from "@/lib/indicators/format-value";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { isLevelBased, isQuantitative } from "@/lib/indicators/value-types";
import type { FrameworkDataValue } from "@/lib/progress/load-framework-data";
import { reportMessages, reportPercent } from "../report-messages";

type TrendValue = Pick<FrameworkDataValue, "year" | "number" | "levelCode">;

/**
 * "+12 % since 2023 (better)", "Unchanged since 2023", "Down from Fully present (2023)", or why
 * there is none, in the report's language. Words and signs, not arrows: the report font has no
 * arrow glyphs, and words read out well.
 */
export function describeTrend(
  indicator: StructureIndicator,
  current: TrendValue | undefined,
  previous: TrendValue | undefined,
  locale: Locale = DEFAULT_LOCALE,
): string {
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportTrend" });
  if (!current) return t("noValue");
  if (!previous) return t("noEarlierValue");
  if (isQuantitative(indicator.valueType) && current.number !== null && previous.number !== null) {
    const change = current.number - previous.number;
    if (change === 0) return t("unchanged", { year: previous.year });
    const sign = change > 0 ? "+" : "−";
    const amount =
      previous.number !== 0 && indicator.valueType !== "PERCENTAGE"
        ? `${sign}${reportPercent(Math.abs((change / Math.abs(previous.number)) * 100), locale)}`
        : indicator.valueType === "PERCENTAGE"
          ? t("points", {
              amount: `${sign}${formatNumber(Math.abs(change), indicator.decimals ?? (Number.isInteger(change) ? 0 : 1), locale)}`,
            })
          : `${sign}${formatNumber(Math.abs(change), indicator.decimals ?? (Number.isInteger(change) ? 0 : 1), locale)}`;
    const better = indicator.direction === "INCREASE" ? change > 0 : indicator.direction === "DECREASE" ? change < 0 : null;
    if (better === null) return t("changed", { amount, year: previous.year });
    return better ? t("changedBetter", { amount, year: previous.year }) : t("changedWorse", { amount, year: previous.year });
  }
  if (isLevelBased(indicator.valueType) && current.levelCode !== null && previous.levelCode !== null) {
    const scoreOf = (code: string) => indicator.levels.find((level) => level.code === code)?.score ?? 0;
    const change = scoreOf(current.levelCode) - scoreOf(previous.levelCode);
    if (change === 0) return t("unchanged", { year: previous.year });
    const level = levelLabel(previous.levelCode, indicator.levels);
    return change > 0 ? t("upFrom", { level, year: previous.year }) : t("downFrom", { level, year: previous.year });
  }
  return t("reportedBefore", { year: previous.year });
}
