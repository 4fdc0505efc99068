"use client";

import { useEffect, useId, useRef, useState, useTransition } from "react";
import { checkValuesFileAction, importValuesFileAction } from "@/app/actions/upload-values";
import { ProblemList } from "@/components/problems/problem-list";
import { MAX_UPLOAD_BYTES } from "@/lib/uploads/upload-limits";
import type { UploadActionState, UploadSummary } from "@/lib/uploads/upload-outcome";

const IDLE: UploadActionState = { status: "idle" };

/**
 * Bulk entry from a spreadsheet: download the pre-filled template, check the filled-in file
 * (a dry run that lists every problem by row and column), then import it all-or-nothing.
 * The chosen file is kept between the check and the import, so the import sends exactly the
 * file that was checked.
 */
export function UploadPanel({ frameworkCode, year }: { frameworkCode: string; year: number }) {
  const [state, setState] = useState<UploadActionState>(IDLE);
  const [checkedFile, setCheckedFile] = useState<File | null>(null);
  const [mode, setMode] = useState<"check" | "import">("check");
  const [isPending, startTransition] = useTransition();
  const inputRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const templateHref = `/api/v1/cycles/${encodeURIComponent(frameworkCode)}/${year}/template`;

  // Move focus to the outcome, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (state.status !== "idle") resultRef.current?.focus();
  }, [state]);

  function send(nextMode: "check" | "import") {
    const file = nextMode === "import" ? checkedFile : (inputRef.current?.files?.[0] ?? null);
    if (!file)
      return setState({ status: "error", message: "Choose a file first: the filled-in Excel template or a CSV file.", problems: [] });
    if (file.size > MAX_UPLOAD_BYTES) {
      return setState({
        status: "error",
        message: `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it into several files.`,
        problems: [],
      });
    }
    const data = new FormData();
    data.set("frameworkCode", frameworkCode);
    data.set("year", String(year));
    data.set("file", file);
    setMode(nextMode);
    startTransition(async () => {
      try {
        const next = await (nextMode === "check" ? checkValuesFileAction(data) : importValuesFileAction(data));
        setState(next);
        setCheckedFile(next.status === "checked" ? file : null);
        if (next.status === "imported" && inputRef.current) inputRef.current.value = "";
      } catch {
        setCheckedFile(null);
        setState({
          status: "error",
          message:
            "The file could not be sent to the server, and nothing was saved. Check your connection and try again; if the file is large, split it.",
          problems: [],
        });
      }
    });
  }

  const changes = state.status === "checked" ? state.summary.created + state.summary.updated + state.summary.deleted : 0;

  return (
    <div className="upload-panel">
      <p>
        Download the template of your institution&rsquo;s values for {frameworkCode} {year}, fill in the column <strong>value</strong>, then
        upload it here. The template already holds the values entered so far.
      </p>
      <ul className="action-list">
        <li>
          <a className="button button--secondary" href={`${templateHref}?format=xlsx`} download>
            Download the Excel template
          </a>
        </li>
        <li>
          <a className="button button--secondary" href={`${templateHref}?format=csv`} download>
            Download as CSV
          </a>
        </li>
      </ul>

      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send("check");
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-file`}>Filled-in file</label>
          <p className="field__hint" id={`${id}-hint`}>
            An Excel workbook (.xlsx) or a CSV file, at most {MAX_UPLOAD_BYTES / 1024 / 1024} MB. Checking saves nothing.
          </p>
          <input
            ref={inputRef}
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={`${id}-hint`}
            className="upload-panel__file"
            onChange={() => {
              setState(IDLE);
              setCheckedFile(null);
            }}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={isPending} aria-disabled={isPending}>
            {isPending && mode === "check" ? "Checking…" : "Check the file"}
          </button>
          {state.status === "checked" && changes > 0 && checkedFile ? (
            <button
              type="button"
              className="button button--primary"
              disabled={isPending}
              aria-disabled={isPending}
              onClick={() => send("import")}
            >
              {isPending && mode === "import" ? "Importing…" : `Import ${changes} ${changes === 1 ? "value" : "values"}`}
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
  if (state.status === "idle") return null;
  if (state.status === "error") {
    return (
      <div className="error-summary" role="alert" tabIndex={-1} ref={resultRef}>
        <h2 className="error-summary__title">The file was not imported</h2>
        <p>{state.message}</p>
        <ProblemList problems={state.problems} label="Problems in the file" />
        <p>Nothing was changed. Correct the file and check it again.</p>
      </div>
    );
  }
  if (state.status === "checked") {
    const changes = state.summary.created + state.summary.updated + state.summary.deleted;
    return (
      <div className="notice" role="status" tabIndex={-1} ref={resultRef}>
        <p>
          <strong>{state.fileName}</strong> has no problems: {describeSummary(state.summary)}.
        </p>
        <p>
          {changes > 0
            ? "Nothing has been saved yet: choose “Import” to save these values as drafts."
            : "The file changes nothing, so there is nothing to import."}
        </p>
      </div>
    );
  }
  return (
    <div className="notice notice--success" role="status" tabIndex={-1} ref={resultRef}>
      <p>
        <strong>{state.fileName}</strong> was imported: {describeSummary(state.summary)}.
      </p>
      <p>The values are saved as drafts; submit them to the secretariat when they are complete.</p>
    </div>
  );
}

function describeSummary(summary: UploadSummary): string {
  const parts = [
    `${summary.created} new`,
    `${summary.updated} changed`,
    ...(summary.deleted > 0 ? [`${summary.deleted} cleared`] : []),
    `${summary.unchanged} unchanged`,
  ];
  return parts.join(", ");
}
