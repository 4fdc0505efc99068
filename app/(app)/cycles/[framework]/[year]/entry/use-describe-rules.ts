import { useLocale, useTranslations } from "next-intl";
import { formatNumber } from "@/lib/indicators/format-value";
import { toLocale } from "@/lib/i18n/locales";
import type { EntryIndicator } from "@/lib/monitoring/get-entry-form";

/** What an indicator accepts, in words in the person's language, under its name: "Number of persons, at least 0". */
export function useDescribeRules(): (indicator: EntryIndicator) => string {
  const t = useTranslations("EntryRules");
  const locale = toLocale(useLocale());
  const number = (value: number) => formatNumber(value, null, locale);
  return (indicator) => {
    switch (indicator.valueType) {
      case "PERCENTAGE":
        return t("percentage", { from: number(indicator.lowerLimit ?? 0), to: number(indicator.upperLimit ?? 100) });
      case "NUMBER": {
        const { lowerLimit: lower, upperLimit: upper, unit } = indicator;
        const kind = unit ? t("numberOf", { unit }) : t("number");
        if (lower !== null && upper !== null) return t("between", { kind, from: number(lower), to: number(upper) });
        if (lower !== null) return t("atLeast", { kind, min: number(lower) });
        if (upper !== null) return t("atMost", { kind, max: number(upper) });
        return kind;
      }
      case "YES_NO":
        return t("yesNo");
      case "LEVELS":
        return t("oneOf", { levels: indicator.levels.map((level) => level.label).join(", ") });
      case "TEXT":
        return t("text");
    }
  };
}
