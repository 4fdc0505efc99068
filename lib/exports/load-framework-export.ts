import "server-only";
import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import { memberNamesOf } from "@/lib/monitoring/member-names";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import type { StructureArea, StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { describeDisaggregation, parseDisaggregationKey, type Disaggregation } from "@/lib/indicators/disaggregation";
import { formatIndicatorValue } from "@/lib/indicators/format-value";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { countsInProgress } from "@/lib/progress/counts-in-progress";
import { getFrameworkProgress, type FrameworkProgress } from "@/lib/progress/get-framework-progress";

export type ExportRange = { year?: number; from?: number; to?: number; includeProvisional: boolean };

export type ExportDimension = { code: string; name: string; members: { code: string; name: string }[] };

export type ExportValue = {
  indicator: StructureIndicator;
  /** The top-level area the indicator belongs to, through its sub-areas. */
  area: StructureArea;
  year: number;
  /** Canonical key ("" for the total) and the same as dimension code -> member code. */
  disaggregationKey: string;
  disaggregation: Disaggregation;
  /** "Total", or "Female, 15-24" from the members' names. */
  breakdown: string;
  number: number | null;
  levelCode: string | null;
  text: string | null;
  /** As people read it: "1,250 persons", "Partially present". */
  display: string;
  status: ValueStatus;
  comment: string | null;
  source: string | null;
};

/** Everything an export or a report of a framework needs, read once. */
export type FrameworkExport = {
  generatedAt: Date;
  workspace: { name: string; countryCode: string | null; isDemo: boolean };
  progress: FrameworkProgress;
  /** The years covered, ascending; the report's year is the last. */
  years: number[];
  reportYear: number | null;
  includeProvisional: boolean;
  values: ExportValue[];
  /** The dimensions each indicator may be broken down by, by indicator id, in their order. */
  dimensionsByIndicator: Map<string, ExportDimension[]>;
  topLevelAreas: StructureArea[];
};

/**
 * Reads a framework for export: its structure, the values the person may read in the range
 * (approved ones, or also provisional ones when asked; never returned ones), the progress
 * statuses and area scores computed from them, and the breakdown dimensions. `year` alone
 * means that one year with the years before it for trends; `from`/`to` bound the range. A
 * fixed number of queries, whatever the size of the framework.
 */
export async function loadFrameworkExport(access: AccessContext, frameworkCode: string, range: ExportRange): Promise<FrameworkExport> {
  const from = range.from;
  const to = range.year ?? range.to;
  const progress = await getFrameworkProgress(access, frameworkCode, { from, to, includeProvisional: range.includeProvisional });
  const { framework } = progress;
  const indicatorIds = framework.areas.flatMap((area) => area.indicators.map((indicator) => indicator.id));
  const [workspace, rows, links] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: access.workspace.id }, select: { name: true, countryCode: true, isDemo: true } }),
    listFrameworkValues(access, framework.id, { from, to }),
    db.indicatorDimension.findMany({
      where: { indicatorId: { in: indicatorIds } },
      orderBy: { position: "asc" },
      select: {
        indicatorId: true,
        dimension: { select: { code: true, name: true, members: { orderBy: { position: "asc" }, select: { code: true, name: true } } } },
      },
    }),
  ]);

  const dimensionsByIndicator = new Map<string, ExportDimension[]>();
  for (const link of links) {
    const list = dimensionsByIndicator.get(link.indicatorId) ?? [];
    list.push(link.dimension);
    dimensionsByIndicator.set(link.indicatorId, list);
  }
  const topAreaOf = topLevelAreaOf(framework.areas);
  const memberNamesByIndicator = new Map(
    [...dimensionsByIndicator].map(([indicatorId, dimensions]) => [indicatorId, memberNamesOf({ dimensions })] as const),
  );
  const indicatorByCode = new Map(
    framework.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.code, indicator] as const)),
  );

  const values: ExportValue[] = [];
  for (const row of rows) {
    const indicator = indicatorByCode.get(row.indicatorCode);
    // Values of indicators that the current version no longer has are not part of the matrix.
    if (!indicator || !countsInProgress(row.status, range.includeProvisional)) continue;
    values.push({
      indicator,
      area: topAreaOf(indicator.areaId),
      year: row.year,
      disaggregationKey: row.disaggregation,
      disaggregation: parseDisaggregationKey(row.disaggregation),
      breakdown: describeDisaggregation(row.disaggregation, memberNamesByIndicator.get(indicator.id)),
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
    dimensionsByIndicator,
    topLevelAreas: framework.areas.filter((area) => area.depth === 0),
  };
}
