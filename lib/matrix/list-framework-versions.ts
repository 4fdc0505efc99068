import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

export type FrameworkVersionSummary = {
  number: number;
  label: string;
  status: FrameworkVersionStatus;
  /** The version whose definitions judge new values: the newest approved one. */
  isInForce: boolean;
  basedOn: number | null;
  indicatorCount: number;
  consultationDeadline: Date | null;
  approvedAt: Date | null;
  supersededAt: Date | null;
};

/** Every version of a framework, newest first, with its place in the lifecycle. Two queries. */
export async function listFrameworkVersions(access: AccessContext, frameworkCode: string): Promise<FrameworkVersionSummary[]> {
  requirePermission(access, "frameworks.read");
  const framework = await inWorkspace(access.workspace.id).framework.findFirst({
    where: { code: frameworkCode },
    select: {
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          label: true,
          status: true,
          basedOnId: true,
          consultationDeadline: true,
          approvedAt: true,
          supersededAt: true,
          _count: { select: { indicators: true } },
        },
      },
    },
  });
  if (!framework) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: frameworkCode }));
  const inForce = pickCurrentVersion(framework.versions.filter((version) => version.status === "APPROVED"));
  const numberOf = new Map(framework.versions.map((version) => [version.id, version.number]));
  return framework.versions.map((version) => ({
    number: version.number,
    label: version.label,
    status: version.status,
    isInForce: version.id === inForce?.id,
    basedOn: version.basedOnId ? (numberOf.get(version.basedOnId) ?? null) : null,
    indicatorCount: version._count.indicators,
    consultationDeadline: version.consultationDeadline,
    approvedAt: version.approvedAt,
    supersededAt: version.supersededAt,
  }));
}
