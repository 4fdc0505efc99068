"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { reviewAction } from "@/app/actions/values";
import { FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import { problemAt } from "@/lib/problems/problem";

type Target = { frameworkCode: string; year: number };

function TargetFields({ target }: { target: Target }) {
  return (
    <>
      <input type="hidden" name="frameworkCode" value={target.frameworkCode} />
      <input type="hidden" name="year" value={target.year} />
    </>
  );
}

/** The bulk form; check boxes in the table rows join it through their `form` attribute. */
export function BulkApproveForm({
  id,
  target,
  institution,
  references,
}: {
  id: string;
  target: Target;
  institution: string;
  references: string[];
}) {
  const [state, action] = useActionState(reviewAction, IDLE);
  const t = useTranslations("Review");
  return (
    <form id={id} action={action} className="review-bulk">
      <FormMessage state={state} />
      <TargetFields target={target} />
      <input type="hidden" name="decision" value="approve" />
      {references.map((reference) => (
        <input key={reference} type="hidden" name="all" value={reference} />
      ))}
      <div className="button-row">
        <button type="submit" name="scope" value="checked" className="button button--secondary">
          {t("approveChecked")}
        </button>
        <button type="submit" name="scope" value="all" className="button button--primary">
          {t("approveAll", { count: references.length, institution })}
        </button>
      </div>
    </form>
  );
}

export function ApproveOneForm({ target, reference, label }: { target: Target; reference: string; label: string }) {
  const [state, action] = useActionState(reviewAction, IDLE);
  const t = useTranslations("Review");
  return (
    <form action={action}>
      {state.status === "error" ? (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      ) : null}
      <TargetFields target={target} />
      <input type="hidden" name="decision" value="approve" />
      <input type="hidden" name="value" value={reference} />
      <button type="submit" className="button button--secondary">
        {t("approve")}
        <span className="visually-hidden"> {label}</span>
      </button>
    </form>
  );
}

export function ReturnOneForm({ target, reference, label }: { target: Target; reference: string; label: string }) {
  const [state, action] = useActionState(reviewAction, IDLE);
  const t = useTranslations("Review");
  const fieldId = `reason-${reference.replace(/[^A-Za-z0-9]/g, "-")}`;
  const error = state.status === "error" ? (problemAt(state.problems, "reason", 1)?.message ?? state.message) : null;
  return (
    <details className="review-return" open={state.status === "error" || undefined}>
      <summary>
        {t("returnBefore")}
        <span className="visually-hidden"> {label}</span> {t("returnAfter")}
      </summary>
      <form action={action} noValidate>
        <TargetFields target={target} />
        <input type="hidden" name="decision" value="return" />
        <input type="hidden" name="value" value={reference} />
        <div className={`field${error ? " field--error" : ""}`}>
          <label htmlFor={fieldId}>{t("returnReason")}</label>
          {error ? (
            <p className="field__error" id={`${fieldId}-error`}>
              {error}
            </p>
          ) : null}
          <textarea
            id={fieldId}
            name="reason"
            rows={2}
            className="input"
            aria-describedby={error ? `${fieldId}-error` : undefined}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <SubmitButton variant="warning">{t("returnSubmit")}</SubmitButton>
      </form>
    </details>
  );
}
