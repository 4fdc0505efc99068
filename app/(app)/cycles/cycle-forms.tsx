"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmCheckbox } from "@/components/forms/confirm-checkbox";
import { openCycleAction, setCycleOpenAction, updateDeadlinesAction } from "@/app/actions/cycles";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

export function OpenCycleForm({ frameworks, defaultYear }: { frameworks: { value: string; label: string }[]; defaultYear: number }) {
  const [state, action] = useActionState(openCycleAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="open-cycle-heading">
      <h2 id="open-cycle-heading">Open a reporting cycle</h2>
      <FormMessage
        state={state}
        labels={{
          frameworkCode: "Framework",
          year: "Year",
          submissionDeadline: "Institutions report by",
          consolidationDeadline: "Consolidation by",
        }}
      />
      <div className="form-row">
        <SelectField name="frameworkCode" label="Framework" state={state} options={frameworks} />
        <TextField name="year" label="Year reported on" state={state} defaultValue={String(defaultYear)} width="short" />
      </div>
      <div className="form-row">
        <TextField
          name="submissionDeadline"
          label="Institutions report by"
          hint="Empty: 25 January of the next year"
          type="date"
          state={state}
          width="medium"
        />
        <TextField
          name="consolidationDeadline"
          label="Consolidation by"
          hint="Empty: 31 March of the next year"
          type="date"
          state={state}
          width="medium"
        />
      </div>
      <SubmitButton>Open the cycle</SubmitButton>
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
  return (
    <form action={action} noValidate aria-labelledby="deadlines-heading">
      <h3 id="deadlines-heading">Deadlines</h3>
      <FormMessage state={state} labels={{ submissionDeadline: "Institutions report by", consolidationDeadline: "Consolidation by" }} />
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      <input type="hidden" name="year" value={year} />
      <div className="form-row">
        <TextField
          name="submissionDeadline"
          label="Institutions report by"
          type="date"
          state={state}
          defaultValue={submissionDeadline}
          width="medium"
        />
        <TextField
          name="consolidationDeadline"
          label="Consolidation by"
          type="date"
          state={state}
          defaultValue={consolidationDeadline}
          width="medium"
        />
      </div>
      <SubmitButton variant="secondary">Save deadlines</SubmitButton>
    </form>
  );
}

export function CycleOpenForm({ frameworkCode, year, isOpen }: { frameworkCode: string; year: number; isOpen: boolean }) {
  const [state, action] = useActionState(setCycleOpenAction, IDLE);
  const t = useTranslations("Confirm");
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="frameworkCode" value={frameworkCode} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="open" value={isOpen ? "false" : "true"} />
      <ConfirmCheckbox idBase="cycle-open" state={state} label={isOpen ? t("closeCycle") : t("reopenCycle")} />
      <SubmitButton variant={isOpen ? "warning" : "secondary"}>{isOpen ? "Close the cycle" : "Reopen the cycle"}</SubmitButton>
    </form>
  );
}
