import type { Locale } from "@/lib/i18n/locales";
import { formatIndicatorValue } from "./format-value";

type TargetLike = { year: number; number: number | null; levelCode: string | null };
type Formattable = Parameters<typeof formatIndicatorValue>[1];

/**
 * A target as its parts, the value in the reader's language and the year, so that a page
 * words "320 associations by 2025" in that language (formatTarget words it in English).
 */
export function describeTarget(
  target: TargetLike | null,
  indicator: Formattable,
  locale: Locale,
): { display: string; year: number } | null {
  if (!target) return null;
  return {
    display: formatIndicatorValue({ number: target.number, levelCode: target.levelCode, text: null }, indicator, locale),
    year: target.year,
  };
}
