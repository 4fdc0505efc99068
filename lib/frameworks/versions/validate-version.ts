import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { expectVersionStatus, requireLifecycleVersion, updateVersionIfStatus, versionNameText, versionValues } from "./lifecycle-version";
import { libText } from "@/lib/i18n/lib-text";
import { versionIdSchema } from "./schemas";
import { notifyDecisionRequested } from "@/lib/notifications/notify-decision-requested";

/**
 * Closes the consultation: the version is validated when every comment has its answer, and
 * then awaits the working group's decision. The secretariat may close before the deadline
 * (every invitee has answered); comments are no longer taken either way.
 */
export async function validateVersion(access: AccessContext, raw: unknown): Promise<void> {
  requirePermission(access, "framework-versions.manage");
  const input = parseOrThrow(versionIdSchema, raw, libText("errors.chooseVersion"));

  await runMutation(actorOf(access), async (tx, audit) => {
    const version = await requireLifecycleVersion(access, input.versionId, tx);
    expectVersionStatus(version, "IN_CONSULTATION", libText("errors.versionStepValidate"));
    const [open, total] = await Promise.all([
      tx.consultationComment.count({ where: { versionId: version.id, resolution: null } }),
      tx.consultationComment.count({ where: { versionId: version.id } }),
    ]);
    if (open > 0) throw new AppError("CONFLICT", libText("errors.commentsStillOpen", { ...versionValues(version), count: open }));

    await updateVersionIfStatus(tx, version, "IN_CONSULTATION", { status: "VALIDATED", validatedAt: new Date() });
    await notifyDecisionRequested(tx, { workspaceId: access.workspace.id, version });
    await audit({
      workspaceId: access.workspace.id,
      action: "framework-version.validated",
      entityType: "FrameworkVersion",
      entityId: version.id,
      summary: libText("auditSummaries.versionValidated", { versionName: versionNameText(version), count: String(total) }),
      before: { status: "IN_CONSULTATION" },
      after: { status: "VALIDATED", comments: total },
    });
  });
}
