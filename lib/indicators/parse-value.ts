import type { ValueType } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { parseTypedNumber, type TypedNumber } from "@/lib/i18n/parse-typed-number";
import { isCountUnit } from "./count-units";
import { effectiveLimits, isLevelBased } from "./value-types";

/** The storage form of a value: exactly one field is set, as the value type requires. */
export type StoredValue = { number: number | null; levelCode: string | null; text: string | null };

export type IndicatorValueRules = {
  valueType: ValueType;
  unit?: string | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  levels: readonly { code: string; label: string }[];
};

export type ParseValueResult = { ok: true; value: StoredValue } | { ok: false; message: string };

export const MAX_TEXT_LENGTH = 10_000;

function formatLimit(limit: number, rules: IndicatorValueRules): string {
  return rules.valueType === "PERCENTAGE" ? `${limit} %` : `${limit}${rules.unit ? ` ${rules.unit}` : ""}`;
}

/**
 * Checks one raw input (a form field, an API body field, a spreadsheet cell) against an
 * indicator's value type and returns its storage form, or a message a person can act on.
 * Typed numbers are read by the person's language when it is known (lib/i18n/parse-typed-number.ts);
 * without one, a decimal comma is accepted as readily as a decimal point, because ministries
 * type "12,5" as often as "12.5".
 */
export function parseIndicatorValue(raw: unknown, rules: IndicatorValueRules, locale?: Locale): ParseValueResult {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
    return { ok: false, message: "Enter a value" };
  }

  if (rules.valueType === "NUMBER" || rules.valueType === "PERCENTAGE") {
    const typed = toNumber(raw, locale);
    if (!typed.ok) return { ok: false, message: numberRefusal(raw, typed, rules, locale) };
    const number = typed.value;
    if (rules.valueType === "NUMBER" && isCountUnit(rules.unit) && !Number.isInteger(number)) {
      return { ok: false, message: `Enter a whole number: a count of ${rules.unit} has no fractions` };
    }
    const { lower, upper } = effectiveLimits(rules);
    if (lower !== null && number < lower) {
      return { ok: false, message: `Enter a value of at least ${formatLimit(lower, rules)}` };
    }
    if (upper !== null && number > upper) {
      return { ok: false, message: `Enter a value of at most ${formatLimit(upper, rules)}` };
    }
    return { ok: true, value: { number, levelCode: null, text: null } };
  }

  if (isLevelBased(rules.valueType)) {
    const code = String(raw).trim();
    const level =
      rules.levels.find((candidate) => candidate.code === code) ??
      rules.levels.find((candidate) => candidate.label.toLowerCase() === code.toLowerCase());
    if (!level) {
      const allowed = rules.levels.map((candidate) => candidate.code).join(", ");
      return { ok: false, message: `Choose one of: ${allowed}` };
    }
    return { ok: true, value: { number: null, levelCode: level.code, text: null } };
  }

  const text = String(raw).trim();
  if (text.length > MAX_TEXT_LENGTH) {
    return { ok: false, message: `Keep the text under ${MAX_TEXT_LENGTH} characters` };
  }
  return { ok: true, value: { number: null, levelCode: null, text } };
}

function toNumber(raw: unknown, locale: Locale | undefined): TypedNumber {
  if (typeof raw === "number") return Number.isFinite(raw) ? { ok: true, value: raw } : { ok: false, reason: "invalid" };
  if (typeof raw !== "string") return { ok: false, reason: "invalid" };
  return parseTypedNumber(raw, locale);
}

function numberRefusal(
  raw: unknown,
  typed: Exclude<TypedNumber, { ok: true }>,
  rules: IndicatorValueRules,
  locale: Locale | undefined,
): string {
  const written = String(raw).trim();
  if (typed.reason === "ambiguous") {
    // "1,250" is 1250 to an English reader and 1.25 to a Romanian one: refused rather than guessed.
    if (!locale) {
      return `“${written}” could mean a thousand-separated or a decimal number: type it without a thousands separator, e.g. 1250 or 1.25`;
    }
    const plain = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
    return `“${written}” could mean ${plain.format(typed.asGrouped)} or ${plain.format(typed.asDecimal)}: type ${plain.format(typed.asGrouped)} for the whole number, or ${plain.format(typed.asDecimal)} for the decimal`;
  }
  if (typed.reason === "other-convention" && locale) {
    return `Write the number as ${new Intl.NumberFormat(locale).format(1234.5)} in this language`;
  }
  return rules.valueType === "PERCENTAGE" ? "Enter a percentage as a number, e.g. 42.5" : "Enter a number, e.g. 1250 or 12.5";
}
