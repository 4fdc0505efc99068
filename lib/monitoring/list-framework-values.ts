import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import type { FrameworkVersionStatus, ValueStatus } from "@/lib/generated/prisma/enums";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ValueCursor } from "./value-cursor";
import { visibleValuesWhere } from "./visible-values";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type FrameworkValueRow = {
  /** The indicator's code in the framework's current version (its code when reported, if it was retired since). */
  indicatorCode: string;
  /** The position of the definition it was reported against: the list's first sort key. */
  position: number;
  identityId: string;
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
  /** One indicator's series, across every version. */
  identityId?: string;
  /** The series of these indicators only (the ones a page shows). */
  identityIds?: readonly string[];
  /** A page of the list: the rows after `after` (in the list's order), at most `limit`. */
  page?: { after: ValueCursor | null; limit: number };
};

/**
 * The values of a framework the person may read, across all its versions: values belong to
 * the indicator's identity, so a series continues when a version renames the indicator, and
 * each row carries the indicator's current code. Two queries when the caller knows the current
 * codes (it read the current version), three otherwise, whatever the number of values.
 */
export async function listFrameworkValues(
  access: AccessContext,
  frameworkId: string,
  filter: ValueFilter = {},
  /** Identity -> code in the current version, when the caller has it. */
  knownCurrentCodes?: ReadonlyMap<string, string>,
): Promise<FrameworkValueRow[]> {
  const scoped = inWorkspace(access.workspace.id);
  const inFramework = { frameworkId };
  // The definitions are read on their own rather than as the values' relation: Prisma reads a
  // relation with one IN list of every row's key, split into more statements as rows grow.
  const [rows, definitions, versions] = await Promise.all([
    scoped.indicatorValue.findMany({
      where: {
        AND: [visibleValuesWhere(access)],
        identity: inFramework,
        ...(filter.identityId ? { identityId: filter.identityId } : {}),
        ...(filter.identityIds ? { identityId: { in: [...filter.identityIds] } } : {}),
        year: { gte: filter.from, lte: filter.to },
        ...(filter.totalsOnly ? { disaggregation: "" } : {}),
        ...(filter.page?.after ? afterCursor(filter.page.after) : {}),
      },
      // A page is sorted by the database: its order decides which rows it holds. The identity breaks
      // ties (values of two versions' indicators at one position), so pages never overlap. A whole
      // list is sorted below instead: ordering by the definition's position joins every value to
      // its definition, which tripled the statement's reads at 2 million values (decision 051).
      ...(filter.page
        ? {
            orderBy: [{ indicator: { position: "asc" } }, { year: "asc" }, { disaggregation: "asc" }, { identityId: "asc" }],
            take: filter.page.limit,
          }
        : {}),
      select: {
        identityId: true,
        indicatorId: true,
        year: true,
        disaggregation: true,
        number: true,
        levelCode: true,
        text: true,
        status: true,
        comment: true,
        source: true,
        updatedAt: true,
      },
    }),
    scoped.indicator.findMany({
      where: {
        identity: inFramework,
        ...(filter.identityId ? { identityId: filter.identityId } : {}),
        ...(filter.identityIds ? { identityId: { in: [...filter.identityIds] } } : {}),
      },
      select: { id: true, identityId: true, code: true, position: true, versionId: true },
    }),
    knownCurrentCodes ? null : scoped.frameworkVersion.findMany({ where: inFramework, select: { id: true, number: true, status: true } }),
  ]);
  const definitionOf = new Map(definitions.map((definition) => [definition.id, definition]));
  const versionOf = new Map((versions ?? []).map((version) => [version.id, version]));
  const currentCode =
    knownCurrentCodes ??
    currentCodesOf(
      definitions.flatMap((definition) => {
        const version = versionOf.get(definition.versionId);
        return version ? [{ identityId: definition.identityId, code: definition.code, version }] : [];
      }),
    );
  const list = rows.map(({ indicatorId, ...row }) => {
    const definition = definitionOf.get(indicatorId)!;
    return { indicatorCode: currentCode.get(row.identityId) ?? definition.code, position: definition.position, ...row };
  });
  return filter.page ? list : list.sort(inListOrder);
}

/** The list's order, as a page's ORDER BY has it: position, year, disaggregation, identity. */
function inListOrder(a: FrameworkValueRow, b: FrameworkValueRow): number {
  return (
    a.position - b.position || a.year - b.year || compareText(a.disaggregation, b.disaggregation) || compareText(a.identityId, b.identityId)
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rows after a cursor in the list's order (position, year, disaggregation, identity). */
function afterCursor(cursor: ValueCursor): Prisma.IndicatorValueWhereInput {
  const { position, year, disaggregation, identityId } = cursor;
  return {
    OR: [
      { indicator: { position: { gt: position } } },
      { indicator: { position }, year: { gt: year } },
      { indicator: { position }, year, disaggregation: { gt: disaggregation } },
      { indicator: { position }, year, disaggregation, identityId: { gt: identityId } },
    ],
  };
}

/** Each identity's code in the current version (pickCurrentVersion), or its newest definition's. */
function currentCodesOf(
  definitions: { identityId: string; code: string; version: { number: number; status: FrameworkVersionStatus } }[],
): ReadonlyMap<string, string> {
  const versions = [...new Map(definitions.map((definition) => [definition.version.number, definition.version])).values()];
  const current = pickCurrentVersion(versions);
  const codes = new Map<string, { code: string; number: number }>();
  for (const { identityId, code, version } of definitions) {
    const known = codes.get(identityId);
    const isCurrent = version.number === current?.number;
    if (!known || isCurrent || (known.number !== current?.number && version.number > known.number))
      codes.set(identityId, { code, number: isCurrent ? Number.POSITIVE_INFINITY : version.number });
  }
  return new Map([...codes].map(([identityId, { code }]) => [identityId, code]));
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
