import type { AreaDefinition, FrameworkDefinition, IndicatorDefinition, NameTranslations } from "@/lib/frameworks/schemas";
import type { BuiltinFrameworkTexts, FrEs } from "./fr-es-texts";

/** A translation the definition already carries wins over the built-in one. */
function merged(texts: FrEs | undefined, existing: NameTranslations | undefined): NameTranslations | undefined {
  if (!texts) return existing;
  return { fr: texts.fr, es: texts.es, ...existing };
}

// Codes are user-like strings ("constructor" is a valid one): read only the record's own keys.
function ownEntry<T>(record: Readonly<Record<string, T>>, code: string): T | undefined {
  return Object.hasOwn(record, code) ? record[code] : undefined;
}

/**
 * The definition with the French and Spanish names of its areas and indicators in
 * `nameTranslations`, the column that exists today; installation and templates then carry them
 * like any imported translation. The other texts (descriptions, definitions, level labels) wait
 * for their columns: see find-builtin-translations.ts.
 */
export function withBuiltinNameTranslations(definition: FrameworkDefinition, texts: BuiltinFrameworkTexts): FrameworkDefinition {
  const indicator = (entry: IndicatorDefinition): IndicatorDefinition => {
    const nameTranslations = merged(ownEntry(texts.indicators, entry.code)?.name, entry.nameTranslations);
    return nameTranslations ? { ...entry, nameTranslations } : entry;
  };
  const area = (entry: AreaDefinition): AreaDefinition => {
    const nameTranslations = merged(ownEntry(texts.areas, entry.code)?.name, entry.nameTranslations);
    return {
      ...entry,
      ...(nameTranslations ? { nameTranslations } : {}),
      ...(entry.areas ? { areas: entry.areas.map(area) } : {}),
      ...(entry.indicators ? { indicators: entry.indicators.map(indicator) } : {}),
    };
  };
  return { ...definition, areas: definition.areas.map(area) };
}
