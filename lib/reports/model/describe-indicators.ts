import { createTranslator } from "use-intl/core";
import type { StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import { formatIndicatorValue, pickFinalTarget } from "@/lib/indicators/format-value";
import type { FrameworkDataValue } from "@/lib/progress/load-framework-data";
import { reportMessages } from "../report-messages";
import type { ReportIndicator } from "../report-model";
import { describeTrend } from "./describe-trend";
import type { ReportContext } from "./report-context";

/** A function that gives an indicator's row in its area's table: value, target, status and trend in the report's year. */
export function indicatorDescriber({ data, year, locale, terms }: ReportContext): (indicator: StructureIndicator) => ReportIndicator {
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportIndicators" });
  const totals = new Map<string, FrameworkDataValue[]>();
  for (const value of data.values) {
    if (value.disaggregationKey !== "") continue;
    const list = totals.get(value.indicator.id) ?? [];
    list.push(value);
    totals.set(value.indicator.id, list);
  }
  const statuses = new Map(data.progress.indicators.map((row) => [row.indicator.id, row.statuses]));
  return (indicator) => {
    const series = (totals.get(indicator.id) ?? []).sort((a, b) => a.year - b.year);
    const current = year === null ? undefined : series.find((value) => value.year === year);
    const previous = year === null ? undefined : series.filter((value) => value.year < year).at(-1);
    const status = (year === null ? undefined : statuses.get(indicator.id)?.[year]) ?? "not_available";
    const target = pickFinalTarget(indicator.targets);
    return {
      code: indicator.code,
      name: indicator.name,
      leadInstitution: indicator.leadInstitution?.code ?? null,
      // Formatted here, not taken from the loader's English display: "1.250,5" in a Romanian report.
      value: current ? formatIndicatorValue(current, indicator, locale) : null,
      valueIsProvisional: current !== undefined && current.status !== "APPROVED",
      target: target
        ? t("targetBy", { target: formatIndicatorValue({ ...target, text: null }, indicator, locale), year: target.year })
        : null,
      status,
      statusLabel: terms.progressStatus[status],
      trend: describeTrend(indicator, current, previous, locale),
      comment: current?.comment ?? null,
    };
  };
}
