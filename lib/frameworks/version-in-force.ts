import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";

export type VersionHistoryEntry = { id: string; number: number; status: FrameworkVersionStatus; approvedAt: Date | null };

/**
 * Which version's definitions judge a year's values: the version the year's reporting cycle
 * ran on; for a year without a cycle, the newest version approved by the end of that year;
 * for a year before any approval, the first approved version; with none approved, `current`.
 * Drafts and versions in consultation never judge values.
 */
export function versionInForce(
  year: number,
  context: { versions: readonly VersionHistoryEntry[]; cycleVersionByYear: ReadonlyMap<number, string>; currentVersionId: string },
): string {
  const cycleVersion = context.cycleVersionByYear.get(year);
  if (cycleVersion) return cycleVersion;
  const approved = context.versions
    .filter((version) => (version.status === "APPROVED" || version.status === "SUPERSEDED") && version.approvedAt)
    .sort((a, b) => a.approvedAt!.getTime() - b.approvedAt!.getTime() || a.number - b.number);
  if (approved.length === 0) return context.currentVersionId;
  const endOfYear = Date.UTC(year, 11, 31, 23, 59, 59);
  const inForce = approved.filter((version) => version.approvedAt!.getTime() <= endOfYear).at(-1);
  return (inForce ?? approved[0]!).id;
}
