"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { createFrameworkAction } from "@/app/actions/matrix-editor";
import { FormMessage, previousValue, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

/** A new framework, blank, a copy of one of the workspace's, or from a built-in template; its first version is a draft. */
export function NewFrameworkForm({ frameworks }: { frameworks: { code: string; name: string }[] }) {
  const t = useTranslations("NewFrameworkForm");
  const [state, action] = useActionState(createFrameworkAction, IDLE);
  const labels = {
    code: t("code"),
    name: t("name"),
    description: t("description"),
    versionLabel: t("versionLabel"),
    start: t("start"),
    copyFrom: t("copyFrom"),
    template: t("template"),
  };
  const [start, setStart] = useState(previousValue(state, "start", "blank"));
  const starts = [
    { value: "blank", label: t("startBlank") },
    { value: "copy", label: t("startCopy") },
    { value: "template", label: t("startTemplate") },
  ];
  return (
    <form action={action} noValidate aria-labelledby="new-framework-heading">
      <h2 id="new-framework-heading">{t("heading")}</h2>
      <FormMessage state={state} labels={labels} />
      <fieldset className="field">
        <legend>{t("start")}</legend>
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
          label={t("copyFrom")}
          hint={t("copyFromHint")}
          state={state}
          options={[
            { value: "", label: t("chooseFramework") },
            ...frameworks.map((framework) => ({ value: framework.code, label: `${framework.code} — ${framework.name}` })),
          ]}
        />
      ) : null}
      {start === "template" ? (
        <SelectField
          name="template"
          label={t("template")}
          state={state}
          options={[
            { value: "MGI", label: t("templateMgi") },
            { value: "SDG_10_7_2", label: t("templateSdg") },
          ]}
        />
      ) : null}
      <div className="form-row">
        <TextField name="code" label={t("code")} hint={t("codeHint")} state={state} width="short" />
        <TextField name="name" label={t("name")} state={state} />
      </div>
      <TextAreaField name="description" label={t("descriptionOptional")} state={state} />
      <TextField name="versionLabel" label={t("versionLabel")} hint={t("versionLabelHint")} state={state} width="short" />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
