"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState } from "react";
import { importMatrixTranslationsAction } from "@/app/actions/matrix-translations";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

/**
 * The editor's translation workbook: download the version's texts, and (in a draft) upload the
 * filled-in file. A file with any problem is refused whole, its problems listed by row (decision 042).
 */
export function TranslationsImportForm({
  frameworkCode,
  versionNumber,
  isEditable,
}: {
  frameworkCode: string;
  versionNumber: number;
  isEditable: boolean;
}) {
  const [state, action] = useActionState(importMatrixTranslationsAction, IDLE);
  const t = useTranslations("MatrixTranslationsImport");
  const locale = useLocale();
  const download = `/api/v1/frameworks/${encodeURIComponent(frameworkCode)}/versions/${versionNumber}/translations.xlsx?locale=${locale}`;
  return (
    <section className="section" aria-labelledby="translation-workbook-heading">
      <h2 id="translation-workbook-heading">{t("title")}</h2>
      <p className="muted">{t("help")}</p>
      <p>
        <a className="button button--secondary" href={download}>
          {t("download")}
        </a>
      </p>
      {isEditable ? (
        <form action={action} noValidate aria-labelledby="translation-import-heading">
          <h3 id="translation-import-heading">{t("importHeading")}</h3>
          <FormMessage state={state} labels={{ file: t("file") }} />
          <input type="hidden" name="frameworkCode" value={frameworkCode} />
          <input type="hidden" name="versionNumber" value={versionNumber} />
          <div className="field">
            <label htmlFor="field-translations-file">{t("file")}</label>
            <p className="field__hint" id="hint-translations-file">
              {t("fileHint")}
            </p>
            <input
              id="field-translations-file"
              name="file"
              type="file"
              accept=".xlsx"
              className="input"
              aria-describedby="hint-translations-file"
            />
          </div>
          <SubmitButton>{t("import")}</SubmitButton>
        </form>
      ) : (
        <p className="muted">{t("draftOnly")}</p>
      )}
    </section>
  );
}
