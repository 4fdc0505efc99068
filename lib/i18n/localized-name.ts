import { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "./locales";

/** What a page shows of an area's or indicator's name in one language (decision 041). */
export type LocalizedName = {
  text: string;
  /** The language of `text` when known: the locale of a translation; null for the main name. */
  lang: string | null;
  /** The main name stands in for a missing translation, and the page marks it. */
  isFallback: boolean;
};

// Stored JSON comes from imports and older rows: anything that is not a string per language is ignored.
const translationsSchema = z.record(z.string(), z.unknown());

/** The translations of a `nameTranslations` value that are non-empty strings, by language. */
export function readNameTranslations(value: unknown): Record<string, string> {
  const parsed = translationsSchema.safeParse(value);
  if (!parsed.success) return {};
  const result: Record<string, string> = {};
  for (const [language, text] of Object.entries(parsed.data)) {
    if (typeof text === "string" && text.trim() !== "") result[language] = text;
  }
  return result;
}

/**
 * The name in the reader's language. A framework has no language field, so its main text
 * (`name`) is taken to be in the interface's default language, English: English readers get
 * it unmarked (English pages stay as they were), readers of another language get it marked as
 * a fallback, with no `lang` since the main text's language is not recorded.
 */
export function localizedName(entity: { name: string; nameTranslations?: unknown }, locale: Locale): LocalizedName {
  const translation = readNameTranslations(entity.nameTranslations)[locale];
  if (translation !== undefined) return { text: translation, lang: locale, isFallback: false };
  return { text: entity.name, lang: null, isFallback: locale !== DEFAULT_LOCALE };
}
