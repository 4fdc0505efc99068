import { keyedMessage } from "@/lib/problems/problem";
import { libText, type LibText } from "@/lib/i18n/lib-text";
/** Which year a fiscal or school year ("2014/2015", "2014-15") is stored under. */
export const PERIOD_RULES = ["last", "first"] as const;
export type PeriodRule = (typeof PERIOD_RULES)[number];
export const DEFAULT_PERIOD_RULE: PeriodRule = "last";

/** Why a Year cell is refused, as counted in the report. */
export type PeriodRefusal = "quarter" | "multi-year range" | "not a year";

export type ParsedPeriod =
  | { ok: true; year: number; /** The cell as written when it was not a plain year. */ label?: string }
  | { ok: false; reason: PeriodRefusal; message: string };

const YEAR = /^\d{4}$/;
/** 2014/2015, 2014-2015, 2014-15, 2014/15, 2014–15 (en dash). */
const SPAN = /^(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$/;
const QUARTER = /^(\d{4}\s*[-/ ]?\s*Q[1-4]|Q[1-4]\s*[-/ ]?\s*\d{4})$/i;

/**
 * Reads an Open SDG Year cell. The tracker stores yearly values, so a period of two
 * consecutive years (a fiscal or school year) is stored under one of them by the rule the
 * person chose, keeping what was written as its label; a quarter or a range of more years has
 * no yearly value and is refused with its reason.
 */
export function parseOpenSdgPeriod(cell: string, rule: PeriodRule): ParsedPeriod {
  if (YEAR.test(cell)) return { ok: true, year: Number(cell) };
  if (QUARTER.test(cell)) return refusal("quarter", libText("importProblems.periodQuarter", { cell }));
  const span = SPAN.exec(cell);
  if (span) {
    const first = Number(span[1]);
    // "2014-15", "1999/00": two digits name the next year only ("2015-03" is a month, not a period).
    const last = span[2]!.length === 4 ? Number(span[2]) : (first + 1) % 100 === Number(span[2]) ? first + 1 : Number.NaN;
    if (last === first + 1) return { ok: true, year: rule === "first" ? first : last, label: cell };
    if (last > first + 1) return refusal("multi-year range", libText("importProblems.periodSpansYears", { cell, years: last - first + 1 }));
  }
  return refusal("not a year", libText("importProblems.periodNotAYear", { cell }));
}

/** A refused period whose message is worded in the reader's language (its key travels with it: lib/problems/problem.ts). */
export function refusal(reason: PeriodRefusal, text: LibText): ParsedPeriod {
  return keyedMessage<Extract<ParsedPeriod, { ok: false }>>({ ok: false, reason }, text);
}
