"use client";

import { useLocale, useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { uploadValuesAction } from "@/app/actions/upload-values";
import { ProblemList } from "@/components/problems/problem-list";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/upload-limits";
import type { UploadActionState, UploadSummary } from "@/lib/uploads/upload-outcome";

const IDLE: UploadActionState = { status: "idle" };

/**
 * Bulk entry from a spreadsheet: download the pre-filled template, check the filled-in file
 * (a dry run that lists every problem by row and column), then import it all-or-nothing.
 * One form bound to one action (decision 022): without JavaScript it posts; with it, it is
 * submitted by hand, because React would reset the form after its action and drop the chosen
 * file, and the import must send exactly the file that was checked.
 */
export function UploadPanel({ frameworkCode, year }: { frameworkCode: string; year: number }) {
  const [answer, dispatch, isPending] = useActionState(uploadValuesAction, IDLE);
  const t = useTranslations("EntryUpload");
  const megabytes = MAX_UPLOAD_BYTES / 1024 / 1024;
  // What the panel says in place of the answer: a file refused before sending, or nothing once another file is chosen.
  const [local, setLocal] = useState<{ answer: UploadActionState; state: UploadActionState } | null>(null);
  const [intent, setIntent] = useState<"check" | "import">("check");
  const state = local && local.answer === answer ? local.state : answer;
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const id = useId();
  // The template in the page's language (its instructions, names and units), whatever the browser asks for.
  const locale = useLocale();
  const templateHref = `/api/v1/cycles/${encodeURIComponent(frameworkCode)}/${year}/template?locale=${encodeURIComponent(locale)}`;

  // Move focus to the outcome, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state.status !== "idle") resultRef.current?.focus();
    if (state.status === "imported" && inputRef.current) inputRef.current.value = "";
  }, [state]);

  function send(form: HTMLFormElement, submitter: HTMLElement | null) {
    const file = inputRef.current?.files?.[0] ?? null;
    const refuse = (message: string) => setLocal({ answer, state: { status: "error", message, problems: [] } });
    if (!file) return refuse(t("chooseFirst"));
    if (file.size > MAX_UPLOAD_BYTES) return refuse(t("tooLarge", { megabytes }));
    setLocal(null);
    setIntent(submitter?.getAttribute("value") === "import" ? "import" : "check");
    const data = new FormData(form, submitter);
    startTransition(() => dispatch(data));
  }

  const changes = state.status === "checked" ? state.summary.created + state.summary.updated + state.summary.deleted : 0;

  return (
    <div className="upload-panel">
      <p>{t.rich("intro", { framework: frameworkCode, year, strong: (chunks) => <strong>{chunks}</strong> })}</p>
      <ul className="action-list">
        <li>
          <a className="button button--secondary" href={`${templateHref}&format=xlsx`} download>
            {t("downloadExcel")}
          </a>
        </li>
        <li>
          <a className="button button--secondary" href={`${templateHref}&format=csv`} download>
            {t("downloadCsv")}
          </a>
        </li>
      </ul>

      <form
        noValidate
        action={dispatch}
        onSubmit={(event) => {
          event.preventDefault();
          send(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        }}
      >
        <input type="hidden" name="frameworkCode" value={frameworkCode} />
        <input type="hidden" name="year" value={year} />
        <div className="field">
          <label htmlFor={`${id}-file`}>{t("fileLabel")}</label>
          <p className="field__hint" id={`${id}-hint`}>
            {t("fileHint", { megabytes })}
          </p>
          <input
            ref={inputRef}
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint`}
            className="upload-panel__file"
            onChange={() => setLocal({ answer, state: IDLE })}
          />
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="check" className="button button--secondary" disabled={isPending}>
            {isPending && intent === "check" ? t("checking") : t("check")}
          </button>
          {state.status === "checked" && changes > 0 ? (
            <button type="submit" name="intent" value="import" className="button button--primary" disabled={isPending}>
              {isPending && intent === "import" ? t("importing") : t("import", { count: changes })}
            </button>
          ) : null}
        </div>
      </form>

      <div className="upload-panel__result">
        <UploadResult state={state} resultRef={resultRef} />
      </div>
    </div>
  );
}

function UploadResult({ state, resultRef }: { state: UploadActionState; resultRef: React.RefObject<HTMLDivElement | null> }) {
  const t = useTranslations("EntryUpload");
  if (state.status === "idle") return null;
  const describeSummary = (summary: UploadSummary) =>
    summary.deleted > 0
      ? t("summaryWithCleared", {
          created: summary.created,
          updated: summary.updated,
          deleted: summary.deleted,
          unchanged: summary.unchanged,
        })
      : t("summary", { created: summary.created, updated: summary.updated, unchanged: summary.unchanged });
  if (state.status === "error") {
    return (
      <div className="error-summary" role="alert" tabIndex={-1} ref={resultRef}>
        <h2 className="error-summary__title">{t("notImported")}</h2>
        <p>{state.message}</p>
        <ProblemList problems={state.problems} label={t("problems")} />
        <p>{t("nothingChanged")}</p>
      </div>
    );
  }
  if (state.status === "checked") {
    const changes = state.summary.created + state.summary.updated + state.summary.deleted;
    return (
      <div className="notice" role="status" tabIndex={-1} ref={resultRef}>
        <p>
          {t.rich("checked", {
            file: state.fileName,
            summary: describeSummary(state.summary),
            strong: (chunks) => <strong>{chunks}</strong>,
          })}
        </p>
        <p>{changes > 0 ? t("notSavedYet") : t("nothingToImport")}</p>
      </div>
    );
  }
  return (
    <div className="notice notice--success" role="status" tabIndex={-1} ref={resultRef}>
      <p>
        {t.rich("imported", {
          file: state.fileName,
          summary: describeSummary(state.summary),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <p>{t("savedAsDrafts")}</p>
    </div>
  );
}
