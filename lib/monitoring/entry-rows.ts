import "server-only";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { describeDisaggregation } from "@/lib/indicators/disaggregation";
import { describeTarget } from "@/lib/indicators/describe-target";
import { formatIndicatorValue, pickFinalTarget } from "@/lib/indicators/format-value";
import { effectiveLimits } from "@/lib/indicators/value-types";
import { decimalMarkOf } from "@/lib/i18n/parse-typed-number";
import type { Locale } from "@/lib/i18n/locales";
import type { ValueContent } from "./decide-value-write";
import { cycleIndicatorInLanguage, dimensionsInLanguage } from "./cycle-indicator-in-language";
import { expectedRows } from "./expected-rows";
import type { EntryIndicator } from "./get-entry-form";
import type { CycleIndicator } from "./load-cycle-indicators";
import { memberNamesOf } from "./member-names";
import type { MissingValue } from "./submit-cycle-values";

// The rows of the entry form, built from the values getEntryForm read: in full for the shown
// area, as empty rows only for the others (decision 060).

/** A value as listEntryValues reads it (one raw statement, decision 061): its content and its place in the workflow. */
export type EntryValue = ValueContent & {
  id: string;
  identityId: string;
  year: number;
  /** Canonical disaggregation key; "" is the total. */
  disaggregation: string;
  status: ValueStatus;
  version: number;
  returnReason: string | null;
};

/** The stored value as an input holds it: without grouping, in the language's decimal mark, so that saving it again reads it back unchanged. */
const inputOf = (value: EntryValue, locale: Locale) =>
  value.number !== null ? String(value.number).replace(".", decimalMarkOf(locale)) : (value.levelCode ?? value.text ?? "");

/** What the rows of one cycle are built from: the values read, and whose form it is. */
export type EntryRowsContext = {
  year: number;
  institutionId: string;
  /** The reader's language: values are shown, and numbers put in the inputs, as it writes them. */
  locale: Locale;
  currentOf: (indicator: CycleIndicator, key: string) => EntryValue | undefined;
  lastYearOf: (indicator: CycleIndicator, key: string) => EntryValue | undefined;
};

/** One indicator of the shown area with its rows in full: this year's input, last year's value, the target. */
export function toEntryIndicator(stored: CycleIndicator, context: EntryRowsContext): EntryIndicator {
  const { year, institutionId, locale } = context;
  // The unit, level labels and breakdown names in the person's language (decision 042), for the rows and every value shown.
  const indicator = cycleIndicatorInLanguage(stored, locale);
  const limits = effectiveLimits(indicator);
  const thisYearTarget = indicator.targets.find((candidate) => candidate.year === year) ?? pickFinalTarget(indicator.targets);
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
    isLead: indicator.leadInstitution?.id === institutionId,
    target: describeTarget(thisYearTarget, indicator, locale),
    dataSource: indicator.dataSource,
    rows: expectedRows(indicator).map((key) => {
      const current = context.currentOf(indicator, key);
      const previous = context.lastYearOf(stored, key);
      return {
        key,
        label: describeDisaggregation(key, memberNamesOf(indicator)),
        current: current
          ? {
              id: current.id,
              input: inputOf(current, locale),
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
}

/** An indicator's rows with no input yet, named as the question before submitting lists them; its breakdown names translated only when one is empty. */
export function missingRowsOf(
  indicator: CycleIndicator,
  currentOf: (key: string) => EntryValue | undefined,
  locale: Locale,
): MissingValue[] {
  const empty = expectedRows(indicator).filter((key) => {
    const current = currentOf(key);
    return !current || !inputOf(current, locale);
  });
  if (empty.length === 0) return [];
  const memberNames = memberNamesOf({ dimensions: dimensionsInLanguage(indicator, locale) });
  return empty.map((key) => ({
    indicator: indicator.code,
    name: indicator.name,
    disaggregation: key,
    label: describeDisaggregation(key, memberNames),
  }));
}
