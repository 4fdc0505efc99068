import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Direction, ValueType } from "@/lib/generated/prisma/enums";

export type CycleIndicator = {
  /** This version's definition. */
  id: string;
  /** The indicator across versions: values belong to it. */
  identityId: string;
  code: string;
  name: string;
  /** By language (decision 041). */
  nameTranslations?: unknown;
  valueType: ValueType;
  unit: string | null;
  /** By language (decision 042): what the entry form shows of the unit, level labels and member names. */
  unitTranslations?: unknown;
  direction: Direction | null;
  decimals: number | null;
  breakdownsMustSum: boolean;
  lowerLimit: number | null;
  upperLimit: number | null;
  dataSource: string | null;
  position: number;
  area: { id: string; code: string; name: string };
  leadInstitution: { id: string; code: string; name: string } | null;
  contributorIds: string[];
  levels: { code: string; label: string; labelTranslations?: unknown; score: number }[];
  targets: { year: number; number: number | null; levelCode: string | null; isFinal: boolean }[];
  dimensions: { code: string; name: string; members: { code: string; name: string; nameTranslations?: unknown }[] }[];
};

/**
 * The indicators of a cycle's framework version with everything entry and validation need
 * (levels, limits, breakdowns, responsible institutions). A fixed number of queries.
 */
export async function loadCycleIndicators(
  versionId: string,
  filter: Prisma.IndicatorWhereInput = {},
  client: Tx = db,
): Promise<CycleIndicator[]> {
  const indicators = await client.indicator.findMany({
    where: { versionId, ...filter },
    orderBy: { position: "asc" },
    select: {
      id: true,
      identityId: true,
      code: true,
      name: true,
      nameTranslations: true,
      valueType: true,
      unit: true,
      unitTranslations: true,
      direction: true,
      decimals: true,
      breakdownsMustSum: true,
      lowerLimit: true,
      upperLimit: true,
      dataSource: true,
      position: true,
      area: { select: { id: true, code: true, name: true } },
      leadInstitution: { select: { id: true, code: true, name: true } },
      contributors: { select: { institutionId: true } },
      levels: { orderBy: { position: "asc" }, select: { code: true, label: true, labelTranslations: true, score: true } },
      targets: { orderBy: { year: "asc" }, select: { year: true, number: true, levelCode: true, isFinal: true } },
      dimensions: {
        orderBy: { position: "asc" },
        select: {
          dimension: {
            select: {
              code: true,
              name: true,
              members: { orderBy: { position: "asc" }, select: { code: true, name: true, nameTranslations: true } },
            },
          },
        },
      },
    },
  });
  return indicators.map(({ contributors, dimensions, ...indicator }) => ({
    ...indicator,
    contributorIds: contributors.map((contributor) => contributor.institutionId),
    dimensions: dimensions.map((entry) => entry.dimension),
  }));
}

/** Whether an institution reports this indicator (it leads it or contributes to it). */
export function isAssignedTo(indicator: Pick<CycleIndicator, "leadInstitution" | "contributorIds">, institutionId: string): boolean {
  return indicator.leadInstitution?.id === institutionId || indicator.contributorIds.includes(institutionId);
}
