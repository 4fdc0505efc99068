import { useTranslations } from "next-intl";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import type { WrongScript } from "@/lib/matrix-translations/find-wrong-scripts";
import type { MissingTranslations } from "@/lib/matrix-translations/summarize-missing-translations";
import { TEXT_FIELDS, type TextField } from "@/lib/matrix-translations/translation-rows";

const FIELDS = Object.keys(TEXT_FIELDS) as TextField[];

/**
 * The editor's "Translations" check (decision 042): per language and field, how many texts pages
 * will show in the original; then the translations written in another script than their
 * language's, which are allowed but most often pasted into the wrong column.
 */
export function MissingTranslationsSection({ summary, wrongScripts }: { summary: MissingTranslations[]; wrongScripts: WrongScript[] }) {
  const t = useTranslations("MatrixTranslations");
  // Literal keys, so that the messages test sees each of them used.
  const fieldLabels: Record<TextField, string> = {
    name: t("field.name"),
    description: t("field.description"),
    definition: t("field.definition"),
    unit: t("field.unit"),
    data_source: t("field.data_source"),
    verification: t("field.verification"),
    label: t("field.label"),
  };
  const scriptNames = { latin: t("script.latin"), cyrillic: t("script.cyrillic") };
  const describe = (text: { kind: string; code: string; field: TextField }) => `${text.code} (${fieldLabels[text.field]})`;
  return (
    <section className="section" aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t("title")}</h2>
      <p className="muted">{t("help")}</p>
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="translations-heading">
        <table className="data-table" id="missing-translations">
          <caption className="visually-hidden">{t("caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("language")}</th>
              {FIELDS.map((field) => (
                <th scope="col" key={field}>
                  {fieldLabels[field]}
                </th>
              ))}
              <th scope="col">{t("first")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.map((entry) => (
              <tr key={entry.locale}>
                <th scope="row" lang={entry.locale}>
                  {LOCALE_NAMES[entry.locale]}
                </th>
                {FIELDS.map((field) => (
                  <td key={field}>{entry.byField[field]}</td>
                ))}
                <td>
                  {entry.missing === 0 ? (
                    <span className="muted">{t("complete")}</span>
                  ) : (
                    <>
                      <span className="code">{entry.first.map(describe).join(", ")}</span>
                      {entry.missing > entry.first.length ? ` ${t("more", { count: entry.missing - entry.first.length })}` : null}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {wrongScripts.length > 0 ? (
        <div className="notice notice--warning" role="status">
          <h3>{t("wrongScriptTitle", { count: wrongScripts.length })}</h3>
          <ul>
            {wrongScripts.map((entry) => (
              <li key={`${entry.kind}|${entry.code}|${entry.field}|${entry.locale}`}>
                {t("wrongScript", {
                  text: describe(entry),
                  language: LOCALE_NAMES[entry.locale],
                  found: scriptNames[entry.found],
                  expected: scriptNames[entry.expected],
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
