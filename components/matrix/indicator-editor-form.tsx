"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { createIndicatorAction, updateIndicatorAction } from "@/app/actions/matrix-editor";
import { CheckboxGroupField } from "@/components/forms/choice-fields";
import { FormMessage, SelectField, SubmitButton, TextAreaField, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";
import type { IndicatorFormValues } from "@/lib/frameworks/editor/indicator-form";
import { MGI_DOMAIN_NAMES } from "@/lib/frameworks/builtin/reference-lists";
import { DIRECTIONS, VALUE_TYPES } from "@/lib/indicators/value-types";
import type { VersionRef } from "./editor-forms";
import { useDirectionLabels, useIndicatorFieldLabels, useValueTypeLabels } from "./use-matrix-labels";

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
  const t = useTranslations("IndicatorEditorForm");
  const labels = useIndicatorFieldLabels();
  const valueTypeLabels = useValueTypeLabels();
  const directionLabels = useDirectionLabels();
  const { values, references } = props;
  const field = (name: keyof typeof labels) => ({
    name,
    label: labels[name],
    state,
    defaultValue: values[name as keyof IndicatorFormValues] as string,
  });
  return (
    <form action={action} noValidate aria-labelledby="indicator-form-heading">
      <h2 id="indicator-form-heading">{props.mode === "create" ? t("newIndicator") : t("definition")}</h2>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="frameworkCode" value={props.version.frameworkCode} />
      <input type="hidden" name="versionNumber" value={props.version.versionNumber} />
      {props.mode === "create" ? (
        <input type="hidden" name="areaId" value={props.areaId} />
      ) : (
        <input type="hidden" name="indicatorId" value={props.indicatorId} />
      )}

      <fieldset>
        <legend>{t("whatIsMeasured")}</legend>
        <div className="form-row">
          <TextField {...field("code")} width="short" hint={props.mode === "update" ? t("codeHint") : undefined} />
          <SelectField {...field("type")} options={VALUE_TYPES.map((type) => ({ value: type, label: valueTypeLabels[type] }))} />
        </div>
        <TextAreaField {...field("name")} rows={2} />
        <TextAreaField {...field("translations")} hint={t("translationsHint")} rows={2} />
        <TextAreaField {...field("definition")} rows={4} />
      </fieldset>

      <fieldset>
        <legend>{t("values")}</legend>
        <div className="form-row">
          <TextField {...field("unit")} width="medium" hint={t("unitHint")} />
          <SelectField
            {...field("direction")}
            options={[
              { value: "", label: t("notSet") },
              ...DIRECTIONS.map((direction) => ({ value: direction, label: directionLabels[direction] })),
            ]}
          />
        </div>
        <div className="form-row">
          <TextField {...field("lower_limit")} width="short" hint={t("lowerLimitHint")} />
          <TextField {...field("upper_limit")} width="short" hint={t("upperLimitHint")} />
          <TextField {...field("decimals")} width="short" hint={t("decimalsHint")} />
        </div>
        <TextField {...field("levels")} hint={t("levelsHint")} />
      </fieldset>

      <fieldset>
        <legend>{t("baselineAndTargets")}</legend>
        <div className="form-row">
          <TextField {...field("baseline_year")} width="short" />
          <TextField {...field("baseline_value")} width="medium" hint={t("baselineValueHint")} />
        </div>
        <TextField {...field("targets")} hint={t("targetsHint")} />
      </fieldset>

      <fieldset>
        <legend>{t("whoReports")}</legend>
        <SelectField
          {...field("lead_institution")}
          options={[
            { value: "", label: t("none") },
            ...references.institutions.map((institution) => ({
              value: institution.code,
              label: `${institution.code} — ${institution.name}`,
            })),
          ]}
        />
        <CheckboxGroupField
          name="contributors"
          legend={labels.contributors}
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
          legend={labels.dimensions}
          state={state}
          defaultChecked={values.dimensionList}
          options={references.dimensions.map((dimension) => ({ value: dimension.code, label: dimension.name }))}
        />
        <CheckboxGroupField
          name="breakdowns_must_sum"
          legend={labels.breakdowns_must_sum}
          state={state}
          defaultChecked={values.breakdowns_must_sum ? ["yes"] : []}
          options={[{ value: "yes", label: t("breakdownsMustSumOption") }]}
        />
      </fieldset>

      <fieldset>
        <legend>{t("globalLinks")}</legend>
        <SelectField
          {...field("mgi_domain")}
          options={[
            { value: "", label: t("none") },
            ...Object.entries(MGI_DOMAIN_NAMES).map(([number, name]) => ({ value: number, label: `${number}. ${name}` })),
          ]}
        />
        <div className="form-row">
          <TextField {...field("sdg_targets")} width="medium" hint={t("sdgTargetsHint")} />
          <TextField {...field("gcm_objectives")} width="medium" hint={t("gcmObjectivesHint")} />
        </div>
      </fieldset>
      <SubmitButton>{props.mode === "create" ? t("add") : t("save")}</SubmitButton>
    </form>
  );
}
