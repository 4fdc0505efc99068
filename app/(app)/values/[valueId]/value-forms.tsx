"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addCommentAction, reopenValueAction } from "@/app/actions/values";
import { FieldNotes, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE, type ActionState } from "@/lib/actions/action-state";
import { problemAt } from "@/lib/problems/problem";

function TextArea({ name, label, state, hint }: { name: string; label: string; state: ActionState; hint?: string }) {
  const error = state.status === "error" ? (problemAt(state.problems, undefined)?.message ?? state.message) : undefined;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={`field-${name}`}>{label}</label>
      <FieldNotes id={name} hint={hint} error={error} />
      <textarea
        id={`field-${name}`}
        name={name}
        rows={3}
        className="input"
        key={state.status === "success" ? "cleared" : "typing"}
        defaultValue={state.status === "error" ? (state.values?.[name] ?? "") : ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hint ? `hint-${name}` : "", error ? `error-${name}` : ""].filter(Boolean).join(" ") || undefined}
      />
    </div>
  );
}

export function CommentForm({ valueId }: { valueId: string }) {
  const [state, action] = useActionState(addCommentAction, IDLE);
  const t = useTranslations("ValueForms");
  return (
    <form action={action} noValidate aria-labelledby="comment-heading">
      <h3 id="comment-heading">{t("commentHeading")}</h3>
      {state.status === "success" ? <FormMessage state={state} /> : null}
      <input type="hidden" name="valueId" value={valueId} />
      <TextArea name="body" label={t("commentLabel")} state={state} />
      <SubmitButton variant="secondary">{t("commentSubmit")}</SubmitButton>
    </form>
  );
}

export function ReopenForm({ valueId }: { valueId: string }) {
  const [state, action] = useActionState(reopenValueAction, IDLE);
  const t = useTranslations("ValueForms");
  return (
    <form action={action} noValidate aria-labelledby="reopen-heading">
      <h3 id="reopen-heading">{t("reopenHeading")}</h3>
      {state.status === "success" ? <FormMessage state={state} /> : null}
      <input type="hidden" name="valueId" value={valueId} />
      <TextArea name="reason" label={t("reopenLabel")} hint={t("reopenHint")} state={state} />
      <SubmitButton variant="warning">{t("reopenSubmit")}</SubmitButton>
    </form>
  );
}
