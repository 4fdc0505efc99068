import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessContext } from "@/lib/auth/access-context";
import { cacheKey } from "@/lib/cache/process-cache";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import type { Direction, FrameworkVersionStatus, ScoringMethod, ValueType } from "@/lib/generated/prisma/enums";
import { getStructureFingerprint } from "./get-structure-fingerprint";
import { pickCurrentVersion } from "./pick-current-version";
import { structureCache } from "./structure-cache";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type StructureIndicator = {
  id: string;
  /** The indicator across versions: values belong to it. */
  identityId: string;
  code: string;
  name: string;
  /** Translations of the name by language (decision 041); read with localizedName. */
  nameTranslations?: unknown;
  definition: string | null;
  /** Translations of the definition and unit (decision 042); read with localizedText. */
  definitionTranslations?: unknown;
  valueType: ValueType;
  unit: string | null;
  unitTranslations?: unknown;
  direction: Direction | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  decimals: number | null;
  baselineYear: number | null;
  baselineNumber: number | null;
  baselineLevel: string | null;
  position: number;
  areaId: string;
  leadInstitution: { code: string; name: string } | null;
  levels: { code: string; label: string; labelTranslations?: unknown; score: number }[];
  targets: { year: number; number: number | null; levelCode: string | null; isFinal: boolean }[];
};

export type StructureArea = {
  id: string;
  code: string;
  name: string;
  nameTranslations?: unknown;
  description: string | null;
  parentId: string | null;
  parentCode: string | null;
  depth: number;
  /** Indicators directly in this area, in matrix order. */
  indicators: StructureIndicator[];
};

export type FrameworkStructure = {
  id: string;
  code: string;
  name: string;
  /** Translations of the name and description (decision 042); read with localizedText. */
  nameTranslations?: unknown;
  description: string | null;
  descriptionTranslations?: unknown;
  scoringMethod: ScoringMethod;
  baseYear: number | null;
  /** Lower bounds of SDG 10.7.2 categories 2-4; null: the defaults. */
  categoryCutoffs: number[] | null;
  version: { id: string; number: number; label: string; status: FrameworkVersionStatus; approvedAt: Date | null };
  /** Depth-first: each area is followed by its sub-areas. */
  areas: StructureArea[];
  indicatorCount: number;
  /** Every version of the framework, to tell which one was in force in a year. */
  versions: { id: string; number: number; label: string; status: FrameworkVersionStatus; approvedAt: Date | null }[];
  /** Equal keys, equal structures: the cache key it was read under, for caches of what is computed from it. */
  structureKey: string;
};

/** What pages and progress read of an indicator definition. */
export const STRUCTURE_INDICATOR_SELECT = {
  id: true,
  identityId: true,
  code: true,
  name: true,
  nameTranslations: true,
  definition: true,
  definitionTranslations: true,
  valueType: true,
  unit: true,
  unitTranslations: true,
  direction: true,
  lowerLimit: true,
  upperLimit: true,
  decimals: true,
  baselineYear: true,
  baselineNumber: true,
  baselineLevel: true,
  position: true,
  areaId: true,
  leadInstitution: { select: { code: true, name: true } },
  levels: { orderBy: { position: "asc" }, select: { code: true, label: true, labelTranslations: true, score: true } },
  targets: { orderBy: { year: "asc" }, select: { year: true, number: true, levelCode: true, isFinal: true } },
} satisfies Prisma.IndicatorSelect;

/**
 * A framework's current version as a tree of areas and indicators. Cached in this process
 * (decision 048), under a key that holds the workspace, the code and a fingerprint of every
 * row the structure is read from, read first in one statement: any write, by this server or
 * another, changes the key, so the cache never answers with an older structure than the
 * database's. On a miss, a fixed number of further queries (framework, versions, areas,
 * indicators and their relations) for any size.
 */
export async function getFrameworkStructure(access: AccessContext, code: string): Promise<FrameworkStructure> {
  // Read before the structure: a write landing in between leaves a newer structure under an
  // older key, which is asked for no more, never an older structure under a newer key.
  const fingerprint = await getStructureFingerprint(access.workspace.id, code);
  if (!fingerprint) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: code }));
  const key = cacheKey({ workspaceId: access.workspace.id, code, fingerprint });
  return structureCache.read(key) ?? structureCache.write(key, await readFrameworkStructure(access, code, key));
}

async function readFrameworkStructure(access: AccessContext, code: string, structureKey: string): Promise<FrameworkStructure> {
  const framework = await inWorkspace(access.workspace.id).framework.findFirst({
    where: { code },
    select: {
      id: true,
      code: true,
      name: true,
      nameTranslations: true,
      description: true,
      descriptionTranslations: true,
      scoringMethod: true,
      baseYear: true,
      categoryCutoffs: true,
      versions: { select: { id: true, number: true, label: true, status: true, approvedAt: true } },
    },
  });
  if (!framework) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: code }));
  const version = pickCurrentVersion(framework.versions);
  if (!version) throw new AppError("NOT_FOUND", libText("errors.frameworkHasNoVersion", { framework: code }));

  const [areas, indicators] = await Promise.all([
    db.area.findMany({
      where: { versionId: version.id },
      orderBy: { position: "asc" },
      select: { id: true, code: true, name: true, nameTranslations: true, description: true, parentId: true, position: true },
    }),
    db.indicator.findMany({
      where: { versionId: version.id },
      orderBy: { position: "asc" },
      select: STRUCTURE_INDICATOR_SELECT,
    }),
  ]);

  const indicatorsByArea = new Map<string, StructureIndicator[]>();
  for (const indicator of indicators) {
    const list = indicatorsByArea.get(indicator.areaId) ?? [];
    list.push(indicator);
    indicatorsByArea.set(indicator.areaId, list);
  }
  const codeById = new Map(areas.map((area) => [area.id, area.code]));
  const childrenByParent = new Map<string | null, typeof areas>();
  for (const area of areas) {
    const siblings = childrenByParent.get(area.parentId) ?? [];
    siblings.push(area);
    childrenByParent.set(area.parentId, siblings);
  }
  const ordered: StructureArea[] = [];
  const walk = (parentId: string | null, depth: number) => {
    for (const area of childrenByParent.get(parentId) ?? []) {
      ordered.push({
        id: area.id,
        code: area.code,
        name: area.name,
        nameTranslations: area.nameTranslations,
        description: area.description,
        parentId: area.parentId,
        parentCode: area.parentId ? (codeById.get(area.parentId) ?? null) : null,
        depth,
        indicators: indicatorsByArea.get(area.id) ?? [],
      });
      walk(area.id, depth + 1);
    }
  };
  walk(null, 0);

  return {
    id: framework.id,
    code: framework.code,
    name: framework.name,
    nameTranslations: framework.nameTranslations,
    description: framework.description,
    descriptionTranslations: framework.descriptionTranslations,
    scoringMethod: framework.scoringMethod,
    baseYear: framework.baseYear,
    categoryCutoffs: Array.isArray(framework.categoryCutoffs) ? (framework.categoryCutoffs as number[]) : null,
    version: { id: version.id, number: version.number, label: version.label, status: version.status, approvedAt: version.approvedAt },
    versions: framework.versions,
    areas: ordered,
    indicatorCount: indicators.length,
    structureKey,
  };
}
