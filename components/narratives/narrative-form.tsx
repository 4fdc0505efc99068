"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { saveNarrativeAction } from "@/app/actions/narratives";
import { FormMessage, SubmitButton, TextAreaField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import { NARRATIVE_MAX_LENGTH } from "@/lib/narratives/narrative-limits";

export type NarrativeFormProps = {
  frameworkCode: string;
  year: number;
  kind: "SUMMARY" | "AREA" | "INDICATOR";
  /** The area's or indicator's code; "" for the summary. */
  subject: string;
  /** The saved text and its version (0 when none is written yet). */
  body: string;
  version: number;
  label: string;
  /** The page to show again with the saved text. */
  returnTo: string;
};

/**
 * Writes one narrative in Markdown. The form carries the version it was opened with, so that a
 * text someone else changed meanwhile is refused rather than overwritten; the page gives it a
 * new key once a save has changed the version.
 */
export function NarrativeForm(props: NarrativeFormProps) {
  const t = useTranslations("Narratives");
  const [state, action] = useActionState(saveNarrativeAction, IDLE);
  const idBase = `narrative-${props.kind.toLowerCase()}-${props.subject || "summary"}`.replace(/[^A-Za-z0-9_-]/g, "-");
  return (
    <form action={action} noValidate>
      <FormMessage state={state} labels={{ body: props.label }} />
      <input type="hidden" name="frameworkCode" value={props.frameworkCode} />
      <input type="hidden" name="year" value={props.year} />
      <input type="hidden" name="kind" value={props.kind} />
      <input type="hidden" name="subject" value={props.subject} />
      <input type="hidden" name="version" value={props.version} />
      <input type="hidden" name="returnTo" value={props.returnTo} />
      <TextAreaField
        name="body"
        idBase={idBase}
        label={props.label}
        hint={t("hint", { max: NARRATIVE_MAX_LENGTH })}
        state={state}
        defaultValue={props.body}
        rows={6}
      />
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
