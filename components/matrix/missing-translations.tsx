import { useTranslations } from "next-intl";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import type { MissingTranslations } from "@/lib/frameworks/editor/summarize-missing-translations";

/** The editor's "Translations" summary: per language, which names pages will show in the original. */
export function MissingTranslationsSection({ summary }: { summary: MissingTranslations[] }) {
  const t = useTranslations("DraftTranslations");
  return (
    <section className="section" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t("title")}</h2>
      <p className="muted">{t("help")}</p>
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="translations-heading">
        <table className="data-table">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("language")}</th>
              <th scope="col">{t("areas")}</th>
              <th scope="col">{t("indicators")}</th>
              <th scope="col">{t("codes")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((entry) => {
              const missing = entry.areas + entry.indicators;
              return (
                <tr key={entry.locale}>
                  <th scope="row" lang={entry.locale}>
                    {LOCALE_NAMES[entry.locale]}
                  </th>
                  <td>{entry.areas}</td>
                  <td>{entry.indicators}</td>
                  <td>
                    {missing === 0 ? (
                      <span className="muted">{t("complete")}</span>
                    ) : (
                      <>
                        <span className="code">{entry.firstCodes.join(", ")}</span>
                        {missing > entry.firstCodes.length ? ` ${t("more", { count: missing - entry.firstCodes.length })}` : null}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
