"use client";

import { startTransition, useActionState } from "react";
import { importMatrixAction, type MatrixImportState } from "@/app/actions/matrix-import";
import { FormMessage, TextField } from "@/components/forms/form-parts";
import type { ActionState } from "@/lib/actions/action-state";
import { problemAt } from "@/lib/problems/problem";
import { VersionDiff } from "./version-diff";

const LABELS = {
  file: "Matrix file",
  newCode: "Framework code",
  newName: "Framework name",
  label: "Version label",
  frameworkCode: "Framework",
};

/**
 * Upload of a matrix workbook (or the CSV of its Indicators sheet): "Check" runs the dry run
 * (the file's problems by sheet, row and column, or the diff against the version in force),
 * "Import" writes the draft. Its fields are named apart from the editor form's ("newCode"), as both can share a page.
 * Without JavaScript the form posts to its action; with it, it is submitted by hand (React would
 * reset the form after an action), so the chosen file stays chosen between the two.
 */
export function MatrixImportForm(props: { mode: "new-draft"; frameworkCode: string } | { mode: "new-framework" }) {
  const [state, dispatch, pending] = useActionState(importMatrixAction, { status: "idle" } as MatrixImportState);
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
        <h2 id="import-heading">{props.mode === "new-draft" ? "Import as the next draft" : "Import a matrix as a new framework"}</h2>
        <FormMessage state={formState} labels={LABELS} />
        <input type="hidden" name="mode" value={props.mode} />
        {props.mode === "new-draft" ? <input type="hidden" name="frameworkCode" value={props.frameworkCode} /> : null}
        <div className={`field${fileProblem ? " field--error" : ""}`}>
          <label htmlFor="field-file">Matrix file</label>
          <p className="field__hint" id="hint-file">
            An Excel workbook (.xlsx) exported from Capacitas or made from the blank template, or the CSV of its Indicators sheet; at most 6
            MB.
          </p>
          {fileProblem ? (
            <p className="field__error" id="error-file">
              <span className="visually-hidden">Error: </span>
              {fileProblem.message}
            </p>
          ) : null}
          <input id="field-file" name="file" type="file" accept=".xlsx,.csv" className="input" aria-describedby="hint-file" />
        </div>
        {props.mode === "new-framework" ? (
          <div className="form-row">
            <TextField
              name="newCode"
              label="Framework code (optional)"
              hint="Instead of the file's"
              state={formState}
              defaultValue={previous.newCode}
              width="short"
            />
            <TextField
              name="newName"
              label="Framework name (optional)"
              hint="Instead of the file's"
              state={formState}
              defaultValue={previous.newName}
            />
          </div>
        ) : null}
        <TextField
          name="label"
          label="Version label (optional)"
          hint="Instead of the file's, e.g. 2026"
          state={formState}
          defaultValue={previous.label}
          width="short"
        />
        <div className="button-row">
          <button type="submit" name="intent" value="check" className="button button--secondary" disabled={pending}>
            {pending ? "Working…" : "Check the file"}
          </button>
          <button type="submit" name="intent" value="import" className="button button--primary" disabled={pending}>
            Import
          </button>
        </div>
      </form>
      {state.status === "problems" ? (
        <section className="section" aria-labelledby="problems-heading" role="alert">
          <h2 id="problems-heading">
            The file has {state.problems.length} problem{state.problems.length === 1 ? "" : "s"}; nothing was imported
          </h2>
          <div className="table-wrapper">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Sheet</th>
                  <th scope="col">Row</th>
                  <th scope="col">Column</th>
                  <th scope="col">Problem</th>
                </tr>
              </thead>
              <tbody>
                {state.problems.map((problem, index) => (
                  <tr key={index}>
                    <td>{problem.sheet ?? "—"}</td>
                    <td className="numeric">{problem.row ?? "—"}</td>
                    <td>{problem.column ?? "—"}</td>
                    <td>{problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
      {state.status === "checked" ? (
        <section className="section" aria-labelledby="checked-heading">
          <div className="notice notice--success" role="status">
            <h2 id="checked-heading">The file can be imported</h2>
            <p>
              It becomes version {state.target.versionNumber} ({state.target.versionLabel}) of {state.target.frameworkCode}, a draft with{" "}
              {state.counts.areas} areas and {state.counts.indicators} indicators. Press Import to write it.
            </p>
          </div>
          {state.target.isNewFramework ? null : <VersionDiff diff={state.diff} />}
        </section>
      ) : null}
    </>
  );
}
