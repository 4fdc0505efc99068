"use client";

import { useActionState } from "react";
import { updateFrameworkScoringAction } from "@/app/actions/frameworks";
import { FormMessage, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function ScoringSettingsForm({
  frameworkCode,
  baseYear,
  cutoffs,
}: {
  frameworkCode: string;
  baseYear: number | null;
  cutoffs: readonly number[];
}) {
  const [state, action] = useActionState(updateFrameworkScoringAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="scoring-heading">
      <h2 id="scoring-heading">Progress settings</h2>
      <FormMessage
        state={state}
        labels={{ baseYear: "Base year", cutoff2: "2 Partially meets", cutoff3: "3 Meets", cutoff4: "4 Fully meets" }}
      />
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      <TextField
        name="baseYear"
        label="Base year"
        hint="Progress is measured from this year; empty: each indicator's first year"
        state={state}
        defaultValue={baseYear === null ? "" : String(baseYear)}
        width="short"
      />
      <fieldset className="year-picker">
        <legend>SDG 10.7.2 categories: lowest score (%) of each</legend>
        <div className="form-row">
          <TextField name="cutoff2" label="2 Partially meets" state={state} defaultValue={String(cutoffs[0])} width="short" />
          <TextField name="cutoff3" label="3 Meets" state={state} defaultValue={String(cutoffs[1])} width="short" />
          <TextField name="cutoff4" label="4 Fully meets" state={state} defaultValue={String(cutoffs[2])} width="short" />
        </div>
      </fieldset>
      <SubmitButton variant="secondary">Save settings</SubmitButton>
    </form>
  );
}
