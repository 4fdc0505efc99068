import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import type { MappingScheme } from "@/lib/generated/prisma/enums";
import { listFrameworkValues, type FrameworkValueRow } from "@/lib/monitoring/list-framework-values";
import { pickCurrentVersion } from "./pick-current-version";
import type { StructureIndicator } from "./get-framework-structure";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type IndicatorDetail = {
  framework: { id: string; code: string; name: string; nameTranslations?: unknown; versionLabel: string; baseYear: number | null };
  area: { code: string; name: string; nameTranslations: unknown; parent: { code: string; name: string; nameTranslations: unknown } | null };
  indicator: StructureIndicator & {
    dataSource: string | null;
    dataSourceTranslations?: unknown;
    verification: string | null;
    verificationTranslations?: unknown;
    contributors: { code: string; name: string }[];
    dimensions: {
      code: string;
      name: string;
      nameTranslations?: unknown;
      members: { code: string; name: string; nameTranslations?: unknown }[];
    }[];
    mappings: { scheme: MappingScheme; code: string }[];
    /** Language code -> name, as stored (validated where it is shown). */
    nameTranslations: unknown;
  };
  values: FrameworkValueRow[];
  /** "SEX=F" -> "Female", for describing disaggregations. */
  memberNames: Map<string, string>;
};

/** Everything the indicator page shows, in a fixed number of queries. */
export async function getIndicatorDetail(access: AccessContext, frameworkCode: string, indicatorCode: string): Promise<IndicatorDetail> {
  const scoped = inWorkspace(access.workspace.id);
  const framework = await scoped.framework.findFirst({
    where: { code: frameworkCode },
    select: {
      id: true,
      code: true,
      name: true,
      nameTranslations: true,
      baseYear: true,
      versions: { select: { id: true, number: true, label: true, status: true } },
    },
  });
  if (!framework) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: frameworkCode }));
  const version = pickCurrentVersion(framework.versions);
  if (!version) throw new AppError("NOT_FOUND", libText("errors.frameworkHasNoVersion", { framework: frameworkCode }));

  const indicator = await db.indicator.findUnique({
    where: { versionId_code: { versionId: version.id, code: indicatorCode } },
    include: {
      area: {
        select: { code: true, name: true, nameTranslations: true, parent: { select: { code: true, name: true, nameTranslations: true } } },
      },
      leadInstitution: { select: { code: true, name: true } },
      levels: { orderBy: { position: "asc" }, select: { code: true, label: true, labelTranslations: true, score: true } },
      targets: { orderBy: { year: "asc" }, select: { year: true, number: true, levelCode: true, isFinal: true } },
      contributors: { select: { institution: { select: { code: true, name: true } } } },
      dimensions: {
        orderBy: { position: "asc" },
        select: {
          dimension: {
            select: {
              code: true,
              name: true,
              nameTranslations: true,
              members: { orderBy: { position: "asc" }, select: { code: true, name: true, nameTranslations: true } },
            },
          },
        },
      },
      mappings: { select: { scheme: true, code: true } },
    },
  });
  if (!indicator)
    throw new AppError("NOT_FOUND", libText("errors.noIndicatorInFramework", { indicator: indicatorCode, framework: frameworkCode }));

  const [values, members] = await Promise.all([
    listFrameworkValues(access, framework.id, { identityId: indicator.identityId }, new Map([[indicator.identityId, indicator.code]])),
    scoped.dimensionMember.findMany({
      select: { code: true, name: true, dimension: { select: { code: true } } },
    }),
  ]);

  const { area, contributors, dimensions, mappings, ...rest } = indicator;
  return {
    framework: {
      id: framework.id,
      code: framework.code,
      name: framework.name,
      nameTranslations: framework.nameTranslations,
      versionLabel: version.label,
      baseYear: framework.baseYear,
    },
    area: { code: area.code, name: area.name, nameTranslations: area.nameTranslations, parent: area.parent },
    indicator: {
      ...rest,
      contributors: contributors.map((contributor) => contributor.institution),
      dimensions: dimensions.map((entry) => entry.dimension),
      mappings: [...mappings].sort(
        (a, b) => a.scheme.localeCompare(b.scheme) || a.code.localeCompare(b.code, undefined, { numeric: true }),
      ),
    },
    values,
    memberNames: new Map(members.map((member) => [`${member.dimension.code}=${member.code}`, member.name])),
  };
}
