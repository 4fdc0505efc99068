"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("ScoringSettings");
  const [state, action] = useActionState(updateFrameworkScoringAction, IDLE);
  const labels = { baseYear: t("baseYear"), cutoff2: t("cutoff2"), cutoff3: t("cutoff3"), cutoff4: t("cutoff4") };
  return (
    <form action={action} noValidate aria-labelledby="scoring-heading">
      <h2 id="scoring-heading">{t("heading")}</h2>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      <TextField
        name="baseYear"
        label={labels.baseYear}
        hint={t("baseYearHint")}
        state={state}
        defaultValue={baseYear === null ? "" : String(baseYear)}
        width="short"
      />
      <fieldset className="year-picker">
        <legend>{t("cutoffsLegend")}</legend>
        <div className="form-row">
          <TextField name="cutoff2" label={labels.cutoff2} state={state} defaultValue={String(cutoffs[0])} width="short" />
          <TextField name="cutoff3" label={labels.cutoff3} state={state} defaultValue={String(cutoffs[1])} width="short" />
          <TextField name="cutoff4" label={labels.cutoff4} state={state} defaultValue={String(cutoffs[2])} width="short" />
        </div>
      </fieldset>
      <SubmitButton variant="secondary">{t("save")}</SubmitButton>
    </form>
  );
}
