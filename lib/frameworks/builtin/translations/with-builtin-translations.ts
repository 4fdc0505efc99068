import type {
  AreaDefinition,
  DimensionDefinition,
  FrameworkDefinition,
  IndicatorDefinition,
  TextTranslations,
} from "@/lib/frameworks/schemas";
import {
  findBuiltinDimensionMemberTranslations,
  findBuiltinDimensionTranslations,
  findBuiltinLevelLabelTranslations,
} from "./find-builtin-translations";
import type { BuiltinFrameworkTexts, BuiltinText } from "./builtin-texts";

/** A translation the definition already carries wins over the built-in one. */
function merged(texts: BuiltinText | undefined, existing: TextTranslations | undefined): TextTranslations | undefined {
  if (!texts) return existing;
  return { ...texts, ...existing };
}

/** `{ [key]: translations }` when there are any, so that definitions without them stay as they were. */
function field<K extends string>(key: K, translations: TextTranslations | undefined): Partial<Record<K, TextTranslations>> {
  return translations ? ({ [key]: translations } as Record<K, TextTranslations>) : {};
}

// Codes are user-like strings ("constructor" is a valid one): read only the record's own keys.
function ownEntry<T>(record: Readonly<Record<string, T>>, code: string): T | undefined {
  return Object.hasOwn(record, code) ? record[code] : undefined;
}

/**
 * The definition with the built-in translations of the framework, its areas, indicators and
 * answer levels in their translation fields (decision 042); installation, new versions and
 * templates then carry them like any imported translation.
 */
export function withBuiltinTranslations(definition: FrameworkDefinition, texts: BuiltinFrameworkTexts): FrameworkDefinition {
  const indicator = (entry: IndicatorDefinition): IndicatorDefinition => {
    const own = ownEntry(texts.indicators, entry.code);
    return {
      ...entry,
      ...field("nameTranslations", merged(own?.name, entry.nameTranslations)),
      ...field("definitionTranslations", merged(own?.definition, entry.definitionTranslations)),
      ...field("unitTranslations", merged(own?.unit, entry.unitTranslations)),
      ...(entry.levels
        ? {
            levels: entry.levels.map((level) => ({
              ...level,
              ...field("labelTranslations", merged(findBuiltinLevelLabelTranslations(level), level.labelTranslations)),
            })),
          }
        : {}),
    };
  };
  const area = (entry: AreaDefinition): AreaDefinition => {
    const own = ownEntry(texts.areas, entry.code);
    return {
      ...entry,
      ...field("nameTranslations", merged(own?.name, entry.nameTranslations)),
      ...field("descriptionTranslations", merged(own?.description, entry.descriptionTranslations)),
      ...(entry.areas ? { areas: entry.areas.map(area) } : {}),
      ...(entry.indicators ? { indicators: entry.indicators.map(indicator) } : {}),
    };
  };
  return {
    ...definition,
    ...field("nameTranslations", merged(texts.name, definition.nameTranslations)),
    ...field("descriptionTranslations", merged(texts.description, definition.descriptionTranslations)),
    areas: definition.areas.map(area),
  };
}

/** The standard dimensions with the built-in names of each dimension and member in every language written. */
export function withBuiltinDimensionTranslations(dimensions: DimensionDefinition[]): DimensionDefinition[] {
  return dimensions.map((dimension) => ({
    ...dimension,
    ...field("nameTranslations", merged(findBuiltinDimensionTranslations(dimension.code), dimension.nameTranslations)),
    members: dimension.members.map((member) => ({
      ...member,
      ...field("nameTranslations", merged(findBuiltinDimensionMemberTranslations(dimension.code, member.code), member.nameTranslations)),
    })),
  }));
}
