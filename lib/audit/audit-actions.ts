import { z } from "zod";

/** Every kind of change the audit log records. Adding a kind means adding it here. */
export const AUDIT_ACTIONS = [
  "workspace.created",
  "workspace.demo-seeded",
  /** An unfinished demo seed removed after a failure (lib/demo/seed-demo-workspace.ts). */
  "workspace.deleted",
  /** Built-in translations given at start to a workspace created before them (decision 053). */
  "workspace.builtin-translations-filled",
  "institution.created",
  "institution.updated",
  "framework.installed",
  "framework.updated",
  "framework.imported",
  "indicator.created",
  "indicator.updated",
  "indicator.moved",
  "indicator.retired",
  "area.created",
  "area.updated",
  "area.moved",
  "area.deleted",
  "framework.created",
  "framework-version.created",
  "framework-version.imported",
  "framework-version.translations-imported",
  "framework-version.consultation-opened",
  "framework-version.validated",
  "framework-version.approved",
  "framework-version.superseded",
  "consultation.commented",
  "consultation.comment-resolved",
  "approval.position-recorded",
  "cycle.opened",
  "cycle.updated",
  "cycle.closed",
  "value.created",
  "value.updated",
  "value.submitted",
  "value.returned",
  "value.approved",
  "value.reopened",
  "value.deleted",
  "value.commented",
  "value.evidence-added",
  "value.evidence-removed",
  "narrative.saved",
  "cycle.reopened",
  "cycle.reminders-queued",
  "workspace.reminder-days-changed",
  "user.created",
  "user.updated",
  "user.signed-in",
  "user.signed-out",
  "user.sign-in-failed",
  "user.password-change-failed",
  "user.locked-out",
  "user.password-changed",
  "user.password-reset",
  "user.password-reset-requested",
  "user.password-set-from-link",
  "user.given-access-elsewhere",
  "user.language-changed",
  "user.email-preferences-changed",
  "user.digest-queued",
  "membership.created",
  "membership.updated",
  "membership.deactivated",
  "membership.reactivated",
  "institution.deactivated",
  "institution.reactivated",
  "api-token.created",
  "api-token.revoked",
] as const;

export const auditActionSchema = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof auditActionSchema>;

export const AUDIT_ENTITY_TYPES = [
  "Workspace",
  "Institution",
  "Framework",
  "FrameworkVersion",
  "Area",
  "Indicator",
  "ConsultationComment",
  "ApprovalVote",
  "ReportingCycle",
  "IndicatorValue",
  "User",
  "Membership",
  "ApiToken",
  "NetworkAddress",
] as const;

export const auditEntityTypeSchema = z.enum(AUDIT_ENTITY_TYPES);
export type AuditEntityType = z.infer<typeof auditEntityTypeSchema>;

/** Who acted. System actors (demo seed, command-line imports) have no user id. */
export type Actor = { userId: string | null; label: string };

export function systemActor(process: string): Actor {
  return { userId: null, label: `system:${process}` };
}
