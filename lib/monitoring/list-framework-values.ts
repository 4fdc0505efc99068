import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { visibleValuesWhere } from "./visible-values";

export type FrameworkValueRow = {
  indicatorCode: string;
  year: number;
  disaggregation: string;
  number: number | null;
  levelCode: string | null;
  text: string | null;
  status: ValueStatus;
  comment: string | null;
  source: string | null;
  updatedAt: Date;
};

export type ValueFilter = {
  from?: number;
  to?: number;
  /** Only totals (no disaggregated rows). */
  totalsOnly?: boolean;
  indicatorCode?: string;
};

/**
 * The values of a framework the person may read, across all its versions (an indicator
 * keeps its code from one version to the next, so its series continues). One query.
 */
export async function listFrameworkValues(
  access: AccessContext,
  frameworkId: string,
  filter: ValueFilter = {},
): Promise<FrameworkValueRow[]> {
  const rows = await db.indicatorValue.findMany({
    where: {
      AND: [visibleValuesWhere(access)],
      // The workspace condition is redundant for callers that looked the framework up in the
      // workspace, and stops any that did not.
      indicator: {
        version: { frameworkId, framework: { workspaceId: access.workspace.id } },
        ...(filter.indicatorCode ? { code: filter.indicatorCode } : {}),
      },
      year: { gte: filter.from, lte: filter.to },
      ...(filter.totalsOnly ? { disaggregation: "" } : {}),
    },
    orderBy: [{ indicator: { position: "asc" } }, { year: "asc" }, { disaggregation: "asc" }],
    select: {
      year: true,
      disaggregation: true,
      number: true,
      levelCode: true,
      text: true,
      status: true,
      comment: true,
      source: true,
      updatedAt: true,
      indicator: { select: { code: true } },
    },
  });
  return rows.map(({ indicator, ...row }) => ({ indicatorCode: indicator.code, ...row }));
}

/** The newest total of each indicator, by code. */
export function pickLatestTotals(rows: readonly FrameworkValueRow[]): Map<string, FrameworkValueRow> {
  const latest = new Map<string, FrameworkValueRow>();
  for (const row of rows) {
    if (row.disaggregation !== "") continue;
    const current = latest.get(row.indicatorCode);
    if (!current || row.year > current.year) latest.set(row.indicatorCode, row);
  }
  return latest;
}

/** The value as the API and exports carry it: a number, a level code or a text. */
export function storedValueOf(row: { number: number | null; levelCode: string | null; text: string | null }): number | string | null {
  return row.number ?? row.levelCode ?? row.text;
}
