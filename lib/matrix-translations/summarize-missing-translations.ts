import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { TEXT_FIELDS, type TextField, type TextRow } from "./translation-rows";

/** How many texts the editor names per language; the rest is a count. */
export const LISTED_TEXTS = 5;

export type MissingTranslations = {
  locale: Locale;
  /** Texts without a translation in this language, by field (every field, zero included). */
  byField: Record<TextField, number>;
  missing: number;
  /** The first texts without a translation, in matrix order. */
  first: Pick<TextRow, "kind" | "code" | "field">[];
};

/**
 * For each interface language other than the main text's (decisions 041, 042), the texts of a
 * version that have no translation, per field: what translators still owe. Pure, from the
 * texts the editor already loaded, so it costs the editor page no query.
 */
export function summarizeMissingTranslations(texts: readonly TextRow[]): MissingTranslations[] {
  const fields = Object.keys(TEXT_FIELDS) as TextField[];
  return LOCALES.filter((locale) => locale !== DEFAULT_LOCALE).map((locale) => {
    const entry: MissingTranslations = {
      locale,
      byField: Object.fromEntries(fields.map((field) => [field, 0])) as Record<TextField, number>,
      missing: 0,
      first: [],
    };
    for (const text of texts) {
      if (text.translations[locale] !== undefined) continue;
      entry.byField[text.field] += 1;
      entry.missing += 1;
      if (entry.first.length < LISTED_TEXTS) entry.first.push({ kind: text.kind, code: text.code, field: text.field });
    }
    return entry;
  });
}
