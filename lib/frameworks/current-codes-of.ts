import type { FrameworkStructure } from "./get-framework-structure";

/** Identity -> code of every indicator of a framework's current version. */
export function currentCodesOf(structure: FrameworkStructure): ReadonlyMap<string, string> {
  return new Map(structure.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.identityId, indicator.code] as const)));
}
