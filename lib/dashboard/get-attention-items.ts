import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { formatDate } from "@/lib/indicators/format-value";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import type { OpenCycleSummary } from "@/lib/monitoring/list-open-cycles";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

export type AttentionItem = { text: string; href: string; tone: "action" | "warning" | "info" };

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** What needs the person's attention now, given their role: the dashboard's first panel. */
export async function getAttentionItems(
  access: AccessContext,
  openCycles: readonly OpenCycleSummary[],
  now = new Date(),
): Promise<AttentionItem[]> {
  const items: AttentionItem[] = [];
  for (const cycle of openCycles) {
    const base = `/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}`;
    const count = (status: string) => cycle.byStatus.find((entry) => entry.status === status)?.count ?? 0;
    const pastDeadline = now.getTime() >= cycle.submissionDeadline.getTime() + 24 * 60 * 60 * 1000;
    if (can(access, "values.enter") && cycle.scope.kind === "institution") {
      const label = `${cycle.frameworkCode} ${cycle.year}`;
      if (count("RETURNED") > 0)
        items.push({
          tone: "action",
          href: `${base}/entry`,
          text: `${plural(count("RETURNED"), "value was", "values were")} returned to you for correction (${label})`,
        });
      if (count("DRAFT") > 0)
        items.push({
          tone: "action",
          href: `${base}/entry`,
          text: `${plural(count("DRAFT"), "draft is", "drafts are")} not submitted yet (${label})`,
        });
      if (cycle.missing > 0) {
        items.push({
          tone: pastDeadline ? "warning" : "action",
          href: `${base}/entry`,
          text: `${plural(cycle.missing, "indicator has", "indicators have")} no value yet (${label}); ${pastDeadline ? `the deadline was ${formatDate(cycle.submissionDeadline)}` : `report by ${formatDate(cycle.submissionDeadline)}`}`,
        });
      }
    }
    if (can(access, "values.review") && cycle.waitingForReview > 0) {
      items.push({
        tone: "action",
        href: `${base}/review`,
        text: `${plural(cycle.waitingForReview, "value waits", "values wait")} for your review (${cycle.frameworkCode} ${cycle.year})`,
      });
    }
    if (can(access, "cycles.manage") && pastDeadline) {
      const completeness = await getCycleCompleteness(access, { frameworkCode: cycle.frameworkCode, year: cycle.year }, now);
      const late = completeness.institutions.filter((institution) => institution.counts.overdue > 0);
      if (late.length > 0) {
        items.push({
          tone: "warning",
          href: base,
          text: `${plural(late.length, "institution has", "institutions have")} not submitted everything after the ${formatDate(cycle.submissionDeadline)} deadline (${cycle.frameworkCode} ${cycle.year})`,
        });
      }
    }
  }
  if (can(access, "framework-versions.approve")) {
    const inConsultation = await inWorkspace(access.workspace.id).frameworkVersion.count({
      where: { status: "IN_CONSULTATION" },
    });
    if (inConsultation > 0)
      items.push({
        tone: "action",
        href: "/frameworks",
        text: `${plural(inConsultation, "framework version awaits", "framework versions await")} the working group's validation`,
      });
  }
  if (can(access, "users.manage")) {
    const waiting = await inWorkspace(access.workspace.id).membership.count({
      where: { isActive: true, user: { mustChangePassword: true } },
    });
    if (waiting > 0)
      items.push({
        tone: "info",
        href: "/admin/users",
        text: `${plural(waiting, "person has", "people have")} not yet replaced their temporary password`,
      });
  }
  return items;
}
