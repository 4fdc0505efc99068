import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { requireVisibleValue } from "./require-visible-value";
import { commentBodySchema } from "./schemas";
import { libText } from "@/lib/i18n/lib-text";

/** Adds a message to a value's discussion; anyone who may comment and can see the value. */
export async function addValueComment(access: AccessContext, valueId: string, rawBody: unknown): Promise<{ commentId: string }> {
  requirePermission(access, "values.comment");
  const body = parseOrThrow(commentBodySchema, rawBody, libText("errors.checkComment"));
  return runMutation(actorOf(access), async (tx, audit) => {
    const value = await requireVisibleValue(access, valueId, tx);
    const comment = await tx.valueComment.create({
      // The thread belongs to the value's place, so that it outlives a cleared draft.
      data: {
        valueId: value.id,
        identityId: value.identityId,
        year: value.year,
        disaggregation: value.disaggregation,
        authorId: access.user.id,
        authorLabel: `${access.user.name} (${access.user.email})`,
        body,
      },
    });
    await audit({
      workspaceId: access.workspace.id,
      action: "value.commented",
      entityType: "IndicatorValue",
      entityId: value.id,
      summary: libText("auditSummaries.valueCommented", {
        code: value.indicator.code,
        breakdown: describeDisaggregation(value.disaggregation),
        year: String(value.year),
      }),
      after: { comment: body },
    });
    return { commentId: comment.id };
  });
}
