"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState, useEffect, useId, useRef, useState } from "react";
import { startOpenSdgImportAction, type OpenSdgImportState } from "@/app/actions/open-sdg-import";
import { JobProgress } from "@/components/jobs/job-progress";
import { ProblemList } from "@/components/problems/problem-list";
import { problemAt, type Problem } from "@/lib/problems/problem";
import { OpenSdgImportOutcome } from "./open-sdg-import-report";

type Failure = { message: string; problems: readonly Problem[] };

const IDLE: OpenSdgImportState = { status: "idle" };

/**
 * Sends a zipped Open SDG data set to its server action (decision 022) to check it or import
 * it; the work runs in the background and its progress, then its report, are shown here.
 * Checking first is encouraged, not required. Without JavaScript the form posts; with it, it
 * is submitted by hand, so that React does not reset the form and drop the chosen file.
 */
export function OpenSdgImportForm({ defaultCode, defaultName, maxBytes }: { defaultCode: string; defaultName: string; maxBytes: number }) {
  const id = useId();
  const t = useTranslations("OpenSdgImport");
  const fieldLabels: Record<string, string> = { framework: t("code"), frameworkCode: t("code"), name: t("name"), file: t("file") };
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
    if (!file) return refuse(t("chooseFirst"));
    if (file.size > maxBytes) return refuse(t("tooLarge", { megabytes }));
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
            <h2 className="error-summary__title">{t("notSent")}</h2>
            <p>{failure.message}</p>
            <ProblemList
              problems={failure.problems}
              placeOf={(problem) => (problem.field ? (fieldLabels[problem.field] ?? problem.field) : undefined)}
            />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-file`}>{t("file")}</label>
          <p className="field__hint" id={`${id}-file-hint`}>
            {t.rich("fileHint", { megabytes, code: (chunks) => <code>{chunks}</code> })}
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
            <label htmlFor={`${id}-code`}>{t("code")}</label>
            <p className="field__hint" id={`${id}-code-hint`}>
              {t("codeHint")}
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
            <label htmlFor={`${id}-name`}>{t("name")}</label>
            <p className="field__hint" id={`${id}-name-hint`}>
              {t("nameHint", { name: defaultName })}
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
          <label htmlFor={`${id}-period`}>{t("period")}</label>
          <p className="field__hint" id={`${id}-period-hint`}>
            {t("periodHint")}
          </p>
          <select
            id={`${id}-period`}
            name="periodRule"
            className="input input--short"
            value={periodRule}
            onChange={(event) => setPeriodRule(event.target.value === "first" ? "first" : "last")}
            aria-describedby={`${id}-period-hint`}
          >
            <option value="last">{t("periodLast")}</option>
            <option value="first">{t("periodFirst")}</option>
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
            {t("partial")}
          </label>
          <p className="field__hint" id={`${id}-partial-hint`}>
            {t("partialHint")}
          </p>
        </div>
        <div className="button-row">
          <button type="submit" name="intent" value="check" className="button button--secondary" disabled={isPending}>
            {isPending && sending === "check" ? t("sending") : t("check")}
          </button>
          <button type="submit" name="intent" value="import" className="button button--primary" disabled={isPending}>
            {isPending && sending === "import" ? t("sending") : t("import")}
          </button>
        </div>
      </form>

      {job ? (
        <div className="upload-panel__result">
          <JobProgress
            key={job.job.id}
            job={job.job}
            label={job.dryRun ? t("jobCheck") : t("jobImport")}
            done={(finished) => <OpenSdgImportOutcome job={finished} />}
          />
        </div>
      ) : null}
    </>
  );
}
