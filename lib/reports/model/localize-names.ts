import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { FrameworkData } from "@/lib/progress/load-framework-data";

/** Names in other languages of areas and indicators, by the row's id (language code -> name). */
export type NameTranslationsById = ReadonlyMap<string, Readonly<Record<string, string>>>;

/** Marks a name shown in the matrix's main language because it has no translation in the report's. */
export const FALLBACK_MARK = "†";

/**
 * The framework's data with area and indicator names in the report's language: the matrix's
 * translation where there is one, else the main name marked with † (the report says what the
 * mark means). The matrix records no main language; the built-in frameworks and the demo are
 * written in English, so an English report marks nothing. Pure; the scores' area names follow.
 */
export function localizeNames(
  data: FrameworkData,
  translations: NameTranslationsById,
  locale: Locale,
): { data: FrameworkData; hasFallback: boolean } {
  if (translations.size === 0 && locale === DEFAULT_LOCALE) return { data, hasFallback: false };
  let hasFallback = false;
  const nameOf = (id: string, name: string) => {
    const translated = translations.get(id)?.[locale];
    if (translated) return translated;
    if (locale === DEFAULT_LOCALE) return name;
    hasFallback = true;
    return `${name} ${FALLBACK_MARK}`;
  };
  const { framework } = data.progress;
  const areas = framework.areas.map((area) => ({
    ...area,
    name: nameOf(area.id, area.name),
    indicators: area.indicators.map((indicator) => ({ ...indicator, name: nameOf(indicator.id, indicator.name) })),
  }));
  const areaById = new Map(areas.map((area) => [area.id, area]));
  const indicatorById = new Map(areas.flatMap((area) => area.indicators.map((indicator) => [indicator.id, indicator] as const)));
  const areaNameByCode = new Map(areas.map((area) => [area.code, area.name]));
  return {
    hasFallback,
    data: {
      ...data,
      progress: {
        ...data.progress,
        framework: { ...framework, areas },
        scores: data.progress.scores.map((score) => ({ ...score, areaName: areaNameByCode.get(score.areaCode) ?? score.areaName })),
      },
      topLevelAreas: data.topLevelAreas.map((area) => areaById.get(area.id) ?? area),
      values: data.values.map((value) => ({
        ...value,
        indicator: indicatorById.get(value.indicator.id) ?? value.indicator,
        area: areaById.get(value.area.id) ?? value.area,
      })),
    },
  };
}
