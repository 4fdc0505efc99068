import type { ValueType } from "@/lib/generated/prisma/enums";
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
 * Numbers accept a decimal comma, because ministries type "12,5" as often as "12.5".
 */
export function parseIndicatorValue(raw: unknown, rules: IndicatorValueRules): ParseValueResult {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
    return { ok: false, message: "Enter a value" };
  }

  if (rules.valueType === "NUMBER" || rules.valueType === "PERCENTAGE") {
    if (isAmbiguousSeparator(raw)) {
      return {
        ok: false,
        message: `“${String(raw).trim()}” could mean a thousand-separated or a decimal number: type it without a thousands separator, e.g. 1250 or 1.25`,
      };
    }
    const number = toNumber(raw);
    if (number === null) {
      return {
        ok: false,
        message: rules.valueType === "PERCENTAGE" ? "Enter a percentage as a number, e.g. 42.5" : "Enter a number, e.g. 1250 or 12.5",
      };
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

/**
 * "1,250" is 1250 to an English reader and 1.25 to a Romanian one; "1.250" the other way
 * round. A single separator followed by exactly three digits is refused rather than guessed.
 */
function isAmbiguousSeparator(raw: unknown): boolean {
  return typeof raw === "string" && /^[-+]?[1-9]\d{0,2}[.,]\d{3}$/.test(raw.trim().replace(/\s/g, ""));
}

function toNumber(raw: unknown): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== "string") return null;
  const trimmed = raw.trim().replace(/\s/g, "");
  // One decimal separator, either "." or ","; thousands separators are not accepted.
  if (!/^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/.test(trimmed)) return null;
  const number = Number(trimmed.replace(",", "."));
  return Number.isFinite(number) ? number : null;
}
