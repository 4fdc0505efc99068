import "server-only";
import type { Tx } from "@/lib/db";
import { findFocalPoints } from "./find-focal-points";
import { valueReturnedNotice } from "./messages/value-returned-notice";
import { valuesApprovedNotice } from "./messages/values-approved-notice";
import { queueNotices } from "./queue-notices";

export type ReviewedValue = {
  valueId: string;
  decision: "approve" | "return";
  reason: string | null;
  indicator: { code: string; name: string; leadInstitutionId: string | null; contributorIds: readonly string[] };
  /** Readable breakdown, e.g. "total" or "sex: female". */
  breakdown: string;
};

/**
 * Tells the focal points of the institutions responsible for each reviewed value (lead and
 * contributors): a returned value one notice each, with its reason and a link to the value;
 * approved values one notice per institution and cycle. Called inside the review's transaction.
 */
export async function notifyValuesReviewed(
  tx: Tx,
  input: { workspaceId: string; cycle: { frameworkCode: string; year: number }; values: readonly ReviewedValue[] },
): Promise<void> {
  if (input.values.length === 0) return;
  const institutionsOf = (value: ReviewedValue) =>
    [value.indicator.leadInstitutionId, ...value.indicator.contributorIds].filter((id): id is string => id !== null);
  const focalPoints = await findFocalPoints(tx, input.workspaceId, input.values.flatMap(institutionsOf));
  const recipientsOf = (value: ReviewedValue) => institutionsOf(value).flatMap((id) => focalPoints.get(id) ?? []);

  for (const value of input.values.filter((candidate) => candidate.decision === "return")) {
    await queueNotices(tx, {
      workspaceId: input.workspaceId,
      kind: "value-returned",
      userIds: recipientsOf(value),
      compose: ({ locale }) => valueReturnedNotice(locale, { ...value, reason: value.reason ?? "", year: input.cycle.year }),
    });
  }

  const approvedByRecipient = new Map<string, ReviewedValue[]>();
  for (const value of input.values.filter((candidate) => candidate.decision === "approve")) {
    for (const userId of recipientsOf(value)) approvedByRecipient.set(userId, [...(approvedByRecipient.get(userId) ?? []), value]);
  }
  for (const [userId, approved] of approvedByRecipient) {
    await queueNotices(tx, {
      workspaceId: input.workspaceId,
      kind: "values-approved",
      userIds: [userId],
      compose: ({ locale }) => valuesApprovedNotice(locale, { ...input.cycle, codes: approved.map((value) => value.indicator.code) }),
    });
  }
}
