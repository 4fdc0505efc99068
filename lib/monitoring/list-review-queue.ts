import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { findBreakdownMismatches } from "@/lib/indicators/breakdown-sums";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { describeTarget } from "@/lib/indicators/describe-target";
import { formatIndicatorValue, pickFinalTarget } from "@/lib/indicators/format-value";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { loadCycleIndicators, type CycleIndicator } from "./load-cycle-indicators";
import { inMemberOrder } from "./expected-rows";
import { memberNamesOf } from "./member-names";
import { requireCycle, type CycleRef } from "./require-cycle";
import { waitingForReviewWhere } from "./waiting-for-review";

export type ReviewItem = {
  valueId: string;
  indicator: string;
  name: string;
  /** By language (decision 041). */
  nameTranslations?: unknown;
  disaggregation: string;
  label: string;
  display: string;
  lastYear: string | null;
  /** This year's milestone, else the final target: its value and year. */
  target: { display: string; year: number } | null;
  comment: string | null;
  source: string | null;
  evidenceUrl: string | null;
  /** Evidence files attached to the value (decision 034). */
  evidenceCount: number;
  /** On an indicator's total: the breakdowns waiting with it that do not add up to it (trap 6). */
  breakdownMismatches: BreakdownSumMismatch[];
  decimals: number | null;
  breakdownsMustSum: boolean;
  version: number;
  submittedAt: Date | null;
  submittedBy: string | null;
};

export type ReviewQueue = {
  cycle: CycleRef;
  /** By lead institution; indicators without one are grouped under "—" with an empty name, which the page words. */
  institutions: { code: string; name: string; items: ReviewItem[] }[];
  counts: { submitted: number; returned: number; approved: number };
};

/** The values waiting for the secretariat's review in a cycle, by lead institution. A fixed number of queries. */
export async function listReviewQueue(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  /** The reader's language, for the values shown. */
  locale: Locale = DEFAULT_LOCALE,
): Promise<ReviewQueue> {
  requirePermission(access, "values.review");
  const cycle = await requireCycle(access, target.frameworkCode, target.year);
  const indicators = await loadCycleIndicators(cycle.versionId);
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const [values, previous, statusCounts] = await Promise.all([
    db.indicatorValue.findMany({
      where: waitingForReviewWhere(cycle),
      select: {
        id: true,
        indicatorId: true,
        disaggregation: true,
        number: true,
        levelCode: true,
        text: true,
        comment: true,
        source: true,
        evidenceUrl: true,
        version: true,
        submittedAt: true,
        updatedById: true,
        _count: { select: { evidence: true } },
      },
    }),
    // Last year's values by identity (the unique index), whichever version they were reported
    // against; not as a relation, which Prisma reads with an IN list of every row's key.
    db.indicatorValue.findMany({
      where: { identityId: { in: indicators.map((indicator) => indicator.identityId) }, year: cycle.year - 1, status: "APPROVED" },
      select: { disaggregation: true, number: true, levelCode: true, text: true, identityId: true },
    }),
    db.indicatorValue.groupBy({
      by: ["status"],
      where: { year: cycle.year, indicatorId: { in: [...byId.keys()] } },
      _count: { _all: true },
    }),
  ]);
  const people = await db.user.findMany({
    where: { id: { in: values.flatMap((value) => (value.updatedById ? [value.updatedById] : [])) } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  const codeOf = new Map(indicators.map((indicator) => [indicator.identityId, indicator.code]));
  const previousOf = new Map(previous.map((value) => [`${codeOf.get(value.identityId)}|${value.disaggregation}`, value]));

  const mismatchesOf = breakdownMismatchesByIndicator(indicators, values);
  const groups = new Map<string, { code: string; name: string; items: ReviewItem[] }>();
  const ordered = [...values].sort(
    (a, b) =>
      (byId.get(a.indicatorId)?.position ?? 0) - (byId.get(b.indicatorId)?.position ?? 0) ||
      a.disaggregation.localeCompare(b.disaggregation),
  );
  for (const value of ordered) {
    const indicator = byId.get(value.indicatorId)!;
    const lead = indicator.leadInstitution ?? { code: "—", name: "" };
    const group = groups.get(lead.code) ?? { code: lead.code, name: lead.name, items: [] };
    const last = previousOf.get(`${indicator.code}|${value.disaggregation}`);
    group.items.push({
      valueId: value.id,
      indicator: indicator.code,
      name: indicator.name,
      nameTranslations: indicator.nameTranslations,
      disaggregation: value.disaggregation,
      label: describeDisaggregation(value.disaggregation, memberNamesOf(indicator)),
      display: formatIndicatorValue(value, indicator, locale),
      lastYear: last ? formatIndicatorValue(last, indicator, locale) : null,
      target: describeTarget(
        indicator.targets.find((candidate) => candidate.year === cycle.year) ?? pickFinalTarget(indicator.targets),
        indicator,
        locale,
      ),
      comment: value.comment,
      source: value.source,
      evidenceUrl: value.evidenceUrl,
      evidenceCount: value._count.evidence,
      breakdownMismatches: value.disaggregation === "" ? (mismatchesOf.get(indicator.id) ?? []) : [],
      decimals: indicator.decimals,
      breakdownsMustSum: indicator.breakdownsMustSum,
      version: value.version,
      submittedAt: value.submittedAt,
      submittedBy: value.updatedById ? (nameOf.get(value.updatedById) ?? null) : null,
    });
    groups.set(lead.code, group);
  }
  const count = (status: string) => statusCounts.find((row) => row.status === status)?._count._all ?? 0;
  return {
    cycle,
    institutions: [...groups.values()].sort((a, b) => a.code.localeCompare(b.code)),
    counts: { submitted: count("SUBMITTED"), returned: count("RETURNED"), approved: count("APPROVED") },
  };
}

export type BreakdownSumMismatch = { parts: string[]; sum: number; total: number };

/** The waiting values' breakdowns that do not add up to their waiting total, by indicator id. */
function breakdownMismatchesByIndicator(
  indicators: readonly CycleIndicator[],
  values: readonly { indicatorId: string; disaggregation: string; number: number | null }[],
): Map<string, BreakdownSumMismatch[]> {
  const rowsOf = new Map<string, { key: string; number: number | null }[]>();
  for (const value of values) {
    rowsOf.set(value.indicatorId, [...(rowsOf.get(value.indicatorId) ?? []), { key: value.disaggregation, number: value.number }]);
  }
  const result = new Map<string, BreakdownSumMismatch[]>();
  for (const indicator of indicators) {
    const rows = inMemberOrder(indicator, rowsOf.get(indicator.id) ?? []);
    if (rows.length < 2) continue;
    const names = memberNamesOf(indicator);
    const mismatches = findBreakdownMismatches(indicator, rows).map((mismatch) => ({
      parts: mismatch.partKeys.map((key) => describeDisaggregation(key, names)),
      sum: mismatch.sum,
      total: mismatch.total,
    }));
    if (mismatches.length > 0) result.set(indicator.id, mismatches);
  }
  return result;
}
