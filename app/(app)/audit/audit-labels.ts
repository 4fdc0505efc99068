import "server-only";
import { getTranslations } from "next-intl/server";
import type { AuditAction, AuditEntityType } from "@/lib/audit/audit-actions";

/**
 * The audit log's kinds of change and of record in the reader's language (decision 058). The
 * codes stay the filter's values and the stored data; the Record types make a new code without a
 * label fail to compile.
 */
export async function auditActionLabels(): Promise<Record<AuditAction, string>> {
  const t = await getTranslations("AuditActions");
  return {
    "workspace.created": t("workspace.created"),
    "workspace.demo-seeded": t("workspace.demo-seeded"),
    "workspace.deleted": t("workspace.deleted"),
    "workspace.builtin-translations-filled": t("workspace.builtin-translations-filled"),
    "institution.created": t("institution.created"),
    "institution.updated": t("institution.updated"),
    "framework.installed": t("framework.installed"),
    "framework.updated": t("framework.updated"),
    "framework.imported": t("framework.imported"),
    "indicator.created": t("indicator.created"),
    "indicator.updated": t("indicator.updated"),
    "indicator.moved": t("indicator.moved"),
    "indicator.retired": t("indicator.retired"),
    "area.created": t("area.created"),
    "area.updated": t("area.updated"),
    "area.moved": t("area.moved"),
    "area.deleted": t("area.deleted"),
    "framework.created": t("framework.created"),
    "framework-version.created": t("framework-version.created"),
    "framework-version.imported": t("framework-version.imported"),
    "framework-version.translations-imported": t("framework-version.translations-imported"),
    "framework-version.consultation-opened": t("framework-version.consultation-opened"),
    "framework-version.validated": t("framework-version.validated"),
    "framework-version.approved": t("framework-version.approved"),
    "framework-version.superseded": t("framework-version.superseded"),
    "consultation.commented": t("consultation.commented"),
    "consultation.comment-resolved": t("consultation.comment-resolved"),
    "approval.position-recorded": t("approval.position-recorded"),
    "cycle.opened": t("cycle.opened"),
    "cycle.updated": t("cycle.updated"),
    "cycle.closed": t("cycle.closed"),
    "value.created": t("value.created"),
    "value.updated": t("value.updated"),
    "value.submitted": t("value.submitted"),
    "value.returned": t("value.returned"),
    "value.approved": t("value.approved"),
    "value.reopened": t("value.reopened"),
    "value.deleted": t("value.deleted"),
    "value.commented": t("value.commented"),
    "value.evidence-added": t("value.evidence-added"),
    "value.evidence-removed": t("value.evidence-removed"),
    "narrative.saved": t("narrative.saved"),
    "cycle.reopened": t("cycle.reopened"),
    "cycle.reminders-queued": t("cycle.reminders-queued"),
    "workspace.reminder-days-changed": t("workspace.reminder-days-changed"),
    "user.created": t("user.created"),
    "user.updated": t("user.updated"),
    "user.signed-in": t("user.signed-in"),
    "user.signed-out": t("user.signed-out"),
    "user.sign-in-failed": t("user.sign-in-failed"),
    "user.password-change-failed": t("user.password-change-failed"),
    "user.locked-out": t("user.locked-out"),
    "user.password-changed": t("user.password-changed"),
    "user.password-reset": t("user.password-reset"),
    "user.password-reset-requested": t("user.password-reset-requested"),
    "user.password-set-from-link": t("user.password-set-from-link"),
    "user.given-access-elsewhere": t("user.given-access-elsewhere"),
    "user.language-changed": t("user.language-changed"),
    "user.email-preferences-changed": t("user.email-preferences-changed"),
    "user.digest-queued": t("user.digest-queued"),
    "membership.created": t("membership.created"),
    "membership.updated": t("membership.updated"),
    "membership.deactivated": t("membership.deactivated"),
    "membership.reactivated": t("membership.reactivated"),
    "institution.deactivated": t("institution.deactivated"),
    "institution.reactivated": t("institution.reactivated"),
    "api-token.created": t("api-token.created"),
    "api-token.revoked": t("api-token.revoked"),
  };
}

export async function auditEntityTypeLabels(): Promise<Record<AuditEntityType, string>> {
  const t = await getTranslations("AuditEntityTypes");
  return {
    Workspace: t("Workspace"),
    Institution: t("Institution"),
    Framework: t("Framework"),
    FrameworkVersion: t("FrameworkVersion"),
    Area: t("Area"),
    Indicator: t("Indicator"),
    ConsultationComment: t("ConsultationComment"),
    ApprovalVote: t("ApprovalVote"),
    ReportingCycle: t("ReportingCycle"),
    IndicatorValue: t("IndicatorValue"),
    User: t("User"),
    Membership: t("Membership"),
    ApiToken: t("ApiToken"),
    NetworkAddress: t("NetworkAddress"),
  };
}
