import { DEFAULT_LOCALE, FORMAT_LOCALES, type Locale } from "@/lib/i18n/locales";

// One decimal at most, in the reader's language ("59.1", "59,1"); one formatter a language, as pages format many.
const formats = new Map<Locale, Intl.NumberFormat>();

function oneDecimal(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(FORMAT_LOCALES[locale], { maximumFractionDigits: 1 });
    formats.set(locale, format);
  }
  return format.format(value);
}

/** A change in points with its sign ("+3.5", "−1", "±0"), or `empty` when there is none. English unless a locale is given. */
export function formatPoints(value: number | null, empty = "—", locale: Locale = DEFAULT_LOCALE): string {
  if (value === null) return empty;
  const sign = value > 0 ? "+" : value < 0 ? "−" : "±";
  return `${sign}${oneDecimal(Math.abs(value), locale)}`;
}

/** A score of 0-100 ("59.1"), or `empty` when there is none. */
export function formatScore(value: number | null, empty = "—", locale: Locale = DEFAULT_LOCALE): string {
  return value === null ? empty : oneDecimal(value, locale);
}

/** A percentage of 0-100 with its sign: "59.1 %". */
export function formatPercent(value: number, locale: Locale = DEFAULT_LOCALE): string {
  return `${oneDecimal(value, locale)} %`;
}

/** A share of 0-1 as a percentage: 0.95 -> "95 %". */
export function formatShare(share: number, locale: Locale = DEFAULT_LOCALE): string {
  return formatPercent(share * 100, locale);
}
