"use client";

import type { ActionState } from "@/lib/actions/action-state";
import { fieldError, previousValue } from "./form-parts";

/** Ticked values are kept across a failed submission as one line each (see listFormValue in app/actions). */
function previousChoices(state: ActionState, name: string, fallback: string[]): string[] {
  return state.status === "error" && state.values?.[name] !== undefined ? state.values[name]!.split("\n").filter(Boolean) : fallback;
}

/** A group of checkboxes under one legend, with its error next to it (errors link to `field-<name>`). */
export function CheckboxGroupField({
  name,
  legend,
  state,
  hint,
  options,
  defaultChecked = [],
}: {
  name: string;
  legend: string;
  state: ActionState;
  hint?: string;
  options: { value: string; label: string }[];
  defaultChecked?: string[];
}) {
  const error = fieldError(state, name);
  const checked = new Set(previousChoices(state, name, defaultChecked));
  const describedBy = [hint ? `hint-${name}` : null, error ? `error-${name}` : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={`field choice-group${error ? " field--error" : ""}`}
      id={`field-${name}`}
      tabIndex={-1}
      aria-describedby={describedBy}
      aria-invalid={error ? true : undefined}
    >
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`hint-${name}`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`error-${name}`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {options.length === 0 ? <p className="muted">Nobody to choose from.</p> : null}
      {options.map((option) => (
        <label key={option.value} className="choice-group__option">
          <input type="checkbox" name={name} value={option.value} defaultChecked={checked.has(option.value)} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}

/** `idBase` (default: the name) keeps ids unique when the same form repeats on a page, e.g. once per comment. */
export function TextAreaField({
  name,
  label,
  state,
  hint,
  rows = 4,
  defaultValue = "",
  idBase = name,
}: {
  name: string;
  label: string;
  state: ActionState;
  hint?: string;
  rows?: number;
  defaultValue?: string;
  idBase?: string;
}) {
  const error = fieldError(state, name);
  const describedBy = [hint ? `hint-${idBase}` : null, error ? `error-${idBase}` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={`field-${idBase}`}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`hint-${idBase}`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`error-${idBase}`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      <textarea
        id={`field-${idBase}`}
        name={name}
        rows={rows}
        className="input"
        defaultValue={previousValue(state, name, defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
    </div>
  );
}

/** One choice among a few (accept or decline, agree or object), as radio buttons under a legend. */
export function RadioGroupField({
  name,
  legend,
  state,
  options,
  defaultValue = "",
  idBase = name,
}: {
  name: string;
  legend: string;
  state: ActionState;
  options: { value: string; label: string }[];
  defaultValue?: string;
  idBase?: string;
}) {
  const error = fieldError(state, name);
  const chosen = previousValue(state, name, defaultValue);
  return (
    <fieldset
      className={`field choice-group${error ? " field--error" : ""}`}
      id={`field-${idBase}`}
      tabIndex={-1}
      aria-describedby={error ? `error-${idBase}` : undefined}
    >
      <legend>{legend}</legend>
      {error ? (
        <p className="field__error" id={`error-${idBase}`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="choice-group__option">
          <input type="radio" name={name} value={option.value} defaultChecked={chosen === option.value} /> {option.label}
        </label>
      ))}
    </fieldset>
  );
}
