"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";
import { ProblemList } from "@/components/problems/problem-list";
import type { ActionState } from "@/lib/actions/action-state";
import { firstAtEachPlace, problemAt } from "@/lib/problems/problem";

/** Field error text for a name, from an action state. */
export function fieldError(state: ActionState, name: string): string | undefined {
  return state.status === "error" ? problemAt(state.problems, name)?.message : undefined;
}

/** What was typed before a failed submission, so the form keeps it. */
export function previousValue(state: ActionState, name: string, fallback = ""): string {
  return state.status === "error" ? (state.values?.[name] ?? fallback) : fallback;
}

/**
 * The message after a submission. Errors get a summary with links to each field (the
 * GOV.UK pattern), announced to screen readers.
 */
export function FormMessage({ state, labels = {} }: { state: ActionState; labels?: Record<string, string> }) {
  const t = useTranslations("FormParts");
  if (state.status === "idle") return null;
  if (state.status === "success") {
    return (
      <div className="notice notice--success" role="status">
        <p>{state.message}</p>
        {state.secret ? (
          <p>
            <code className="secret">{state.secret}</code>
            <br />
            <span className="muted">{t("secretNote")}</span>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="error-summary" role="alert" tabIndex={-1}>
      <h2 className="error-summary__title">{t("problem")}</h2>
      <p>{state.message}</p>
      <ProblemList
        problems={firstAtEachPlace(state.problems ?? [])}
        placeOf={(problem) => (problem.field ? labels[problem.field] : undefined)}
        hrefOf={(problem) => (problem.field ? `#field-${problem.field}` : undefined)}
      />
    </div>
  );
}

type FieldProps = {
  name: string;
  label: string;
  state: ActionState;
  hint?: string;
  defaultValue?: string;
};

export function TextField({
  name,
  label,
  state,
  hint,
  defaultValue = "",
  type = "text",
  autoComplete,
  width,
}: FieldProps & { type?: string; autoComplete?: string; width?: "short" | "medium" }) {
  const error = fieldError(state, name);
  const describedBy = describedByOf(name, hint, error);
  return (
    <FieldFrame id={name} label={label} hint={hint} error={error}>
      <input
        id={`field-${name}`}
        name={name}
        type={type}
        autoComplete={autoComplete}
        defaultValue={type === "password" ? undefined : previousValue(state, name, defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={width ? `input input--${width}` : "input"}
      />
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  state,
  hint,
  defaultValue = "",
  options,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const error = fieldError(state, name);
  const describedBy = describedByOf(name, hint, error);
  return (
    <FieldFrame id={name} label={label} hint={hint} error={error}>
      <select
        id={`field-${name}`}
        name={name}
        defaultValue={previousValue(state, name, defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className="input"
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function SubmitButton({
  children,
  variant = "primary",
}: {
  children: React.ReactNode;
  variant?: "primary" | "secondary" | "warning";
}) {
  const t = useTranslations("FormParts");
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={`button button--${variant}`} disabled={pending} aria-disabled={pending}>
      {pending ? t("working") : children}
    </button>
  );
}

/** `idBase` (default: the name) keeps ids unique when the same form repeats on a page, e.g. once per comment. */
export function TextAreaField({
  name,
  label,
  state,
  hint,
  defaultValue = "",
  rows = 3,
  idBase = name,
}: FieldProps & { rows?: number; idBase?: string }) {
  const error = fieldError(state, name);
  return (
    <FieldFrame id={idBase} label={label} hint={hint} error={error}>
      <textarea
        id={`field-${idBase}`}
        name={name}
        rows={rows}
        defaultValue={previousValue(state, name, defaultValue)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedByOf(idBase, hint, error)}
        className="input"
      />
    </FieldFrame>
  );
}

/** The ids a field's input points to for its hint and its error. */
function describedByOf(id: string, hint: string | undefined, error: string | undefined): string | undefined {
  return [hint ? `hint-${id}` : null, error ? `error-${id}` : null].filter(Boolean).join(" ") || undefined;
}

/** A field's label, hint and error around its input: the one markup of every text-like field. */
function FieldFrame(props: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  const { id, label, hint, error, children } = props;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={`field-${id}`}>{label}</label>
      <FieldNotes id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** The hint and the error under a field's label, with the ids its input points to (describedByOf). */
export function FieldNotes({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const t = useTranslations("FormParts");
  return (
    <>
      {hint ? (
        <p className="field__hint" id={`hint-${id}`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`error-${id}`}>
          <span className="visually-hidden">{t("error")} </span>
          {error}
        </p>
      ) : null}
    </>
  );
}
