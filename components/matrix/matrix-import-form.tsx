"use client";

import { useTranslations } from "next-intl";
import { startTransition, useActionState } from "react";
import { importMatrixAction, type MatrixImportState } from "@/app/actions/matrix-import";
import { FormMessage, TextField } from "@/components/forms/form-parts";
import type { ActionState } from "@/lib/actions/action-state";
import { problemAt } from "@/lib/problems/problem";
import { ProblemList } from "@/components/problems/problem-list";
import { VersionDiff } from "./version-diff";

/**
 * Upload of a matrix workbook (or the CSV of its Indicators sheet): "Check" runs the dry run
 * (the file's problems by sheet, row and column, or the diff against the version in force),
 * "Import" writes the draft. Its fields are named apart from the editor form's ("newCode"), as both can share a page.
 * Without JavaScript the form posts to its action; with it, it is submitted by hand (React would
 * reset the form after an action), so the chosen file stays chosen between the two.
 */
export function MatrixImportForm(props: { mode: "new-draft"; frameworkCode: string } | { mode: "new-framework" }) {
  const t = useTranslations("MatrixImportForm");
  const [state, dispatch, pending] = useActionState(importMatrixAction, { status: "idle" } as MatrixImportState);
  const labels = {
    file: t("file"),
    newCode: t("newCode"),
    newName: t("newName"),
    label: t("label"),
    frameworkCode: t("framework"),
  };
  const formState: ActionState = state.status === "problems" || state.status === "checked" ? { status: "idle" } : state;
  const previous = "values" in state ? (state.values ?? {}) : {};
  const fileProblem = formState.status === "error" ? problemAt(formState.problems, "file") : undefined;
  return (
    <>
      <form
        noValidate
        action={dispatch}
        aria-labelledby="import-heading"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
          startTransition(() => dispatch(data));
        }}
      >
        <h2 id="import-heading">{props.mode === "new-draft" ? t("headingDraft") : t("headingFramework")}</h2>
        <FormMessage state={formState} labels={labels} />
        <input type="hidden" name="mode" value={props.mode} />
        {props.mode === "new-draft" ? <input type="hidden" name="frameworkCode" value={props.frameworkCode} /> : null}
        <div className={`field${fileProblem ? " field--error" : ""}`}>
          <label htmlFor="field-file">{t("file")}</label>
          <p className="field__hint" id="hint-file">
            {t("fileHint")}
          </p>
          {fileProblem ? (
            <p className="field__error" id="error-file">
              <span className="visually-hidden">{t("error")} </span>
              {fileProblem.message}
            </p>
          ) : null}
          <input id="field-file" name="file" type="file" accept=".xlsx,.csv" className="input" aria-describedby="hint-file" />
        </div>
        {props.mode === "new-framework" ? (
          <div className="form-row">
            <TextField
              name="newCode"
              label={t("newCodeOptional")}
              hint={t("insteadOfFile")}
              state={formState}
              defaultValue={previous.newCode}
              width="short"
            />
            <TextField
              name="newName"
              label={t("newNameOptional")}
              hint={t("insteadOfFile")}
              state={formState}
              defaultValue={previous.newName}
            />
          </div>
        ) : null}
        <TextField
          name="label"
          label={t("labelOptional")}
          hint={t("labelHint")}
          state={formState}
          defaultValue={previous.label}
          width="short"
        />
        <div className="button-row">
          <button type="submit" name="intent" value="check" className="button button--secondary" disabled={pending}>
            {pending ? t("working") : t("check")}
          </button>
          <button type="submit" name="intent" value="import" className="button button--primary" disabled={pending}>
            {t("import")}
          </button>
        </div>
      </form>
      {state.status === "problems" ? (
        <section className="section" aria-labelledby="problems-heading" role="alert">
          <h2 id="problems-heading">{t("problems", { count: state.problems.length })}</h2>
          <ProblemList problems={state.problems} label={t("problemsLabel")} />
        </section>
      ) : null}
      {state.status === "checked" ? (
        <section className="section" aria-labelledby="checked-heading">
          <div className="notice notice--success" role="status">
            <h2 id="checked-heading">{t("canImport")}</h2>
            <p>
              {t("becomes", {
                number: state.target.versionNumber,
                label: state.target.versionLabel,
                code: state.target.frameworkCode,
                areas: state.counts.areas,
                indicators: state.counts.indicators,
              })}
            </p>
          </div>
          {state.target.isNewFramework ? null : <VersionDiff diff={state.diff} />}
        </section>
      ) : null}
    </>
  );
}
