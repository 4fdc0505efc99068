import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import type { StructureArea, StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { formatIndicatorValue } from "@/lib/indicators/format-value";
import { currentCodesOf } from "@/lib/frameworks/current-codes-of";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { countsInProgress } from "./counts-in-progress";
import { getFrameworkProgress, type FrameworkProgress } from "./get-framework-progress";

/** `year` alone: that year with the years before it (for trends); `from`/`to` bound the range. */
export type YearRange = { year?: number; from?: number; to?: number; includeProvisional: boolean };

export type FrameworkDataValue = {
  indicator: StructureIndicator;
  /** The top-level area the indicator belongs to, through its sub-areas. */
  area: StructureArea;
  year: number;
  /** Canonical key of the breakdown, "" for the total. */
  disaggregationKey: string;
  number: number | null;
  levelCode: string | null;
  text: string | null;
  /** As people read it: "1,250 persons", "Partially present". */
  display: string;
  status: ValueStatus;
  comment: string | null;
  source: string | null;
};

/** What the reports and the exports of a framework read, once, for a range of years. */
export type FrameworkData = {
  generatedAt: Date;
  workspace: { name: string; countryCode: string | null; isDemo: boolean };
  progress: FrameworkProgress;
  /** The years covered, ascending; the report's year is the last. */
  years: number[];
  reportYear: number | null;
  includeProvisional: boolean;
  /** The counted values of the range, totals and breakdowns. */
  values: FrameworkDataValue[];
  topLevelAreas: StructureArea[];
};

/**
 * Reads a framework for a range of years: its structure, the values the person may read in
 * the range (approved ones, or also provisional ones when asked; never returned ones), and
 * the progress statuses and area scores computed from them. A fixed number of queries,
 * whatever the size of the framework.
 */
export async function loadFrameworkData(access: AccessContext, frameworkCode: string, range: YearRange): Promise<FrameworkData> {
  const from = range.from;
  const to = range.year ?? range.to;
  const progress = await getFrameworkProgress(access, frameworkCode, { from, to, includeProvisional: range.includeProvisional });
  const { framework } = progress;
  const [workspace, rows] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: access.workspace.id }, select: { name: true, countryCode: true, isDemo: true } }),
    listFrameworkValues(access, framework.id, { from, to }, currentCodesOf(framework)),
  ]);

  const topAreaOf = topLevelAreaOf(framework.areas);
  const indicatorByCode = new Map(
    framework.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.code, indicator] as const)),
  );
  const values: FrameworkDataValue[] = [];
  for (const row of rows) {
    const indicator = indicatorByCode.get(row.indicatorCode);
    // Values of indicators that the current version no longer has are not part of the matrix.
    if (!indicator || !countsInProgress(row.status, range.includeProvisional)) continue;
    values.push({
      indicator,
      area: topAreaOf(indicator.areaId),
      year: row.year,
      disaggregationKey: row.disaggregation,
      number: row.number,
      levelCode: row.levelCode,
      text: row.text,
      display: formatIndicatorValue(row, indicator),
      status: row.status,
      comment: row.comment,
      source: row.source,
    });
  }

  // A report for a year that has no counted value yet still covers that year (and says so).
  const reportYear = to ?? progress.years.at(-1) ?? null;
  const years = [...new Set([...progress.years, ...(reportYear === null ? [] : [reportYear])])].sort((a, b) => a - b);
  return {
    generatedAt: new Date(),
    workspace,
    progress,
    years,
    reportYear,
    includeProvisional: range.includeProvisional,
    values,
    topLevelAreas: framework.areas.filter((area) => area.depth === 0),
  };
}
