import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";

export type VersionListItem = {
  number: number;
  label: string;
  status: FrameworkVersionStatus;
  basedOnNumber: number | null;
  indicatorCount: number;
  createdAt: Date;
  approvedAt: Date | null;
};

export type FrameworkVersions = {
  framework: { code: string; name: string };
  versions: VersionListItem[];
  /** The newest approved version, from which a new draft starts. */
  inForceNumber: number | null;
  /** The version being worked on (draft, in consultation or validated), if any: only one at a time. */
  workingNumber: number | null;
};

/** Every version of a framework, newest first, with what the versions page needs. Three queries. */
export async function listFrameworkVersions(access: AccessContext, frameworkCode: string): Promise<FrameworkVersions> {
  requirePermission(access, "frameworks.manage");
  const framework = await db.framework.findUnique({
    where: { workspaceId_code: { workspaceId: access.workspace.id, code: frameworkCode } },
    select: {
      code: true,
      name: true,
      versions: {
        orderBy: { number: "desc" },
        select: { id: true, number: true, label: true, status: true, basedOnId: true, createdAt: true, approvedAt: true },
      },
    },
  });
  if (!framework) throw new AppError("NOT_FOUND", `No such framework: ${frameworkCode}`);
  const counts = await db.indicator.groupBy({
    by: ["versionId"],
    where: { versionId: { in: framework.versions.map((version) => version.id) } },
    _count: { _all: true },
  });
  const countOf = new Map(counts.map((row) => [row.versionId, row._count._all]));
  const numberOf = new Map(framework.versions.map((version) => [version.id, version.number]));
  const versions = framework.versions.map((version) => ({
    number: version.number,
    label: version.label,
    status: version.status,
    basedOnNumber: version.basedOnId ? (numberOf.get(version.basedOnId) ?? null) : null,
    indicatorCount: countOf.get(version.id) ?? 0,
    createdAt: version.createdAt,
    approvedAt: version.approvedAt,
  }));
  return {
    framework: { code: framework.code, name: framework.name },
    versions,
    inForceNumber: versions.find((version) => version.status === "APPROVED")?.number ?? null,
    workingNumber: versions.find((version) => ["DRAFT", "IN_CONSULTATION", "VALIDATED"].includes(version.status))?.number ?? null,
  };
}
