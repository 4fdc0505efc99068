import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition, NameTranslations } from "@/lib/frameworks/schemas";
import type { MatrixReferences } from "./matrix-references";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

const INDICATOR_INCLUDE = {
  leadInstitution: { select: { code: true } },
  levels: { orderBy: { position: "asc" }, select: { code: true, label: true, labelTranslations: true, score: true } },
  targets: { orderBy: { year: "asc" }, select: { year: true, number: true, levelCode: true, isFinal: true } },
  contributors: { select: { institution: { select: { code: true } } } },
  dimensions: { orderBy: { position: "asc" }, select: { dimension: { select: { code: true } } } },
  mappings: { select: { scheme: true, code: true } },
} satisfies Prisma.IndicatorInclude;

export type VersionDefinition = { definition: FrameworkDefinition; references: MatrixReferences };

/**
 * One framework version as a portable definition (the reverse of installFramework), with
 * the workspace's institutions and dimensions, for the matrix workbook and for copying a
 * version. A fixed number of queries whatever the matrix's size.
 *
 * What the tables do not keep comes back in a fixed order: contributors by institution code,
 * SDG targets and GCM objectives in their natural order, targets by year. Yes/no indicators
 * get no levels (the standard scale is implied), and a percentage installed without a unit
 * comes back with the "%" installFramework gave it.
 */
export async function loadVersionDefinition(input: { workspaceId: string; versionId: string }): Promise<VersionDefinition> {
  const scoped = inWorkspace(input.workspaceId);
  const version = await scoped.frameworkVersion.findFirst({
    where: { id: input.versionId },
    select: {
      number: true,
      label: true,
      status: true,
      approvedAt: true,
      framework: {
        select: {
          code: true,
          name: true,
          nameTranslations: true,
          description: true,
          descriptionTranslations: true,
          scoringMethod: true,
          baseYear: true,
        },
      },
    },
  });
  if (!version) throw new AppError("NOT_FOUND", libText("errors.noSuchVersionInWorkspace"));

  const [areas, indicators, institutions, dimensions] = await Promise.all([
    db.area.findMany({
      where: { versionId: input.versionId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        parentId: true,
        code: true,
        name: true,
        nameTranslations: true,
        description: true,
        descriptionTranslations: true,
      },
    }),
    db.indicator.findMany({
      where: { versionId: input.versionId },
      orderBy: { position: "asc" },
      include: INDICATOR_INCLUDE,
    }),
    scoped.institution.findMany({ orderBy: { code: "asc" }, select: { code: true, name: true } }),
    scoped.dimension.findMany({
      orderBy: [{ position: "asc" }, { code: "asc" }],
      select: {
        code: true,
        name: true,
        nameTranslations: true,
        members: { orderBy: [{ position: "asc" }, { code: "asc" }], select: { code: true, name: true, nameTranslations: true } },
      },
    }),
  ]);

  const indicatorsOf = new Map<string, IndicatorDefinition[]>();
  for (const indicator of indicators) {
    const list = indicatorsOf.get(indicator.areaId) ?? [];
    list.push(toIndicatorDefinition(indicator));
    indicatorsOf.set(indicator.areaId, list);
  }
  const childrenOf = new Map<string | null, typeof areas>();
  for (const area of areas) {
    const siblings = childrenOf.get(area.parentId) ?? [];
    siblings.push(area);
    childrenOf.set(area.parentId, siblings);
  }
  const build = (parentId: string | null): AreaDefinition[] =>
    (childrenOf.get(parentId) ?? []).map((area) => {
      const children = build(area.id);
      const areaIndicators = indicatorsOf.get(area.id) ?? [];
      return {
        code: area.code,
        name: area.name,
        ...translated("nameTranslations", area.nameTranslations),
        ...(area.description !== null ? { description: area.description } : {}),
        ...translated("descriptionTranslations", area.descriptionTranslations),
        ...(children.length > 0 ? { areas: children } : {}),
        ...(areaIndicators.length > 0 ? { indicators: areaIndicators } : {}),
      };
    });

  const { framework } = version;
  return {
    definition: {
      code: framework.code,
      name: framework.name,
      ...translated("nameTranslations", framework.nameTranslations),
      ...(framework.description !== null ? { description: framework.description } : {}),
      ...translated("descriptionTranslations", framework.descriptionTranslations),
      scoringMethod: framework.scoringMethod,
      ...(framework.baseYear !== null ? { baseYear: framework.baseYear } : {}),
      version: {
        number: version.number,
        label: version.label,
        status: version.status,
        ...(version.approvedAt ? { approvedAt: version.approvedAt.toISOString().slice(0, 10) } : {}),
      },
      areas: build(null),
    },
    references: {
      institutions,
      dimensions: dimensions.map((dimension) => ({
        code: dimension.code,
        name: dimension.name,
        ...translated("nameTranslations", dimension.nameTranslations),
        members: dimension.members.map((member) => ({
          code: member.code,
          name: member.name,
          ...translated("nameTranslations", member.nameTranslations),
        })),
      })),
    },
  };
}

function translationsOf(value: unknown): NameTranslations | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string");
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** `{ [field]: translations }` when the stored JSON holds any, else nothing: definitions omit absent fields. */
function translated<F extends string>(field: F, value: unknown): { [K in F]?: NameTranslations } {
  const translations = translationsOf(value);
  return (translations ? { [field]: translations } : {}) as { [K in F]?: NameTranslations };
}

/** "10.7" before "10.c" before "16.10": goals, then numbered targets by number, then lettered ones. */
function compareTargets(a: string, b: string): number {
  const [goalA, targetA = ""] = a.split(".");
  const [goalB, targetB = ""] = b.split(".");
  return Number(goalA) - Number(goalB) || targetA.localeCompare(targetB, "en", { numeric: true });
}

type LoadedIndicator = Prisma.IndicatorGetPayload<{ include: typeof INDICATOR_INCLUDE }>;

function toIndicatorDefinition(row: LoadedIndicator): IndicatorDefinition {
  const levelBased = row.valueType === "YES_NO" || row.valueType === "LEVELS";
  const valueOf = (number: number | null, levelCode: string | null) => (levelBased ? levelCode : number);
  const baselineValue = valueOf(row.baselineNumber, row.baselineLevel);
  const contributors = row.contributors.map((entry) => entry.institution.code).sort();
  const dimensions = row.dimensions.map((entry) => entry.dimension.code);
  const mgiDomain = row.mappings.find((mapping) => mapping.scheme === "MGI_DOMAIN");
  const sdgTargets = row.mappings
    .filter((mapping) => mapping.scheme === "SDG_TARGET")
    .map((mapping) => mapping.code)
    .sort(compareTargets);
  const gcmObjectives = row.mappings
    .filter((mapping) => mapping.scheme === "GCM_OBJECTIVE")
    .map((mapping) => Number(mapping.code))
    .sort((a, b) => a - b);
  const mappings = {
    ...(mgiDomain ? { mgiDomain: Number(mgiDomain.code) } : {}),
    ...(sdgTargets.length > 0 ? { sdgTargets } : {}),
    ...(gcmObjectives.length > 0 ? { gcmObjectives } : {}),
  };
  const targets = row.targets.flatMap((target) => {
    const value = valueOf(target.number, target.levelCode);
    return value === null ? [] : [{ year: target.year, value, ...(target.isFinal ? { isFinal: true } : {}) }];
  });
  return {
    code: row.code,
    name: row.name,
    ...translated("nameTranslations", row.nameTranslations),
    ...(row.definition !== null ? { definition: row.definition } : {}),
    ...translated("definitionTranslations", row.definitionTranslations),
    valueType: row.valueType,
    ...(row.unit !== null ? { unit: row.unit } : {}),
    ...translated("unitTranslations", row.unitTranslations),
    ...(row.direction !== null ? { direction: row.direction } : {}),
    ...(row.lowerLimit !== null ? { lowerLimit: row.lowerLimit } : {}),
    ...(row.upperLimit !== null ? { upperLimit: row.upperLimit } : {}),
    ...(row.decimals !== null ? { decimals: row.decimals } : {}),
    ...(row.breakdownsMustSum ? { breakdownsMustSum: true } : {}),
    ...(row.baselineYear !== null && baselineValue !== null ? { baseline: { year: row.baselineYear, value: baselineValue } } : {}),
    ...(targets.length > 0 ? { targets } : {}),
    ...(row.valueType === "LEVELS"
      ? {
          levels: row.levels.map(({ labelTranslations, ...level }) => ({
            ...level,
            ...translated("labelTranslations", labelTranslations),
          })),
        }
      : {}),
    ...(row.leadInstitution ? { leadInstitution: row.leadInstitution.code } : {}),
    ...(contributors.length > 0 ? { contributors } : {}),
    ...(row.dataSource !== null ? { dataSource: row.dataSource } : {}),
    ...translated("dataSourceTranslations", row.dataSourceTranslations),
    ...(row.verification !== null ? { verification: row.verification } : {}),
    ...translated("verificationTranslations", row.verificationTranslations),
    ...(dimensions.length > 0 ? { dimensions } : {}),
    ...(Object.keys(mappings).length > 0 ? { mappings } : {}),
  };
}
