import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { findBreakdownMismatches } from "@/lib/indicators/breakdown-sums";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { describeTarget } from "@/lib/indicators/describe-target";
import { formatIndicatorValue, pickFinalTarget } from "@/lib/indicators/format-value";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { cycleIndicatorInLanguage } from "./cycle-indicator-in-language";
import { getCycleStructure } from "./get-cycle-structure";
import type { CycleIndicator } from "./load-cycle-indicators";
import { inMemberOrder } from "./expected-rows";
import { memberNamesOf } from "./member-names";
import type { CycleRef } from "./require-cycle";
import { countCycleRowsByStatus, readApprovedValuesOfYear, readWaitingRows, readWaitingValues } from "./read-review-values";
import { chooseArea } from "@/lib/pages/choose-area";
import { paginate } from "@/lib/pages/paginate";

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
  /**
   * By lead institution; indicators without one are grouped under "—" with an empty name, which
   * the page words. `count` is every waiting value of the institution; `items` are the shown
   * page's (every institution's every value when no view is asked for).
   */
  institutions: { code: string; name: string; count: number; items: ReviewItem[] }[];
  /** With a view: the institution shown, its page, and every waiting value's reference (the bulk approval covers them all). */
  shown: { code: string; page: number; pageCount: number; references: string[] } | null;
  counts: { submitted: number; returned: number; approved: number };
};

/** Which institution's values, and which page of them, the page shows (the page's URL). */
export type ReviewView = { institution: string | null; page: number; pageSize: number };

/** How a review form names a value row: indicator code, version, breakdown key. */
const reviewReference = (row: { indicator: string; version: number; disaggregation: string }) =>
  `${row.indicator}|${row.version}|${row.disaggregation}`;

/**
 * The values waiting for the secretariat's review in a cycle, by lead institution. A fixed
 * number of queries. With a view, what the page shows only is read in full and formatted: the
 * waiting rows are first listed lean (ids, codes, versions) to group, count and page them.
 */
export async function listReviewQueue(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  /** The reader's language, for the values shown. */
  locale: Locale = DEFAULT_LOCALE,
  view?: ReviewView,
): Promise<ReviewQueue> {
  requirePermission(access, "values.review");
  // The version's indicators from the structure cache (decision 055): to group and page the rows, and to describe the shown ones.
  const { cycle, structure } = await getCycleStructure(access, target);
  const [waiting, statusCounts] = await Promise.all([readWaitingRows(cycle), countCycleRowsByStatus(cycle)]);
  const outlineOf = new Map(structure.indicators.map((indicator) => [indicator.id, indicator]));
  const groups = new Map<string, { code: string; name: string; rows: typeof waiting }>();
  const ordered = [...waiting].sort(
    (a, b) =>
      (outlineOf.get(a.indicatorId)?.position ?? 0) - (outlineOf.get(b.indicatorId)?.position ?? 0) ||
      a.disaggregation.localeCompare(b.disaggregation),
  );
  for (const row of ordered) {
    const lead = outlineOf.get(row.indicatorId)?.leadInstitution ?? { code: "—", name: "" };
    const group = groups.get(lead.code) ?? { code: lead.code, name: lead.name, rows: [] };
    group.rows.push(row);
    groups.set(lead.code, group);
  }
  const institutions = [...groups.values()].sort((a, b) => a.code.localeCompare(b.code));

  const current = view ? chooseArea(institutions, view.institution) : null;
  const page = current && view ? paginate(current.rows, view.page, view.pageSize) : null;
  const detailed = page ? page.items : ordered;
  const items = await describeReviewItems(cycle, structure.indicators, detailed, locale);
  const itemOf = new Map(items.map((item) => [item.valueId, item]));
  const count = (status: ValueStatus) => statusCounts.get(status) ?? 0;
  return {
    cycle,
    institutions: institutions.map((group) => ({
      code: group.code,
      name: group.name,
      count: group.rows.length,
      items: group.rows.flatMap((row) => itemOf.get(row.id) ?? []),
    })),
    shown:
      current && page
        ? {
            code: current.code,
            page: page.page,
            pageCount: page.pageCount,
            references: current.rows.map((row) =>
              reviewReference({
                indicator: outlineOf.get(row.indicatorId)!.code,
                version: row.version,
                disaggregation: row.disaggregation,
              }),
            ),
          }
        : null,
    counts: { submitted: count("SUBMITTED"), returned: count("RETURNED"), approved: count("APPROVED") },
  };
}

/**
 * Everything the review table shows of the given waiting rows: their indicators' definitions,
 * the rows in full, last year's values, who submitted them, and the breakdown sums checked
 * against every waiting row of those indicators (a page may hold only part of them).
 */
async function describeReviewItems(
  cycle: CycleRef,
  versionIndicators: readonly CycleIndicator[],
  rows: readonly { id: string; indicatorId: string }[],
  locale: Locale,
): Promise<ReviewItem[]> {
  const indicatorIds = [...new Set(rows.map((row) => row.indicatorId))];
  const shown = new Set(indicatorIds);
  // Units, level labels and breakdown names in the reader's language: values and targets read "200 persoane".
  const indicators = versionIndicators
    .filter((indicator) => shown.has(indicator.id))
    .map((indicator) => cycleIndicatorInLanguage(indicator, locale));
  const byId = new Map(indicators.map((indicator) => [indicator.id, indicator]));
  const [values, previous] = await Promise.all([
    readWaitingValues(cycle, indicatorIds),
    // Last year's values by identity, whichever version they were reported against.
    readApprovedValuesOfYear(
      indicators.map((indicator) => indicator.identityId),
      cycle.year - 1,
    ),
  ]);
  const codeOf = new Map(indicators.map((indicator) => [indicator.identityId, indicator.code]));
  const previousOf = new Map(previous.map((value) => [`${codeOf.get(value.identityId)}|${value.disaggregation}`, value]));
  const valueOf = new Map(values.map((value) => [value.id, value]));
  const mismatchesOf = breakdownMismatchesByIndicator(indicators, values);

  return rows.flatMap((row) => {
    const value = valueOf.get(row.id);
    const indicator = byId.get(row.indicatorId);
    // A row decided between the two reads is no longer waiting: it is left out.
    if (!value || !indicator) return [];
    const last = previousOf.get(`${indicator.code}|${value.disaggregation}`);
    return [
      {
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
        evidenceCount: value.evidenceCount,
        breakdownMismatches: value.disaggregation === "" ? (mismatchesOf.get(indicator.id) ?? []) : [],
        decimals: indicator.decimals,
        breakdownsMustSum: indicator.breakdownsMustSum,
        version: value.version,
        submittedAt: value.submittedAt,
        submittedBy: value.submittedBy,
      },
    ];
  });
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
