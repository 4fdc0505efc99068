import { localizedText } from "@/lib/i18n/localized-name";
import type { Locale } from "@/lib/i18n/locales";
import type { ValueType } from "@/lib/generated/prisma/enums";

type Translatable = {
  valueType: ValueType;
  unit: string | null;
  unitTranslations?: unknown;
  decimals: number | null;
  levels: readonly { code: string; label: string; labelTranslations?: unknown }[];
};

export type ValueFormat = {
  valueType: ValueType;
  unit: string | null;
  decimals: number | null;
  levels: { code: string; label: string }[];
};

/**
 * What formatIndicatorValue needs of an indicator, with its unit and level labels in the reader's
 * language (decision 042; a missing translation keeps the matrix's own words), so that a page
 * shows "1.250 persoane" and "Parțial" to a Romanian reader, not the English unit and level.
 */
export function localizeValueFormat(indicator: Translatable, locale: Locale): ValueFormat {
  return {
    valueType: indicator.valueType,
    unit: indicator.unit === null ? null : localizedText(indicator.unit, indicator.unitTranslations, locale).text,
    decimals: indicator.decimals,
    levels: indicator.levels.map((level) => ({
      code: level.code,
      label: localizedText(level.label, level.labelTranslations, locale).text,
    })),
  };
}
