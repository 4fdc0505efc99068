"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { addEvidenceAction, removeEvidenceAction } from "@/app/actions/evidence";
import { FieldNotes, FormMessage, SubmitButton } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import { EVIDENCE_ACCEPT, EVIDENCE_LIMITS, formatFileSize } from "@/lib/evidence/evidence-limits";

/** Attaches files to a value: a multipart form, posted to its server action with or without JavaScript. */
export function AddEvidenceForm({ valueId }: { valueId: string }) {
  const t = useTranslations("Evidence");
  const [state, action] = useActionState(addEvidenceAction, IDLE);
  const error = state.status === "error" ? state.message : undefined;
  return (
    <form action={action} encType="multipart/form-data" aria-labelledby="evidence-add-heading">
      <h3 id="evidence-add-heading">{t("addHeading")}</h3>
      {state.status === "success" ? <FormMessage state={state} /> : null}
      <input type="hidden" name="valueId" value={valueId} />
      <div className={`field${error ? " field--error" : ""}`}>
        <label htmlFor="field-files">{t("filesLabel")}</label>
        <FieldNotes
          id="files"
          hint={t("filesHint", {
            fileSize: formatFileSize(EVIDENCE_LIMITS.fileBytes),
            valueSize: formatFileSize(EVIDENCE_LIMITS.valueBytes),
            count: EVIDENCE_LIMITS.filesPerRequest,
          })}
          error={error}
        />
        <input
          id="field-files"
          name="files"
          type="file"
          multiple
          accept={EVIDENCE_ACCEPT}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={`hint-files${error ? " error-files" : ""}`}
        />
      </div>
      <SubmitButton variant="secondary">{t("attach")}</SubmitButton>
    </form>
  );
}

export function RemoveEvidenceForm({ valueId, evidenceId, fileName }: { valueId: string; evidenceId: string; fileName: string }) {
  const t = useTranslations("Evidence");
  const [state, action] = useActionState(removeEvidenceAction, IDLE);
  return (
    <form action={action}>
      <input type="hidden" name="valueId" value={valueId} />
      <input type="hidden" name="evidenceId" value={evidenceId} />
      <button type="submit" className="button button--link" aria-label={t("removeLabel", { name: fileName })}>
        {t("remove")}
      </button>
      {state.status === "error" ? (
        <p className="field__error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
