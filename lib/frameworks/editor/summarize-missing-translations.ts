import { readTranslations } from "@/lib/i18n/localized-name";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import type { EditorArea } from "./get-draft-editor";

/** How many codes the editor names per language; the rest is a count. */
export const LISTED_CODES = 5;

export type MissingTranslations = {
  locale: Locale;
  areas: number;
  indicators: number;
  /** The first codes without a name in this language, areas and indicators in matrix order. */
  firstCodes: string[];
};

/**
 * For each interface language other than the main text's (decision 041), the area and indicator
 * names of a version that have no translation: what translators still owe. Pure, from the
 * editor's tree, so it costs the editor page no query.
 */
export function summarizeMissingTranslations(areas: readonly EditorArea[]): MissingTranslations[] {
  const targets = LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);
  const summary = targets.map((locale): MissingTranslations => ({ locale, areas: 0, indicators: 0, firstCodes: [] }));
  const note = (entry: MissingTranslations, code: string) => {
    if (entry.firstCodes.length < LISTED_CODES) entry.firstCodes.push(code);
  };
  const visit = (area: EditorArea) => {
    const areaNames = readTranslations(area.nameTranslations);
    for (const entry of summary) {
      if (areaNames[entry.locale] !== undefined) continue;
      entry.areas += 1;
      note(entry, area.code);
    }
    for (const indicator of area.indicators) {
      const names = readTranslations(indicator.definition.nameTranslations);
      for (const entry of summary) {
        if (names[entry.locale] !== undefined) continue;
        entry.indicators += 1;
        note(entry, indicator.definition.code);
      }
    }
    area.areas.forEach(visit);
  };
  areas.forEach(visit);
  return summary;
}
