import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";

/** The statuses of a version being worked on; a framework has at most one (docs/decisions/019-matrix-editor.md). */
export const WORKING_STATUSES: readonly FrameworkVersionStatus[] = ["DRAFT", "IN_CONSULTATION", "VALIDATED"];

/** The number of the version being worked on, or null when a new draft may start. */
export function workingVersionNumber(versions: readonly { number: number; status: FrameworkVersionStatus }[]): number | null {
  return versions.find((version) => WORKING_STATUSES.includes(version.status))?.number ?? null;
}
