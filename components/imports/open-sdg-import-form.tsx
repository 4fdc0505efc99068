"use client";

import { useEffect, useId, useRef, useState } from "react";
import { JobProgress } from "@/components/jobs/job-progress";
import { ProblemList } from "@/components/problems/problem-list";
import type { JobView } from "@/lib/jobs/job-view";
import { problemAt, type Problem } from "@/lib/problems/problem";
import { problemsFromJson, type FieldErrors } from "@/lib/problems/problems-json";
import { OpenSdgImportOutcome } from "./open-sdg-import-report";

type Failure = { message: string; problems: Problem[] };

const FIELD_LABELS: Record<string, string> = {
  framework: "Framework code",
  frameworkCode: "Framework code",
  name: "Framework name",
  file: "Data set",
};

/**
 * Sends a zipped Open SDG data set to POST /api/v1/imports/open-sdg (with the session cookie)
 * to check it or import it; the work runs in the background and its progress, then its
 * report, are shown here. Checking first is encouraged, not required.
 */
export function OpenSdgImportForm({ defaultCode, defaultName, maxBytes }: { defaultCode: string; defaultName: string; maxBytes: number }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const [code, setCode] = useState(defaultCode);
  const [name, setName] = useState("");
  const [periodRule, setPeriodRule] = useState<"last" | "first">("last");
  const [isPartial, setIsPartial] = useState(false);
  const [sending, setSending] = useState<"check" | "import" | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [job, setJob] = useState<{ view: JobView; dryRun: boolean } | null>(null);
  const megabytes = Math.round(maxBytes / 1024 / 1024);

  useEffect(() => {
    if (failure) failureRef.current?.focus();
  }, [failure]);

  async function send(dryRun: boolean) {
    const file = inputRef.current?.files?.[0];
    setJob(null);
    if (!file) return setFailure({ message: "Choose the zip file of the data set first.", problems: [] });
    if (file.size > maxBytes)
      return setFailure({ message: `The file is larger than ${megabytes} MB; import the data set in parts.`, problems: [] });
    setFailure(null);
    setSending(dryRun ? "check" : "import");
    const query = new URLSearchParams({
      framework: code.trim(),
      ...(name.trim() ? { name: name.trim() } : {}),
      ...(dryRun ? { dryRun: "true" } : {}),
      periodRule,
      ...(isPartial ? { partial: "true" } : {}),
    });
    const data = new FormData();
    data.set("file", file);
    try {
      const response = await fetch(`/api/v1/imports/open-sdg?${query}`, { method: "POST", body: data });
      const body = (await response.json().catch(() => null)) as
        (JobView & { error?: { message: string; fieldErrors?: FieldErrors } }) | null;
      if (response.status === 202 && body) setJob({ view: body, dryRun });
      else
        setFailure({
          message: body?.error?.message ?? `The server answered ${response.status}.`,
          problems: problemsFromJson({ fieldErrors: body?.error?.fieldErrors }),
        });
    } catch {
      setFailure({ message: "The file could not be sent to the server. Check your connection and try again.", problems: [] });
    } finally {
      setSending(null);
    }
  }

  const errorAt = (...fields: string[]) => fields.map((field) => problemAt(failure?.problems, field)?.message).find(Boolean);
  const codeError = errorAt("framework", "frameworkCode");
  const nameError = errorAt("name", "frameworkName");

  return (
    <>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send(false);
        }}
      >
        {failure ? (
          <div className="error-summary" role="alert" tabIndex={-1} ref={failureRef}>
            <h2 className="error-summary__title">The data set was not sent</h2>
            <p>{failure.message}</p>
            <ProblemList
              problems={failure.problems}
              placeOf={(problem) => (problem.field ? (FIELD_LABELS[problem.field] ?? problem.field) : undefined)}
            />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-file`}>Data set (zip)</label>
          <p className="field__hint" id={`${id}-file-hint`}>
            A zip of the <code>data</code> and <code>meta</code> folders, at most {megabytes} MB. A leading folder in the zip is fine.
          </p>
          <input
            ref={inputRef}
            id={`${id}-file`}
            name="file"
            type="file"
            accept=".zip,application/zip"
            aria-describedby={`${id}-file-hint`}
            className="upload-panel__file"
            onChange={() => {
              setFailure(null);
              setJob(null);
            }}
          />
        </div>
        <div className="form-row">
          <div className={codeError ? "field field--error" : "field"}>
            <label htmlFor={`${id}-code`}>Framework code</label>
            <p className="field__hint" id={`${id}-code-hint`}>
              The framework to import into; it is created on the first import.
            </p>
            {codeError ? (
              <p className="field__error" id={`${id}-code-error`}>
                {codeError}
              </p>
            ) : null}
            <input
              id={`${id}-code`}
              name="framework"
              className="input input--short"
              value={code}
              onChange={(event) => setCode(event.target.value)}
              aria-describedby={`${id}-code-hint${codeError ? ` ${id}-code-error` : ""}`}
              aria-invalid={codeError ? true : undefined}
              required
            />
          </div>
          <div className={nameError ? "field field--error" : "field"}>
            <label htmlFor={`${id}-name`}>Framework name</label>
            <p className="field__hint" id={`${id}-name-hint`}>
              Optional. A new framework is called &ldquo;{defaultName}&rdquo; unless you name it; an existing one keeps its name unless you
              enter a new one.
            </p>
            {nameError ? (
              <p className="field__error" id={`${id}-name-error`}>
                {nameError}
              </p>
            ) : null}
            <input
              id={`${id}-name`}
              name="name"
              className="input"
              value={name}
              onChange={(event) => setName(event.target.value)}
              aria-describedby={`${id}-name-hint${nameError ? ` ${id}-name-error` : ""}`}
              aria-invalid={nameError ? true : undefined}
            />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-period`}>Fiscal and school years</label>
          <p className="field__hint" id={`${id}-period-hint`}>
            The tracker keeps yearly values. A period such as 2014/2015 is stored under one of its years, and keeps its label. Quarters and
            longer ranges are refused.
          </p>
          <select
            id={`${id}-period`}
            name="periodRule"
            className="input input--short"
            value={periodRule}
            onChange={(event) => setPeriodRule(event.target.value === "first" ? "first" : "last")}
            aria-describedby={`${id}-period-hint`}
          >
            <option value="last">Last year (2014/2015 is 2015)</option>
            <option value="first">First year (2014/2015 is 2014)</option>
          </select>
        </div>
        <div className="field">
          <label className="choice-group__option" htmlFor={`${id}-partial`}>
            <input
              id={`${id}-partial`}
              name="partial"
              type="checkbox"
              checked={isPartial}
              onChange={(event) => setIsPartial(event.target.checked)}
              aria-describedby={`${id}-partial-hint`}
            />{" "}
            Import what can be imported
          </label>
          <p className="field__hint" id={`${id}-partial-hint`}>
            Without this, any file or row that cannot be read stops the whole import and nothing is saved. With it, those files and rows are
            left out and listed in the report, with a count for each reason.
          </p>
        </div>
        <div className="button-row">
          <button type="button" className="button button--secondary" disabled={sending !== null} onClick={() => void send(true)}>
            {sending === "check" ? "Sending…" : "Check only (dry run)"}
          </button>
          <button type="submit" className="button button--primary" disabled={sending !== null}>
            {sending === "import" ? "Sending…" : "Import"}
          </button>
        </div>
      </form>

      {job ? (
        <div className="upload-panel__result">
          <JobProgress
            key={job.view.id}
            job={job.view}
            label={job.dryRun ? "Open SDG check" : "Open SDG import"}
            done={(finished) => <OpenSdgImportOutcome job={finished} />}
          />
        </div>
      ) : null}
    </>
  );
}
