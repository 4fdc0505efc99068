import type { StructureArea, StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import { localizedText } from "@/lib/i18n/localized-name";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { formatIndicatorValue } from "@/lib/indicators/format-value";
import type { FrameworkData, FrameworkDataValue } from "@/lib/progress/load-framework-data";

/** Marks a text shown in the matrix's main language because it has no translation in the report's. */
export const FALLBACK_MARK = "†";

// "%" or "‰" reads the same in every language: a text without letters is never marked untranslated.
const HAS_LETTER = /\p{L}/u;

/**
 * Reads matrix texts in one language with decision 042's reader, and remembers whether any fell
 * back to the main text. `mark` follows such a text (the report's †, explained on its cover);
 * null leaves it unmarked, as in data files, where a mark would spoil the column for filtering.
 */
export function createMatrixTextReader(locale: Locale, mark: string | null) {
  let hasFallback = false;
  const read = (main: string, translations: unknown): string => {
    if (locale === DEFAULT_LOCALE || !HAS_LETTER.test(main)) return main;
    const shown = localizedText(main, translations, locale);
    if (!shown.isFallback) return shown.text;
    hasFallback = true;
    return mark === null ? shown.text : `${shown.text} ${mark}`;
  };
  const readOptional = (main: string | null, translations: unknown) => (main === null ? null : read(main, translations));
  return {
    read,
    indicator: (indicator: StructureIndicator): StructureIndicator => ({
      ...indicator,
      name: read(indicator.name, indicator.nameTranslations),
      definition: readOptional(indicator.definition, indicator.definitionTranslations),
      unit: readOptional(indicator.unit, indicator.unitTranslations),
      levels: indicator.levels.map((level) => ({ ...level, label: read(level.label, level.labelTranslations) })),
    }),
    get hasFallback() {
      return hasFallback;
    },
  };
}

type DataWithValues<V extends FrameworkDataValue> = Omit<FrameworkData, "values"> & { values: V[] };

/**
 * The framework's data with its matrix texts in the chosen language (decisions 036, 042): the
 * framework's name, area names, and each indicator's name, definition, unit and level labels,
 * so that values and targets read "1.250 persoane" or "Parțial prezent". Each text without a
 * translation keeps the main text, followed by `mark` when one is given. Codes do not change.
 * English returns the data as it is. Pure; scores' area names and the values follow.
 */
export function localizeFrameworkData<V extends FrameworkDataValue, D extends DataWithValues<V>>(
  data: D,
  locale: Locale,
  mark: string | null,
): { data: D; hasFallback: boolean } {
  if (locale === DEFAULT_LOCALE) return { data, hasFallback: false };
  const reader = createMatrixTextReader(locale, mark);
  const { framework } = data.progress;
  const areas = framework.areas.map((area): StructureArea => ({
    ...area,
    name: reader.read(area.name, area.nameTranslations),
    indicators: area.indicators.map(reader.indicator),
  }));
  const areaById = new Map(areas.map((area) => [area.id, area]));
  const indicatorById = new Map(areas.flatMap((area) => area.indicators.map((indicator) => [indicator.id, indicator] as const)));
  const areaNameByCode = new Map(areas.map((area) => [area.code, area.name]));
  const localized: D = {
    ...data,
    progress: {
      ...data.progress,
      framework: {
        ...framework,
        name: reader.read(framework.name, framework.nameTranslations),
        areas,
      },
      scores: data.progress.scores.map((score) => ({ ...score, areaName: areaNameByCode.get(score.areaCode) ?? score.areaName })),
      indicators: data.progress.indicators.map((row) => ({ ...row, indicator: indicatorById.get(row.indicator.id) ?? row.indicator })),
    },
    topLevelAreas: data.topLevelAreas.map((area) => areaById.get(area.id) ?? area),
    values: data.values.map((value) => {
      const indicator = indicatorById.get(value.indicator.id) ?? value.indicator;
      // The loader wrote `display` in English; levels and units now read in the chosen language.
      return {
        ...value,
        indicator,
        area: areaById.get(value.area.id) ?? value.area,
        display: formatIndicatorValue(value, indicator, locale),
      };
    }),
  };
  return { data: localized, hasFallback: reader.hasFallback };
}
