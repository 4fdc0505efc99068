"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmCheckbox } from "@/components/forms/confirm-checkbox";
import { openCycleAction, setCycleOpenAction, updateDeadlinesAction } from "@/app/actions/cycles";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function OpenCycleForm({ frameworks, defaultYear }: { frameworks: { value: string; label: string }[]; defaultYear: number }) {
  const [state, action] = useActionState(openCycleAction, IDLE);
  const t = useTranslations("CycleForms");
  return (
    <form action={action} noValidate aria-labelledby="open-cycle-heading">
      <h2 id="open-cycle-heading">{t("openHeading")}</h2>
      <FormMessage
        state={state}
        labels={{
          frameworkCode: t("framework"),
          year: t("year"),
          submissionDeadline: t("submissionDeadline"),
          consolidationDeadline: t("consolidationDeadline"),
        }}
      />
      <div className="form-row">
        <SelectField name="frameworkCode" label={t("framework")} state={state} options={frameworks} />
        <TextField name="year" label={t("yearReportedOn")} state={state} defaultValue={String(defaultYear)} width="short" />
      </div>
      <div className="form-row">
        <TextField
          name="submissionDeadline"
          label={t("submissionDeadline")}
          hint={t("submissionDeadlineHint")}
          type="date"
          state={state}
          width="medium"
        />
        <TextField
          name="consolidationDeadline"
          label={t("consolidationDeadline")}
          hint={t("consolidationDeadlineHint")}
          type="date"
          state={state}
          width="medium"
        />
      </div>
      <SubmitButton>{t("open")}</SubmitButton>
    </form>
  );
}

export function DeadlinesForm({
  frameworkCode,
  year,
  submissionDeadline,
  consolidationDeadline,
}: {
  frameworkCode: string;
  year: number;
  submissionDeadline: string;
  consolidationDeadline: string;
}) {
  const [state, action] = useActionState(updateDeadlinesAction, IDLE);
  const t = useTranslations("CycleForms");
  return (
    <form action={action} noValidate aria-labelledby="deadlines-heading">
      <h3 id="deadlines-heading">{t("deadlinesHeading")}</h3>
      <FormMessage
        state={state}
        labels={{ submissionDeadline: t("submissionDeadline"), consolidationDeadline: t("consolidationDeadline") }}
      />
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      <input type="hidden" name="year" value={year} />
      <div className="form-row">
        <TextField
          name="submissionDeadline"
          label={t("submissionDeadline")}
          type="date"
          state={state}
          defaultValue={submissionDeadline}
          width="medium"
        />
        <TextField
          name="consolidationDeadline"
          label={t("consolidationDeadline")}
          type="date"
          state={state}
          defaultValue={consolidationDeadline}
          width="medium"
        />
      </div>
      <SubmitButton variant="secondary">{t("saveDeadlines")}</SubmitButton>
    </form>
  );
}

export function CycleOpenForm({ frameworkCode, year, isOpen }: { frameworkCode: string; year: number; isOpen: boolean }) {
  const [state, action] = useActionState(setCycleOpenAction, IDLE);
  const t = useTranslations("CycleForms");
  const confirmLabel = useConfirmLabel(isOpen);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="open" value={isOpen ? "false" : "true"} />
      <ConfirmCheckbox idBase="cycle-open" state={state} label={confirmLabel} />
      <SubmitButton variant={isOpen ? "warning" : "secondary"}>{isOpen ? t("close") : t("reopen")}</SubmitButton>
    </form>
  );
}

/** The confirmation's wording comes from the shared Confirm texts. */
function useConfirmLabel(isOpen: boolean): string {
  const t = useTranslations("Confirm");
  return isOpen ? t("closeCycle") : t("reopenCycle");
}
