import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { CycleStatus, ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { describeTarget } from "@/lib/indicators/describe-target";
import { formatIndicatorValue, pickFinalTarget } from "@/lib/indicators/format-value";
import { decimalMarkOf } from "@/lib/i18n/parse-typed-number";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { effectiveLimits } from "@/lib/indicators/value-types";
import { expectedRows } from "./expected-rows";
import { areaRootsOf } from "./load-area-roots";
import { memberNamesOf } from "./member-names";
import { cycleIndicatorInLanguage } from "./cycle-indicator-in-language";
import { getCycleStructure } from "./get-cycle-structure";
import { isAssignedTo, type CycleIndicator } from "./load-cycle-indicators";
import { checkValueWritable } from "./value-workflow";
import { libText } from "@/lib/i18n/lib-text";

export type EntryRow = {
  /** Canonical disaggregation key; "" is the total. */
  key: string;
  label: string;
  current: {
    id: string;
    /** The stored value as an input holds it: "1250", "12,5" in Romanian, "partial", or the text. */
    input: string;
    display: string;
    status: ValueStatus;
    version: number;
    comment: string | null;
    source: string | null;
    evidenceUrl: string | null;
    returnReason: string | null;
  } | null;
  lastYear: { display: string; status: ValueStatus } | null;
};

export type EntryIndicator = {
  code: string;
  name: string;
  /** By language (decision 041). */
  nameTranslations?: unknown;
  valueType: ValueType;
  unit: string | null;
  decimals: number | null;
  /** The matrix refuses submission while breakdown rows and the total disagree (trap 6). */
  breakdownsMustSum: boolean;
  lowerLimit: number | null;
  upperLimit: number | null;
  levels: { code: string; label: string }[];
  leadInstitution: string | null;
  isLead: boolean;
  /** "320 associations" and 2025 - this year's milestone, else the final target. */
  target: { display: string; year: number } | null;
  dataSource: string | null;
  rows: EntryRow[];
};

export type EntryForm = {
  cycle: { frameworkCode: string; frameworkName: string; year: number; status: CycleStatus; submissionDeadline: Date };
  institution: { code: string; name: string };
  areas: { code: string; name: string; nameTranslations?: unknown; indicators: EntryIndicator[] }[];
  counts: { rows: number; filled: number; editable: number };
};

/**
 * Everything a focal point's entry page needs for one cycle: the institution's indicators by
 * thematic area, each with its rows (total and breakdowns), the current values with their
 * versions, last year's values and the target. A fixed number of queries.
 */
export async function getEntryForm(
  access: AccessContext,
  target: { frameworkCode: string; year: number },
  /** The reader's language: values are shown, and numbers put in the inputs, as it writes them. */
  locale: Locale = DEFAULT_LOCALE,
): Promise<EntryForm> {
  requirePermission(access, "values.enter");
  const institution = access.membership.institution;
  if (!institution) throw new AppError("FORBIDDEN", libText("errors.noInstitutionToEnter"));
  // The version's indicators from the structure cache (decision 055); the institution's are those it leads or contributes to.
  const { cycle, structure } = await getCycleStructure(access, target);
  const indicators = structure.indicators.filter((indicator) => isAssignedTo(indicator, institution.id));
  const { roots, rootOf } = areaRootsOf(structure.areas);
  // Values belong to the indicator's identity, whichever version they were reported against. Read
  // by identity (the unique index), not as a relation to the definition: Prisma reads a relation
  // with an IN list of every row's key, split into more statements as the rows grow.
  const codeOf = new Map(indicators.map((indicator) => [indicator.identityId, indicator.code]));
  const values = await db.indicatorValue.findMany({
    where: { identityId: { in: [...codeOf.keys()] }, year: { in: [cycle.year, cycle.year - 1] } },
    select: {
      id: true,
      year: true,
      disaggregation: true,
      number: true,
      levelCode: true,
      text: true,
      status: true,
      version: true,
      comment: true,
      source: true,
      evidenceUrl: true,
      returnReason: true,
      identityId: true,
    },
  });
  const valueOf = new Map(values.map((value) => [`${codeOf.get(value.identityId)}|${value.year}|${value.disaggregation}`, value]));

  let rows = 0;
  let filled = 0;
  let editable = 0;
  const toEntry = (stored: CycleIndicator): EntryIndicator => {
    // The unit, level labels and breakdown names in the person's language (decision 042), for the rows and every value shown.
    const indicator = cycleIndicatorInLanguage(stored, locale);
    const limits = effectiveLimits(indicator);
    const thisYearTarget = indicator.targets.find((candidate) => candidate.year === cycle.year) ?? pickFinalTarget(indicator.targets);
    return {
      code: indicator.code,
      name: indicator.name,
      nameTranslations: indicator.nameTranslations,
      valueType: indicator.valueType,
      unit: indicator.unit,
      decimals: indicator.decimals,
      breakdownsMustSum: indicator.breakdownsMustSum,
      lowerLimit: limits.lower,
      upperLimit: limits.upper,
      levels: indicator.levels.map(({ code, label }) => ({ code, label })),
      leadInstitution: indicator.leadInstitution?.code ?? null,
      isLead: indicator.leadInstitution?.id === institution.id,
      target: describeTarget(thisYearTarget, indicator, locale),
      dataSource: indicator.dataSource,
      rows: expectedRows(indicator).map((key) => {
        const current = valueOf.get(`${indicator.code}|${cycle.year}|${key}`);
        const previous = valueOf.get(`${indicator.code}|${cycle.year - 1}|${key}`);
        rows += 1;
        if (current) filled += 1;
        if (checkValueWritable(current?.status ?? null, cycle).ok) editable += 1;
        return {
          key,
          label: describeDisaggregation(key, memberNamesOf(indicator)),
          current: current
            ? {
                id: current.id,
                // Without grouping, in the language's decimal mark, so that saving it again reads it back unchanged.
                input:
                  current.number !== null
                    ? String(current.number).replace(".", decimalMarkOf(locale))
                    : (current.levelCode ?? current.text ?? ""),
                display: formatIndicatorValue(current, indicator, locale),
                status: current.status,
                version: current.version,
                comment: current.comment,
                source: current.source,
                evidenceUrl: current.evidenceUrl,
                returnReason: current.returnReason,
              }
            : null,
          lastYear: previous ? { display: formatIndicatorValue(previous, indicator, locale), status: previous.status } : null,
        };
      }),
    };
  };

  return {
    cycle: {
      frameworkCode: cycle.framework.code,
      frameworkName: cycle.framework.name,
      year: cycle.year,
      status: cycle.status,
      submissionDeadline: cycle.submissionDeadline,
    },
    institution: { code: institution.code, name: institution.name },
    areas: roots
      .map((root) => ({
        code: root.code,
        name: root.name,
        nameTranslations: root.nameTranslations,
        indicators: indicators.filter((indicator) => rootOf(indicator.area.id)?.id === root.id).map(toEntry),
      }))
      .filter((area) => area.indicators.length > 0),
    counts: { rows, filled, editable },
  };
}
