import "server-only";
import { getTranslations } from "next-intl/server";
import { getRoleLabels } from "@/app/_i18n/get-role-labels";
import { getCycleStatusLabels, getValueStatusLabels, getVersionStatusLabels } from "@/app/_i18n/get-status-labels";
import type { AuditChangeLabels } from "@/components/audit/audit-change";

/**
 * What the audit log's before/after column needs in the reader's language (decision 058): the
 * names of the fields events record and the names of the codes they store (statuses by kind of
 * record, roles). A field or code not listed shows as stored.
 */
export async function auditChangeLabels(): Promise<AuditChangeLabels> {
  const [fields, valueStatuses, versionStatuses, cycleStatuses, roles] = await Promise.all([
    auditFieldLabels(),
    getValueStatusLabels(),
    getVersionStatusLabels(),
    getCycleStatusLabels(),
    getRoleLabels(),
  ]);
  return {
    fields,
    codes: {
      status: { IndicatorValue: valueStatuses, FrameworkVersion: versionStatuses, ReportingCycle: cycleStatuses },
      role: { "*": roles },
    },
  };
}

/** The fields that audit events record in `before` and `after` (grep lib/ for `before:` and `after:`). */
async function auditFieldLabels(): Promise<Record<string, string>> {
  const t = await getTranslations("AuditFields");
  return {
    status: t("status"),
    value: t("value"),
    version: t("version"),
    comment: t("comment"),
    source: t("source"),
    evidenceUrl: t("evidenceUrl"),
    evidence: t("evidence"),
    returnReason: t("returnReason"),
    reason: t("reason"),
    name: t("name"),
    code: t("code"),
    description: t("description"),
    nameTranslations: t("nameTranslations"),
    role: t("role"),
    institution: t("institution"),
    institutions: t("institutions"),
    email: t("email"),
    isActive: t("isActive"),
    locale: t("locale"),
    mustChangePassword: t("mustChangePassword"),
    address: t("address"),
    revokedAt: t("revokedAt"),
    position: t("position"),
    note: t("note"),
    parentId: t("parentId"),
    areaId: t("areaId"),
    area: t("area"),
    indicator: t("indicator"),
    indicators: t("indicators"),
    number: t("number"),
    label: t("label"),
    type: t("type"),
    digest: t("digest"),
    emailOptOuts: t("emailOptOuts"),
    reminderDays: t("reminderDays"),
    submissionDeadline: t("submissionDeadline"),
    consolidationDeadline: t("consolidationDeadline"),
    deadline: t("deadline"),
    quorumPercent: t("quorumPercent"),
    agree: t("agree"),
    object: t("object"),
    participants: t("participants"),
    workingGroupMembers: t("workingGroupMembers"),
    comments: t("comments"),
    resolution: t("resolution"),
    supersededBy: t("supersededBy"),
    year: t("year"),
    framework: t("framework"),
    baseYear: t("baseYear"),
    fileName: t("fileName"),
    file: t("file"),
    sessionsEnded: t("sessionsEnded"),
    otherSessionsEnded: t("otherSessionsEnded"),
    apiTokensRevoked: t("apiTokensRevoked"),
    body: t("body"),
    kind: t("kind"),
    subject: t("subject"),
    attempts: t("attempts"),
    sourceName: t("sourceName"),
  };
}
