import { libText } from "@/lib/i18n/lib-text";
import { parseOpenSdgPeriod, refusal, type ParsedPeriod, type PeriodRule } from "./parse-open-sdg-period";

/** 2015-A1: SDMX's reporting period of one year, which is the year itself. */
const ANNUAL = /^(\d{4})-A1$/;
/** Half-years, trimesters, months, weeks and days of SDMX's time formats (2015-S1, 2015-M03, 2015-03, 2015-03-31...). */
const SHORTER_THAN_A_YEAR = /^\d{4}-(S[12]|T[1-3]|M(0[1-9]|1[0-2])|W\d{2}|D\d{3}|\d{2}(-\d{2})?(T[\d:.]+Z?)?)$/;
/** A time range, start and ISO duration: 2014-07-01/P1Y is a fiscal year. */
const RANGE = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+Z?)?\/P(\d+)Y$/;

/**
 * Reads an SDMX TIME_PERIOD by the rules of the Open SDG Year cell (parse-open-sdg-period.ts):
 * a year is kept, a period of one year that starts within a year (a fiscal year written as a
 * time range) is stored under its first or last year by the person's rule with the period kept
 * as its label, quarters and longer ranges are refused with their reason, and so is anything
 * shorter than a year. Forms Open SDG files use ("2014/2015") are read as there.
 */
export function parseSdmxTimePeriod(cell: string, rule: PeriodRule): ParsedPeriod {
  const annual = ANNUAL.exec(cell);
  if (annual) return { ok: true, year: Number(annual[1]) };
  if (SHORTER_THAN_A_YEAR.test(cell)) return refusal("not a year", libText("importProblems.periodShorterThanYear", { cell }));
  const range = RANGE.exec(cell);
  if (range) {
    const [, start, month, day, , years] = range;
    const startsOnNewYear = month === "01" && day === "01";
    if (Number(years) === 1 && startsOnNewYear) return { ok: true, year: Number(start), label: cell };
    if (Number(years) === 1) return { ok: true, year: rule === "first" ? Number(start) : Number(start) + 1, label: cell };
    return refusal("multi-year range", libText("importProblems.periodSdmxSpansYears", { cell, years: years! }));
  }
  return parseOpenSdgPeriod(cell, rule);
}
