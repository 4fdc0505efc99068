import "server-only";
import type { Tx } from "@/lib/db";
import type { IndicatorRows } from "@/lib/frameworks/indicator-rows";

/** Writes an indicator's levels, targets, contributors, dimensions and mappings (after its own row). */
export async function writeIndicatorLists(tx: Tx, rows: IndicatorRows): Promise<void> {
  if (rows.levels.length > 0) await tx.indicatorLevel.createMany({ data: rows.levels });
  if (rows.targets.length > 0) await tx.indicatorTarget.createMany({ data: rows.targets });
  if (rows.contributors.length > 0) await tx.indicatorContributor.createMany({ data: rows.contributors });
  if (rows.dimensions.length > 0) await tx.indicatorDimension.createMany({ data: rows.dimensions });
  if (rows.mappings.length > 0) await tx.indicatorMapping.createMany({ data: rows.mappings });
}

/** Removes those lists, before they are written again from a changed definition. */
export async function deleteIndicatorLists(tx: Tx, indicatorId: string): Promise<void> {
  await tx.indicatorLevel.deleteMany({ where: { indicatorId } });
  await tx.indicatorTarget.deleteMany({ where: { indicatorId } });
  await tx.indicatorContributor.deleteMany({ where: { indicatorId } });
  await tx.indicatorDimension.deleteMany({ where: { indicatorId } });
  await tx.indicatorMapping.deleteMany({ where: { indicatorId } });
}
