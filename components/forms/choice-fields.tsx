"use client";

import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/actions/action-state";
import { FieldNotes, fieldError, previousValue } from "./form-parts";

/** Ticked values are kept across a failed submission as one line each (formValuesWithLists). */
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
  const t = useTranslations("ChoiceFields");
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
      <FieldNotes id={name} hint={hint} error={error} />
      {options.length === 0 ? <p className="muted">{t("nothing")}</p> : null}
      {options.map((option) => (
        <label key={option.value} className="choice-group__option">
          <input type="checkbox" name={name} value={option.value} defaultChecked={checked.has(option.value)} /> {option.label}
        </label>
      ))}
    </fieldset>
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
  const t = useTranslations("ChoiceFields");
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
          <span className="visually-hidden">{t("error")} </span>
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
