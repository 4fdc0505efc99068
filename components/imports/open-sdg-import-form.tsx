"use client";

import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { startOpenSdgImportAction, type OpenSdgImportState } from "@/app/actions/open-sdg-import";
import { JobProgress } from "@/components/jobs/job-progress";
import { ProblemList } from "@/components/problems/problem-list";
import { problemAt, type Problem } from "@/lib/problems/problem";
import { OpenSdgImportOutcome } from "./open-sdg-import-report";

type Failure = { message: string; problems: readonly Problem[] };

const IDLE: OpenSdgImportState = { status: "idle" };

const FIELD_LABELS: Record<string, string> = {
  framework: "Framework code",
  frameworkCode: "Framework code",
  name: "Framework name",
  file: "Data set (zip)",
};

/**
 * Sends a zipped Open SDG data set to its server action (decision 022) to check it or import
 * it; the work runs in the background and its progress, then its report, are shown here.
 * Checking first is encouraged, not required. Without JavaScript the form posts; with it, it
 * is submitted by hand, so that React does not reset the form and drop the chosen file.
 */
export function OpenSdgImportForm({ defaultCode, defaultName, maxBytes }: { defaultCode: string; defaultName: string; maxBytes: number }) {
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const [answer, dispatch, isPending] = useActionState(startOpenSdgImportAction, IDLE);
  const typed = answer.status === "error" ? (answer.values ?? {}) : {};
  const [code, setCode] = useState(typed.framework ?? defaultCode);
  const [name, setName] = useState(typed.name ?? "");
  const [periodRule, setPeriodRule] = useState<"last" | "first">(typed.periodRule === "first" ? "first" : "last");
  const [isPartial, setIsPartial] = useState(typed.partial === "true");
  const [sending, setSending] = useState<"check" | "import">("import");
  // What the form says in place of the answer: a file refused before sending, or nothing once another file is chosen.
  const [local, setLocal] = useState<{ answer: OpenSdgImportState; failure: Failure | null } | null>(null);
  const megabytes = Math.round(maxBytes / 1024 / 1024);
  const isLocal = local !== null && local.answer === answer;
  const failure: Failure | null = isLocal
    ? local.failure
    : answer.status === "error"
      ? { message: answer.message, problems: answer.problems ?? [] }
      : null;
  const job = !isLocal && answer.status === "started" ? answer : null;

  // Focus a failure once, when it is new (the answer or the local refusal it comes from is new).
  const shown = isLocal ? local : answer;
  const hasFailure = failure !== null;
  useEffect(() => {
    if (hasFailure) failureRef.current?.focus();
  }, [shown, hasFailure]);

  function send(form: HTMLFormElement, submitter: HTMLElement | null) {
    const file = inputRef.current?.files?.[0];
    const refuse = (message: string) => setLocal({ answer, failure: { message, problems: [] } });
    if (!file) return refuse("Choose the zip file of the data set first.");
    if (file.size > maxBytes) return refuse(`The file is larger than ${megabytes} MB; import the data set in parts.`);
    setLocal(null);
    setSending(submitter?.getAttribute("value") === "check" ? "check" : "import");
    const data = new FormData(form, submitter);
    startTransition(() => dispatch(data));
  }

  const errorAt = (...fields: string[]) => fields.map((field) => problemAt(failure?.problems, field)?.message).find(Boolean);
  const codeError = errorAt("framework", "frameworkCode");
  const nameError = errorAt("name", "frameworkName");

  return (
    <>
      <form
        noValidate
        action={dispatch}
        onSubmit={(event) => {
          event.preventDefault();
          send(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        }}
      >
        {/* Enter in a field imports, as it always did: a browser presses the form's first submit button for it. */}
        <button
          type="submit"
          name="intent"
          value="import"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
          disabled={isPending}
        />
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
            onChange={() => setLocal({ answer, failure: null })}
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
              value="true"
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
          <button type="submit" name="intent" value="check" className="button button--secondary" disabled={isPending}>
            {isPending && sending === "check" ? "Sending…" : "Check only (dry run)"}
          </button>
          <button type="submit" name="intent" value="import" className="button button--primary" disabled={isPending}>
            {isPending && sending === "import" ? "Sending…" : "Import"}
          </button>
        </div>
      </form>

      {job ? (
        <div className="upload-panel__result">
          <JobProgress
            key={job.job.id}
            job={job.job}
            label={job.dryRun ? "Open SDG check" : "Open SDG import"}
            done={(finished) => <OpenSdgImportOutcome job={finished} />}
          />
        </div>
      ) : null}
    </>
  );
}
