import "server-only";
import { db } from "@/lib/db";
import { STRUCTURE_INDICATOR_SELECT, type FrameworkStructure, type StructureIndicator } from "./get-framework-structure";
import { versionInForce } from "./version-in-force";

/** An indicator's definition that judges a given year's value (the current one when the year's version has none). */
export type DefinitionInForce = (indicator: StructureIndicator, year: number) => StructureIndicator;

/**
 * Loads what is needed to judge each year's values by the definition in force that year
 * (lib/frameworks/version-in-force.ts), so that a target or direction changed by a new
 * version does not rewrite the past. No query for a framework with one version; otherwise
 * one, and a second when a year is judged by a version other than the current one.
 */
export async function loadDefinitionsInForce(structure: FrameworkStructure, years: readonly number[]): Promise<DefinitionInForce> {
  // With one version, every year is judged by it: no query at all.
  if (structure.versions.length === 1) return (indicator) => indicator;
  const cycles = await db.reportingCycle.findMany({ where: { frameworkId: structure.id }, select: { year: true, versionId: true } });
  const context = {
    versions: structure.versions,
    cycleVersionByYear: new Map(cycles.map((cycle) => [cycle.year, cycle.versionId])),
    currentVersionId: structure.version.id,
  };
  const versionOfYear = new Map(years.map((year) => [year, versionInForce(year, context)]));
  const others = [...new Set(versionOfYear.values())].filter((id) => id !== structure.version.id);
  if (others.length === 0) return (indicator) => indicator;

  const definitions = await db.indicator.findMany({
    where: { versionId: { in: others } },
    select: { ...STRUCTURE_INDICATOR_SELECT, versionId: true },
  });
  const byVersionAndIdentity = new Map(
    definitions.map(({ versionId, ...definition }) => [`${versionId}|${definition.identityId}`, definition]),
  );
  return (indicator, year) => {
    const versionId = versionOfYear.get(year) ?? structure.version.id;
    if (versionId === structure.version.id) return indicator;
    return byVersionAndIdentity.get(`${versionId}|${indicator.identityId}`) ?? indicator;
  };
}
