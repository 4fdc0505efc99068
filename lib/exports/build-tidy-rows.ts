import { PROGRESS_STATUS_LABELS } from "@/lib/progress/progress-status";
import { VALUE_STATUS_LABELS } from "@/lib/indicators/format-value";
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

export const TIDY_COLUMNS: { key: keyof TidyRow; header: string }[] = [
  { key: "framework", header: "Framework" },
  { key: "area", header: "Area" },
  { key: "areaName", header: "Area name" },
  { key: "indicator", header: "Indicator" },
  { key: "indicatorName", header: "Indicator name" },
  { key: "year", header: "Year" },
  { key: "breakdown", header: "Breakdown" },
  { key: "disaggregation", header: "Breakdown codes" },
  { key: "value", header: "Value" },
  { key: "valueShown", header: "Value as shown" },
  { key: "unit", header: "Unit" },
  { key: "status", header: "Status" },
  { key: "progressStatus", header: "Progress status" },
  { key: "comment", header: "Comment" },
  { key: "source", header: "Source" },
];

export function buildTidyRows(data: FrameworkExport): TidyRow[] {
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
      valueShown: value.display,
      unit: value.indicator.unit,
      status: VALUE_STATUS_LABELS[value.status],
      progressStatus: progress ? PROGRESS_STATUS_LABELS[progress] : "",
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
