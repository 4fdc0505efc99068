import { formatIndicatorValue } from "@/lib/indicators/format-value";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { reportTerms } from "@/lib/reports/report-terms";
import { exportHeaders } from "./export-headers";
import type { FrameworkExport } from "./load-framework-export";

/** One row per indicator x year x breakdown: the shape of the CSV, JSON and the workbook's "Values" sheet. */
export type TidyRow = {
  framework: string;
  area: string;
  areaName: string;
  indicator: string;
  indicatorName: string;
  year: number;
  /** "Total" or the members' names. */
  breakdown: string;
  /** Dimension code -> member code, empty for the total. */
  disaggregation: Record<string, string>;
  /** A number, a level code, or a narrative text. */
  value: number | string | null;
  valueShown: string;
  unit: string | null;
  status: string;
  /** The progress status of the indicator's total that year; empty for breakdowns. */
  progressStatus: string;
  comment: string | null;
  source: string | null;
};

const TIDY_KEYS: (keyof TidyRow)[] = [
  "framework",
  "area",
  "areaName",
  "indicator",
  "indicatorName",
  "year",
  "breakdown",
  "disaggregation",
  "value",
  "valueShown",
  "unit",
  "status",
  "progressStatus",
  "comment",
  "source",
];

/** The tidy columns in order, with their headers in the language chosen at export (English by default). */
export function tidyColumns(locale: Locale = DEFAULT_LOCALE): { key: keyof TidyRow; header: string }[] {
  const headers = exportHeaders(locale).tidy;
  return TIDY_KEYS.map((key) => ({ key, header: headers[key] }));
}

/** The English columns, as the API and programs reading the files know them. */
export const TIDY_COLUMNS = tidyColumns();

/** The rows, with statuses and the value as shown in the language chosen at export; codes and numbers stay as they are. */
export function buildTidyRows(data: FrameworkExport, locale: Locale = DEFAULT_LOCALE): TidyRow[] {
  const terms = reportTerms(locale);
  const statusesByIndicator = new Map(data.progress.indicators.map((row) => [row.indicator.id, row.statuses]));
  return data.values.map((value) => {
    const progress = value.disaggregationKey === "" ? statusesByIndicator.get(value.indicator.id)?.[value.year] : undefined;
    return {
      framework: data.progress.framework.code,
      area: value.area.code,
      areaName: value.area.name,
      indicator: value.indicator.code,
      indicatorName: value.indicator.name,
      year: value.year,
      breakdown: value.breakdown,
      disaggregation: value.disaggregation,
      value: value.number ?? value.levelCode ?? value.text,
      valueShown: locale === DEFAULT_LOCALE ? value.display : formatIndicatorValue(value, value.indicator, locale),
      unit: value.indicator.unit,
      status: terms.valueStatus[value.status],
      progressStatus: progress ? terms.progressStatus[progress] : "",
      comment: value.comment,
      source: value.source,
    };
  });
}

/** "SEX=F; AGE_GROUP=15-24" for one text cell. */
export function formatBreakdownCodes(disaggregation: Record<string, string>): string {
  return Object.entries(disaggregation)
    .map(([dimension, member]) => `${dimension}=${member}`)
    .join("; ");
}
