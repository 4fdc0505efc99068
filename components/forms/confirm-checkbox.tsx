"use client";

import { fieldError } from "@/components/forms/form-parts";
import type { ActionState } from "@/lib/actions/action-state";
import { CONFIRMATION_FIELD } from "@/lib/actions/confirmation-field";

/**
 * The "I understand" box of a destructive action, with the server's refusal beside it. A
 * plain checkbox the server's schema requires: the confirmation works without JavaScript.
 * `idBase` keeps ids unique when several such forms share a page.
 */
export function ConfirmCheckbox({ label, state, idBase }: { label: string; state: ActionState; idBase: string }) {
  const error = fieldError(state, CONFIRMATION_FIELD);
  const id = `${idBase}-${CONFIRMATION_FIELD}`;
  return (
    <div className={`field confirm-field${error ? " field--error" : ""}`}>
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <label htmlFor={id} className="confirm-field__label">
        <input
          type="checkbox"
          id={id}
          name={CONFIRMATION_FIELD}
          value="yes"
          className="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />{" "}
        {label}
      </label>
    </div>
  );
}
