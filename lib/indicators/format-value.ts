import type { ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, FORMAT_LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * Numbers and dates in the reader's language (issue 13, item 2): "1,234.5" in English, "1.234,5"
 * in Romanian, "1 234,5" in Russian and French. Without a locale, English (en-GB), as in the
 * working group's reports, exports and the API.
 */
export function formatNumber(value: number, decimals: number | null = null, locale: Locale = DEFAULT_LOCALE): string {
  const fractionDigits = decimals ?? (Number.isInteger(value) ? 0 : 2);
  return numberFormat(locale, fractionDigits).format(value);
}

// Intl.NumberFormat is costly to build and pages format thousands of numbers: one per language and precision.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${fractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(FORMAT_LOCALES[locale], {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    numberFormats.set(key, format);
  }
  return format;
}

type FormattableIndicator = {
  valueType: ValueType;
  unit: string | null;
  decimals: number | null;
  levels: readonly { code: string; label: string }[];
};

type FormattableValue = { number: number | null; levelCode: string | null; text: string | null };

/** "1,250 persons", "42.5 %", "Partially present", or the narrative text. */
export function formatIndicatorValue(value: FormattableValue, indicator: FormattableIndicator, locale: Locale = DEFAULT_LOCALE): string {
  if (value.number !== null) {
    const number = formatNumber(value.number, indicator.decimals, locale);
    if (indicator.valueType === "PERCENTAGE" || indicator.unit === "%") return `${number} %`;
    return indicator.unit ? `${number} ${indicator.unit}` : number;
  }
  if (value.levelCode !== null) return levelLabel(value.levelCode, indicator.levels);
  return value.text ?? "";
}

export function levelLabel(code: string, levels: readonly { code: string; label: string }[]): string {
  return levels.find((level) => level.code === code)?.label ?? code;
}

type TargetLike = { year: number; number: number | null; levelCode: string | null; isFinal: boolean };

/** The end-of-programme target, or the latest milestone when none is marked final. */
export function pickFinalTarget<T extends TargetLike>(targets: readonly T[]): T | null {
  return targets.find((target) => target.isFinal) ?? [...targets].sort((a, b) => b.year - a.year)[0] ?? null;
}

export function formatTarget(target: TargetLike | null, indicator: FormattableIndicator): string | null {
  if (!target) return null;
  return `${formatIndicatorValue({ number: target.number, levelCode: target.levelCode, text: null }, indicator)} by ${target.year}`;
}

/** "1,800 persons (2016)": the baseline and its year, the value in the reader's language (English by default). */
export function formatBaseline(
  indicator: FormattableIndicator & { baselineYear: number | null; baselineNumber: number | null; baselineLevel: string | null },
  locale: Locale = DEFAULT_LOCALE,
): string | null {
  if (indicator.baselineYear === null || (indicator.baselineNumber === null && indicator.baselineLevel === null)) return null;
  const value = formatIndicatorValue(
    { number: indicator.baselineNumber, levelCode: indicator.baselineLevel, text: null },
    indicator,
    locale,
  );
  return `${value} (${indicator.baselineYear})`;
}

export const VALUE_STATUS_LABELS: Record<ValueStatus, string> = {
  DRAFT: "Draft",
  SUBMITTED: "Submitted",
  RETURNED: "Returned for revision",
  APPROVED: "Approved",
};

export const VERSION_STATUS_LABELS = {
  DRAFT: "Draft",
  IN_CONSULTATION: "In consultation",
  VALIDATED: "Validated",
  APPROVED: "Approved",
  SUPERSEDED: "Superseded",
} as const;

export function formatDate(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, "date").format(date);
}

/** A moment in UTC, in the interface language's usage (English by default: exports and e-mails). */
export function formatDateTime(date: Date, locale: Locale = DEFAULT_LOCALE): string {
  return dateFormat(locale, "dateTime").format(date);
}

const DATE_OPTIONS = {
  date: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC", timeZoneName: "short" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

// Built once per language and kind, like the number formats: the dashboard formats a date per deadline (decision 056).
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: Locale, kind: keyof typeof DATE_OPTIONS): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(FORMAT_LOCALES[locale], DATE_OPTIONS[kind]);
    dateFormats.set(key, format);
  }
  return format;
}
