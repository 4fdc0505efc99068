"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { startExportAction, type ExportActionState } from "@/app/actions/exports";
import { JobProgress } from "@/components/jobs/job-progress";
import type { ExportChoice, ExportChoiceId } from "@/lib/exports/export-choices";
import { LOCALE_NAMES, LOCALES, toLocale } from "@/lib/i18n/locales";
import type { JobView } from "@/lib/jobs/job-view";

const IDLE: ExportActionState = { status: "idle" };
const choiceKey = (choice: ExportChoice) => `${choice.format}:${choice.dataset ?? ""}`;

/** Each choice's label and description in the page's language. */
function useChoiceTexts(): Record<ExportChoiceId, { label: string; description: string }> {
  const t = useTranslations("ExportPanel");
  return {
    pdf: { label: t("pdfLabel"), description: t("pdfDescription") },
    docx: { label: t("docxLabel"), description: t("docxDescription") },
    xlsx: { label: t("xlsxLabel"), description: t("xlsxDescription") },
    csv: { label: t("csvLabel"), description: t("csvDescription") },
    json: { label: t("jsonLabel"), description: t("jsonDescription") },
    sdmxValues: { label: t("sdmxValuesLabel"), description: t("sdmxValuesDescription") },
    sdmxScores: { label: t("sdmxScoresLabel"), description: t("sdmxScoresDescription") },
    openSdg: { label: t("openSdgLabel"), description: t("openSdgDescription") },
  };
}

/**
 * Buttons that prepare a file in the background (a report can take a few seconds): each
 * starts an export job through a server action, follows its progress and then offers the
 * file, which the browser also starts downloading by itself. The file's language is chosen
 * here, the page's by default: a Romanian focal point may send the working group a report in
 * English.
 */
export function ExportPanel({
  frameworkCode,
  choices,
  year,
  from,
  includeProvisional,
}: {
  frameworkCode: string;
  choices: ExportChoice[];
  year?: number;
  from?: number;
  includeProvisional: boolean;
}) {
  const t = useTranslations("ExportPanel");
  const pageLocale = toLocale(useLocale());
  const texts = useChoiceTexts();
  const [state, dispatch, pending] = useActionState(startExportAction, IDLE);
  const chosen = choices.find((choice) => choiceKey(choice) === state.choice);
  const chosenLabel = chosen ? texts[chosen.id].label : undefined;
  return (
    <form className="export-panel" action={dispatch}>
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      {year === undefined ? null : <input type="hidden" name="year" value={year} />}
      {from === undefined ? null : <input type="hidden" name="from" value={from} />}
      <input type="hidden" name="includeProvisional" value={String(includeProvisional)} />
      <div className="field">
        <label htmlFor={`export-locale-${frameworkCode}`}>{t("language")}</label>
        <select
          id={`export-locale-${frameworkCode}`}
          name="locale"
          className="input"
          defaultValue={pageLocale}
          aria-describedby={`export-locale-hint-${frameworkCode}`}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </select>
        <p className="muted" id={`export-locale-hint-${frameworkCode}`}>
          {t("languageHint")}
        </p>
      </div>
      <ul className="export-list">
        {choices.map((choice) => (
          <li key={choiceKey(choice)}>
            <button
              type="submit"
              name="choice"
              value={choiceKey(choice)}
              className="button button--secondary"
              disabled={pending}
              aria-describedby={`export-${choice.format}-${choice.dataset ?? ""}`}
            >
              {texts[choice.id].label}
            </button>
            <span className="muted" id={`export-${choice.format}-${choice.dataset ?? ""}`}>
              {texts[choice.id].description}
            </span>
          </li>
        ))}
      </ul>
      {state.status === "error" ? (
        <div className="notice notice--error" role="alert">
          <p>
            <strong>{chosenLabel ? t("couldNotStart", { label: chosenLabel }) : t("exportCouldNotStart")}</strong> {state.message}
          </p>
        </div>
      ) : state.status === "started" && chosenLabel ? (
        <JobProgress
          key={state.job.id}
          job={state.job}
          label={t("preparing", { label: chosenLabel })}
          done={(job) => <DownloadLink job={job} label={chosenLabel} />}
        />
      ) : null}
    </form>
  );
}

function DownloadLink({ job, label }: { job: JobView; label: string }) {
  const t = useTranslations("ExportPanel");
  const result = job.result as { fileName?: string; size?: number } | null;
  const link = useRef<HTMLAnchorElement>(null);
  // Start the download once, when the file is ready; the link stays for a second try.
  useEffect(() => link.current?.click(), []);
  if (!job.fileUrl) return null;
  return (
    <div className="notice notice--success" role="status">
      <p>
        {t("ready", { label })}{" "}
        <a href={job.fileUrl} download={result?.fileName} ref={link}>
          {t("download", { fileName: result?.fileName ?? "" })}
        </a>
        {result?.size ? ` ${t("size", { size: Math.max(1, Math.round(result.size / 1024)) })}` : ""}
      </p>
    </div>
  );
}
