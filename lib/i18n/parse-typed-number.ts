import type { Locale } from "./locales";

/**
 * How a person typed a number, read by the rules of their language (issue 13, item 2):
 * English writes 1,234.5; Romanian, Russian, French and Spanish write 1 234,5 or 1.234,5.
 * A separator that could be either a thousands mark or a decimal mark ("1.234" in Romanian)
 * is refused with both readings rather than guessed, and a number written the other
 * language's way ("1,234.5" in Romanian) is refused with an example of the expected form.
 *
 * Without a language (API bodies, files) both conventions are possible, so only what cannot
 * be misread is accepted: one decimal mark, either "." or ",", and spaces between thousands.
 */
export type TypedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "ambiguous"; asGrouped: number; asDecimal: number }
  | { ok: false; reason: "other-convention" };

type Mark = "." | ",";

const DECIMAL_MARK: Record<Locale, Mark> = { en: ".", ro: ",", ru: ",", fr: ",", es: "," };

// Spaces people and Intl put between thousands: space, no-break space, narrow no-break space, thin space.
const SPACES = /[ \u00A0\u202F\u2009]/g;
const ALLOWED = /^[-+]?[\d., \u00A0\u202F\u2009]+$/;

export function decimalMarkOf(locale: Locale): Mark {
  return DECIMAL_MARK[locale];
}

export function parseTypedNumber(raw: string, locale?: Locale): TypedNumber {
  const text = raw.trim().replace(/\u2212/g, "-");
  if (!ALLOWED.test(text)) return { ok: false, reason: "invalid" };
  const sign = text.startsWith("-") ? "-" : text.startsWith("+") ? "+" : "";
  const body = text.slice(sign.length);
  const marks = [...body].filter((character): character is Mark => character === "." || character === ",");
  const kinds = new Set(marks);
  const decimal = locale ? DECIMAL_MARK[locale] : null;

  const first = marks[0];
  const last = marks[marks.length - 1];
  if (!first || !last) return readNumber(sign, body, null, null);

  if (kinds.size === 2) {
    // The last mark is the decimal one; the other groups thousands.
    if (!decimal) return { ok: false, reason: "invalid" };
    if (last !== decimal) return { ok: false, reason: "other-convention" };
    return readNumber(sign, body, otherMark(decimal), decimal);
  }
  // One kind of mark from here on.
  const mark = first;
  if (marks.length > 1) {
    // Several of one mark can only be thousands marks.
    if (!decimal) return { ok: false, reason: "invalid" };
    if (mark === decimal) return { ok: false, reason: "other-convention" };
    return readNumber(sign, body, mark, null);
  }
  if (mark !== decimal) {
    const [integerPart = "", fraction = ""] = body.split(mark);
    if (fraction.length === 3 && isGroupedInteger(integerPart)) {
      const asGrouped = readNumber(sign, body, mark, null);
      const asDecimal = readNumber(sign, body, null, mark);
      if (asGrouped.ok && asDecimal.ok) {
        return { ok: false, reason: "ambiguous", asGrouped: asGrouped.value, asDecimal: asDecimal.value };
      }
    }
  }
  // A single mark that cannot group thousands ("12,5", "1.2500") is the decimal mark.
  return readNumber(sign, body, null, mark);
}

function otherMark(mark: Mark): Mark {
  return mark === "." ? "," : ".";
}

/** "1", "12", "999", "1 234": an integer that a thousands mark could follow. */
function isGroupedInteger(text: string): boolean {
  return /^[1-9]\d{0,2}([ \u00A0\u202F\u2009]\d{3})*$/.test(text);
}

function readNumber(sign: string, body: string, group: Mark | null, decimal: Mark | null): TypedNumber {
  const [integerPart = "", fraction, extra] = decimal ? body.split(decimal) : [body];
  if (extra !== undefined) return { ok: false, reason: "invalid" };
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return { ok: false, reason: "invalid" };
  const groups = integerPart.split(group ? new RegExp(`[${group} \u00A0\u202F\u2009]`) : SPACES);
  if (!validGroups(groups, fraction !== undefined)) return { ok: false, reason: "invalid" };
  const digits = groups.join("");
  const value = Number(`${sign}${digits || "0"}${fraction !== undefined ? `.${fraction}` : ""}`);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: "invalid" };
}

/** One group of any length, or a first group of 1-3 digits followed by groups of exactly 3. */
function validGroups(groups: string[], hasFraction: boolean): boolean {
  const [head = "", ...rest] = groups;
  if (rest.length === 0) return /^\d*$/.test(head) && (head !== "" || hasFraction);
  return /^\d{1,3}$/.test(head) && rest.every((group) => /^\d{3}$/.test(group));
}
