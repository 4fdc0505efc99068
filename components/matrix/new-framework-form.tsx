"use client";

import { useActionState, useState } from "react";
import { createFrameworkAction } from "@/app/actions/matrix-editor";
import { FormMessage, previousValue, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

const LABELS = {
  code: "Code",
  name: "Name",
  description: "Description",
  versionLabel: "First version's label",
  start: "Start from",
  copyFrom: "Framework to copy",
  template: "Template",
};

/** A new framework, blank, a copy of one of the workspace's, or from a built-in template; its first version is a draft. */
export function NewFrameworkForm({ frameworks }: { frameworks: { code: string; name: string }[] }) {
  const [state, action] = useActionState(createFrameworkAction, IDLE);
  const [start, setStart] = useState(previousValue(state, "start", "blank"));
  const starts = [
    { value: "blank", label: "Blank: I add the areas and indicators" },
    { value: "copy", label: "A copy of one of our frameworks" },
    { value: "template", label: "A built-in template (MGI or SDG 10.7.2)" },
  ];
  return (
    <form action={action} noValidate aria-labelledby="new-framework-heading">
      <h2 id="new-framework-heading">Create in the editor</h2>
      <FormMessage state={state} labels={LABELS} />
      <fieldset className="field">
        <legend>Start from</legend>
        {starts.map((option) => (
          <label key={option.value} style={{ display: "block" }}>
            <input
              type="radio"
              name="start"
              value={option.value}
              checked={start === option.value}
              onChange={() => setStart(option.value)}
            />{" "}
            {option.label}
          </label>
        ))}
      </fieldset>
      {start === "copy" ? (
        <SelectField
          name="copyFrom"
          label="Framework to copy"
          hint="Its current version is copied; the copy's series start afresh"
          state={state}
          options={[
            { value: "", label: "Choose a framework" },
            ...frameworks.map((framework) => ({ value: framework.code, label: `${framework.code} — ${framework.name}` })),
          ]}
        />
      ) : null}
      {start === "template" ? (
        <SelectField
          name="template"
          label="Template"
          state={state}
          options={[
            { value: "MGI", label: "Migration Governance Indicators (MGI)" },
            { value: "SDG_10_7_2", label: "SDG indicator 10.7.2" },
          ]}
        />
      ) : null}
      <div className="form-row">
        <TextField name="code" label="Code" hint="Short and unique, e.g. NAP-2026" state={state} width="short" />
        <TextField name="name" label="Name" state={state} />
      </div>
      <TextAreaField name="description" label="Description (optional)" state={state} />
      <TextField name="versionLabel" label="First version's label" hint="E.g. 2026; 1 when empty" state={state} width="short" />
      <SubmitButton>Create framework</SubmitButton>
    </form>
  );
}
