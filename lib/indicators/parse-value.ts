import type { ValueType } from "@/lib/generated/prisma/enums";
import { libText, type LibText } from "@/lib/i18n/lib-text";
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

/** A refusal is keyed (decision 035): worded in the reader's language at the boundary, `message.english` elsewhere. */
export type ParseValueResult = { ok: true; value: StoredValue } | { ok: false; message: LibText };

export const MAX_TEXT_LENGTH = 10_000;

/** The limit is a number the reader's language formats (without grouping, as it was written); the unit is the indicator's own. */
function limitValues(limit: number, rules: IndicatorValueRules): { limit: number; unit: string } {
  return { limit, unit: rules.valueType === "PERCENTAGE" ? " %" : rules.unit ? ` ${rules.unit}` : "" };
}

function refused(message: LibText): ParseValueResult {
  return { ok: false, message };
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
    return refused(libText("validation.valueMissing"));
  }

  if (rules.valueType === "NUMBER" || rules.valueType === "PERCENTAGE") {
    const typed = toNumber(raw, locale);
    if (!typed.ok) return refused(numberRefusal(raw, typed, rules, locale));
    const number = typed.value;
    if (rules.valueType === "NUMBER" && isCountUnit(rules.unit) && !Number.isInteger(number)) {
      return refused(libText("validation.valueWholeCount", { unit: rules.unit ?? "" }));
    }
    const { lower, upper } = effectiveLimits(rules);
    if (lower !== null && number < lower) {
      return refused(libText("validation.valueAtLeast", limitValues(lower, rules)));
    }
    if (upper !== null && number > upper) {
      return refused(libText("validation.valueAtMost", limitValues(upper, rules)));
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
      return refused(libText("validation.chooseOneOf", { allowed }));
    }
    return { ok: true, value: { number: null, levelCode: level.code, text: null } };
  }

  const text = String(raw).trim();
  if (text.length > MAX_TEXT_LENGTH) {
    return refused(libText("validation.keepTextUnder", { max: String(MAX_TEXT_LENGTH) }));
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
): LibText {
  const written = String(raw).trim();
  if (typed.reason === "ambiguous") {
    // "1,250" is 1250 to an English reader and 1.25 to a Romanian one: refused rather than guessed.
    if (!locale) return libText("validation.numberAmbiguousAnyLanguage", { written });
    // Formatted here, in the language the person typed in: the message shows how to type the number in it.
    const plain = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 20 });
    return libText("validation.numberAmbiguous", {
      written,
      grouped: plain.format(typed.asGrouped),
      decimal: plain.format(typed.asDecimal),
    });
  }
  if (typed.reason === "other-convention" && locale) {
    return libText("validation.numberWriteAs", { example: new Intl.NumberFormat(locale).format(1234.5) });
  }
  return rules.valueType === "PERCENTAGE" ? libText("validation.percentageAsNumber") : libText("validation.numberExample");
}
