import { localizedName, localizedText } from "@/lib/i18n/localized-name";
import type { Locale } from "@/lib/i18n/locales";
import type { CycleIndicator } from "./load-cycle-indicators";

/**
 * An indicator's unit, level labels and member names as the reader of `locale` sees them, the
 * main text where untranslated (decision 042), so that values, targets and breakdowns formatted
 * from it read "200 persoane" and "Femei". Unmarked: these texts sit inside formatted strings.
 * The name stays as stored, with its translations, for `<LocalizedText>` to mark.
 */
export function cycleIndicatorInLanguage<T extends CycleIndicator>(indicator: T, locale: Locale): T {
  return {
    ...indicator,
    unit: indicator.unit === null ? null : localizedText(indicator.unit, indicator.unitTranslations, locale).text,
    levels: indicator.levels.map((level) => ({ ...level, label: localizedText(level.label, level.labelTranslations, locale).text })),
    dimensions: dimensionsInLanguage(indicator, locale),
  };
}

/** Only the breakdown member names in the reader's language: enough to name an indicator's rows. */
export function dimensionsInLanguage<T extends CycleIndicator>(indicator: T, locale: Locale): T["dimensions"] {
  return indicator.dimensions.map((dimension) => ({
    ...dimension,
    members: dimension.members.map((member) => ({ ...member, name: localizedName(member, locale).text })),
  }));
}
