"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { changeLanguageAction } from "@/app/actions/change-language";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * The language menu of every page's header. A plain form with a button, so it works without
 * JavaScript and never changes the page while someone is still choosing with the keyboard.
 */
export function LanguageSwitcher() {
  const t = useTranslations("LanguageSwitcher");
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return (
    <form action={changeLanguageAction} className="language-switcher">
      <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />
      <label htmlFor="language-switcher-locale">{t("label")}</label>
      <select id="language-switcher-locale" name="locale" defaultValue={locale}>
        {LOCALES.map((code) => (
          <option key={code} value={code} lang={code}>
            {LOCALE_NAMES[code]}
          </option>
        ))}
      </select>
      <button type="submit" className="button button--header">
        {t("submit")}
      </button>
    </form>
  );
}
