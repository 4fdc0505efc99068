"use client";

import { useActionState } from "react";
import { createIndicatorAction, updateIndicatorAction } from "@/app/actions/matrix-editor";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import type { IndicatorFormValues } from "@/lib/frameworks/editor/indicator-form";
import { MGI_DOMAIN_NAMES } from "@/lib/frameworks/builtin/reference-lists";
import { DIRECTION_LABELS, DIRECTIONS, VALUE_TYPE_LABELS, VALUE_TYPES } from "@/lib/indicators/value-types";
import type { VersionRef } from "./editor-forms";

const LABELS: Record<string, string> = {
  code: "Code",
  name: "Name",
  translations: "Names in other languages",
  definition: "Definition",
  type: "Type",
  unit: "Unit",
  direction: "Desired direction",
  lower_limit: "Lowest possible value",
  upper_limit: "Highest possible value",
  decimals: "Decimal places",
  baseline_year: "Baseline year",
  baseline_value: "Baseline value",
  targets: "Targets",
  levels: "Levels",
  lead_institution: "Lead institution",
  contributors: "Contributing institutions",
  data_source: "Data source",
  verification: "Means of verification",
  dimensions: "Disaggregations",
  mgi_domain: "MGI domain",
  sdg_targets: "SDG targets",
  gcm_objectives: "GCM objectives",
};

type Props = {
  version: VersionRef;
  values: IndicatorFormValues;
  references: { institutions: { code: string; name: string }[]; dimensions: { code: string; name: string }[] };
} & ({ mode: "create"; areaId: string } | { mode: "update"; indicatorId: string });

/**
 * Every field of an indicator, named like the matrix workbook's columns and checked by the
 * same rules; lists use the workbook's cell notation. Errors show at their field.
 */
export function IndicatorEditorForm(props: Props) {
  const [state, action] = useActionState(props.mode === "create" ? createIndicatorAction : updateIndicatorAction, IDLE);
  const { values, references } = props;
  const field = (name: keyof typeof LABELS) => ({
    name,
    label: LABELS[name]!,
    state,
    defaultValue: values[name as keyof IndicatorFormValues] as string,
  });
  return (
    <form action={action} noValidate aria-labelledby="indicator-form-heading">
      <h2 id="indicator-form-heading">{props.mode === "create" ? "New indicator" : "Definition"}</h2>
      <FormMessage state={state} labels={LABELS} />
      <input type="hidden" name="frameworkCode" value={props.version.frameworkCode} />
      <input type="hidden" name="versionNumber" value={props.version.versionNumber} />
      {props.mode === "create" ? (
        <input type="hidden" name="areaId" value={props.areaId} />
      ) : (
        <input type="hidden" name="indicatorId" value={props.indicatorId} />
      )}

      <fieldset>
        <legend>What is measured</legend>
        <div className="form-row">
          <TextField
            {...field("code")}
            width="short"
            hint={props.mode === "update" ? "A new code keeps the indicator's series" : undefined}
          />
          <SelectField {...field("type")} options={VALUE_TYPES.map((type) => ({ value: type, label: VALUE_TYPE_LABELS[type] }))} />
        </div>
        <TextAreaField {...field("name")} rows={2} />
        <TextAreaField {...field("translations")} hint="One a line, as language: name, e.g. ro: Numele indicatorului" rows={2} />
        <TextAreaField {...field("definition")} rows={4} />
      </fieldset>

      <fieldset>
        <legend>Values</legend>
        <div className="form-row">
          <TextField {...field("unit")} width="medium" hint="E.g. persons; percentages use %" />
          <SelectField
            {...field("direction")}
            options={[
              { value: "", label: "Not set" },
              ...DIRECTIONS.map((direction) => ({ value: direction, label: DIRECTION_LABELS[direction] })),
            ]}
          />
        </div>
        <div className="form-row">
          <TextField {...field("lower_limit")} width="short" hint="Percentages: 0 when empty" />
          <TextField {...field("upper_limit")} width="short" hint="Percentages: 100 when empty" />
          <TextField {...field("decimals")} width="short" hint="0 to 6" />
        </div>
        <TextField
          {...field("levels")}
          hint="Level-scale indicators only: code=label=score (score 0 to 1), separated by semicolons, e.g. none=Not started=0; done=Completed=1"
        />
      </fieldset>

      <fieldset>
        <legend>Baseline and targets</legend>
        <div className="form-row">
          <TextField {...field("baseline_year")} width="short" />
          <TextField {...field("baseline_value")} width="medium" hint="A number, or a level code (yes, no, …)" />
        </div>
        <TextField
          {...field("targets")}
          hint="year:value separated by semicolons; end the final target with *, e.g. 2025:40; 2030:60*. Narrative indicators have none."
        />
      </fieldset>

      <fieldset>
        <legend>Who reports, and from where</legend>
        <SelectField
          {...field("lead_institution")}
          options={[
            { value: "", label: "None" },
            ...references.institutions.map((institution) => ({
              value: institution.code,
              label: `${institution.code} — ${institution.name}`,
            })),
          ]}
        />
        <CheckboxGroupField
          name="contributors"
          legend={LABELS.contributors!}
          state={state}
          defaultChecked={values.contributorList}
          options={references.institutions.map((institution) => ({
            value: institution.code,
            label: `${institution.code} — ${institution.name}`,
          }))}
        />
        <TextAreaField {...field("data_source")} rows={2} />
        <TextAreaField {...field("verification")} rows={2} />
        <CheckboxGroupField
          name="dimensions"
          legend={LABELS.dimensions!}
          state={state}
          defaultChecked={values.dimensionList}
          options={references.dimensions.map((dimension) => ({ value: dimension.code, label: dimension.name }))}
        />
      </fieldset>

      <fieldset>
        <legend>Links to global frameworks</legend>
        <SelectField
          {...field("mgi_domain")}
          options={[
            { value: "", label: "None" },
            ...Object.entries(MGI_DOMAIN_NAMES).map(([number, name]) => ({ value: number, label: `${number}. ${name}` })),
          ]}
        />
        <div className="form-row">
          <TextField {...field("sdg_targets")} width="medium" hint="Separated by semicolons, e.g. 10.7; 17.18" />
          <TextField {...field("gcm_objectives")} width="medium" hint="Objectives 1 to 23, e.g. 19; 23" />
        </div>
      </fieldset>
      <SubmitButton>{props.mode === "create" ? "Add indicator" : "Save indicator"}</SubmitButton>
    </form>
  );
}
