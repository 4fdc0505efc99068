import { useLocale, useTranslations } from "next-intl";
import { localizedText } from "@/lib/i18n/localized-name";
import { LOCALE_NAMES, toLocale } from "@/lib/i18n/locales";

/** A name (`entity`), or any other matrix text with its translations (`text` and `translations`). */
type Props = { entity: { name: string; nameTranslations?: unknown } } | { text: string; translations?: unknown };

/**
 * A matrix text in the reader's language (decisions 041, 042). A missing translation shows the
 * main text with a discreet marker, so that a reader knows the page did not forget to
 * translate it; screen readers hear why. Not async, so client components may render it.
 */
export function LocalizedText(props: Props) {
  const locale = toLocale(useLocale());
  const t = useTranslations("LocalizedText");
  const shown =
    "entity" in props
      ? localizedText(props.entity.name, props.entity.nameTranslations, locale)
      : localizedText(props.text, props.translations, locale);
  // A translation is in the page's own language (the html element's lang already says so).
  if (!shown.isFallback) return <>{shown.text}</>;
  const explanation = t("notTranslated", { language: LOCALE_NAMES[locale] });
  return (
    <span className="localized-fallback">
      <span lang={shown.lang ?? undefined}>{shown.text}</span>
      <sup className="localized-fallback__marker muted" title={explanation} aria-hidden="true">
        {t("marker")}
      </sup>
      <span className="visually-hidden"> ({explanation})</span>
    </span>
  );
}
