import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";
import { parseDisaggregationKey } from "@/lib/indicators/disaggregation";
import { visibleValuesWhere } from "@/lib/monitoring/visible-values";
import type { OpenSdgExportIndicator } from "./build-open-sdg-files";
import { isGoalCode, isTargetCode } from "./open-sdg-codes";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/**
 * A framework's current version as Open SDG indicators: its quantitative indicators with the
 * numbers the person may read, disaggregations by the workspace's dimension and member names
 * (as the files name their columns and cells). Goal and target codes come from the area tree
 * where they look like SDG codes. Five queries, whatever the size.
 */
export async function loadOpenSdgExport(access: AccessContext, frameworkCode: string): Promise<OpenSdgExportIndicator[]> {
  requirePermission(access, "frameworks.read");
  const framework = await inWorkspace(access.workspace.id).framework.findFirst({
    where: { code: frameworkCode },
    select: { id: true, versions: { select: { id: true, number: true, status: true } } },
  });
  const version = framework ? pickCurrentVersion(framework.versions) : null;
  if (!framework || !version) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: frameworkCode }));

  const [areas, indicators, dimensions, values] = await Promise.all([
    db.area.findMany({ where: { versionId: version.id }, select: { id: true, code: true, parentId: true } }),
    db.indicator.findMany({
      where: { versionId: version.id, valueType: { in: ["NUMBER", "PERCENTAGE"] } },
      select: {
        id: true,
        identityId: true,
        code: true,
        name: true,
        nameTranslations: true,
        areaId: true,
        dimensions: { select: { dimensionId: true }, orderBy: { position: "asc" } },
      },
      orderBy: { position: "asc" },
    }),
    inWorkspace(access.workspace.id).dimension.findMany({
      select: { id: true, code: true, name: true, members: { select: { code: true, name: true } } },
    }),
    db.indicatorValue.findMany({
      // By identity: values reported against earlier versions belong to the same series.
      where: { AND: [visibleValuesWhere(access)], number: { not: null }, identity: { definitions: { some: { versionId: version.id } } } },
      select: { identityId: true, year: true, disaggregation: true, number: true },
    }),
  ]);

  const areaById = new Map(areas.map((area) => [area.id, area]));
  const dimensionById = new Map(dimensions.map((dimension) => [dimension.id, dimension]));
  const dimensionByCode = new Map(dimensions.map((dimension) => [dimension.code, dimension]));
  const memberNames = new Map(
    dimensions.flatMap((dimension) => dimension.members.map((member) => [`${dimension.code}=${member.code}`, member.name] as const)),
  );
  const valuesOf = new Map<string, OpenSdgExportIndicator["values"]>();
  for (const value of values) {
    const disaggregation = Object.fromEntries(
      Object.entries(parseDisaggregationKey(value.disaggregation)).map(([dimension, member]) => [
        dimensionByCode.get(dimension)?.name ?? dimension,
        memberNames.get(`${dimension}=${member}`) ?? member,
      ]),
    );
    const list = valuesOf.get(value.identityId) ?? [];
    list.push({ year: value.year, disaggregation, value: value.number! });
    valuesOf.set(value.identityId, list);
  }

  return indicators.map((indicator) => {
    const chain: string[] = [];
    for (let area = areaById.get(indicator.areaId); area; area = area.parentId ? areaById.get(area.parentId) : undefined)
      chain.unshift(area.code);
    const goal = chain[0] ?? null;
    const target = chain.length > 1 ? chain.at(-1)! : null;
    return {
      code: indicator.code,
      name: indicator.name,
      nameTranslations: translationsOf(indicator.nameTranslations),
      targetCode: target && isTargetCode(target) ? target : null,
      goalCode: goal && isGoalCode(goal) ? goal : null,
      columns: indicator.dimensions.flatMap((link) => dimensionById.get(link.dimensionId)?.name ?? []),
      values: valuesOf.get(indicator.identityId) ?? [],
    };
  });
}

function translationsOf(value: unknown): Record<string, string> {
  if (!value || typeof value !== "object" || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}
