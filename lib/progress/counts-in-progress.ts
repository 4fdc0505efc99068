import type { ValueStatus } from "@/lib/generated/prisma/enums";

/**
 * Which values progress statuses and scores count. Approved values always; with the
 * provisional switch, also drafts and submitted values the reader may see. Returned values
 * never: the secretariat sent them back as wrong, so no figure should rest on them.
 */
export function countsInProgress(status: ValueStatus, includeProvisional: boolean): boolean {
  return status === "APPROVED" || (includeProvisional && status !== "RETURNED");
}
