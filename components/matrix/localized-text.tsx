import { useLocale, useTranslations } from "next-intl";
import { localizedName } from "@/lib/i18n/localized-name";
import { LOCALE_NAMES, toLocale } from "@/lib/i18n/locales";

/**
 * An area's or indicator's name in the reader's language (decision 041). A missing
 * translation shows the main name with a discreet marker, so that a reader knows the page did
 * not forget to translate it; screen readers hear why. Not async, so client components may render it.
 */
export function LocalizedText({ entity }: { entity: { name: string; nameTranslations?: unknown } }) {
  const locale = toLocale(useLocale());
  const t = useTranslations("LocalizedText");
  const name = localizedName(entity, locale);
  // A translation is in the page's own language (the html element's lang already says so).
  if (!name.isFallback) return <>{name.text}</>;
  const explanation = t("notTranslated", { language: LOCALE_NAMES[locale] });
  return (
    <span className="localized-fallback">
      <span lang={name.lang ?? undefined}>{name.text}</span>
      <sup className="localized-fallback__marker muted" title={explanation} aria-hidden="true">
        {t("marker")}
      </sup>
      <span className="visually-hidden"> ({explanation})</span>
    </span>
  );
}
