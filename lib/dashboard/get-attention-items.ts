import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import type { OpenCycleSummary } from "@/lib/monitoring/list-open-cycles";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { getLateInstitutionCounts } from "./get-late-institution-counts";

/**
 * One thing to do, as a code with its figures: the dashboard words it in the reader's language
 * (components/dashboard/attention-list.tsx). `cycle` names the cycle ("DMD 2025") when there is one.
 */
export type AttentionItem = {
  kind: "returned" | "drafts" | "missing" | "missing-late" | "review" | "late-institutions" | "consultation" | "temporary-passwords";
  count: number;
  cycle: string | null;
  deadline: Date | null;
  href: string;
  tone: "action" | "warning" | "info";
};

/** What needs the person's attention now, given their role: the dashboard's first panel. */
export async function getAttentionItems(
  access: AccessContext,
  openCycles: readonly OpenCycleSummary[],
  now = new Date(),
): Promise<AttentionItem[]> {
  const items: AttentionItem[] = [];
  // The deadline is a day: institutions may report until the end of it.
  const isPastDeadline = (cycle: OpenCycleSummary) => now.getTime() >= cycle.submissionDeadline.getTime() + 24 * 60 * 60 * 1000;
  const [lateInstitutions, inConsultation, waitingForPassword] = await Promise.all([
    can(access, "cycles.manage") ? getLateInstitutionCounts(access, openCycles.filter(isPastDeadline)) : new Map<string, number>(),
    can(access, "framework-versions.approve")
      ? inWorkspace(access.workspace.id).frameworkVersion.count({ where: { status: "IN_CONSULTATION" } })
      : 0,
    can(access, "users.manage")
      ? inWorkspace(access.workspace.id).membership.count({ where: { isActive: true, user: { mustChangePassword: true } } })
      : 0,
  ]);
  for (const cycle of openCycles) {
    const base = `/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}`;
    const count = (status: string) => cycle.byStatus.find((entry) => entry.status === status)?.count ?? 0;
    const pastDeadline = isPastDeadline(cycle);
    if (can(access, "values.enter") && cycle.scope.kind === "institution") {
      const label = `${cycle.frameworkCode} ${cycle.year}`;
      const item = { cycle: label, deadline: null, href: `${base}/entry`, tone: "action" } as const;
      if (count("RETURNED") > 0) items.push({ ...item, kind: "returned", count: count("RETURNED") });
      if (count("DRAFT") > 0) items.push({ ...item, kind: "drafts", count: count("DRAFT") });
      if (cycle.missing > 0) {
        items.push({
          ...item,
          kind: pastDeadline ? "missing-late" : "missing",
          tone: pastDeadline ? "warning" : "action",
          count: cycle.missing,
          deadline: cycle.submissionDeadline,
        });
      }
    }
    if (can(access, "values.review") && cycle.waitingForReview > 0) {
      items.push({
        kind: "review",
        tone: "action",
        href: `${base}/review`,
        count: cycle.waitingForReview,
        cycle: `${cycle.frameworkCode} ${cycle.year}`,
        deadline: null,
      });
    }
    const late = lateInstitutions.get(cycle.id) ?? 0;
    if (late > 0) {
      items.push({
        kind: "late-institutions",
        tone: "warning",
        href: base,
        count: late,
        cycle: `${cycle.frameworkCode} ${cycle.year}`,
        deadline: cycle.submissionDeadline,
      });
    }
  }
  if (inConsultation > 0)
    items.push({ kind: "consultation", tone: "action", href: "/frameworks", count: inConsultation, cycle: null, deadline: null });
  if (waitingForPassword > 0)
    items.push({
      kind: "temporary-passwords",
      tone: "info",
      href: "/admin/users",
      count: waitingForPassword,
      cycle: null,
      deadline: null,
    });
  return items;
}
