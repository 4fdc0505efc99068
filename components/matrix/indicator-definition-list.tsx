import { Fragment } from "react";
import { INDICATOR_FORM_FIELDS, type IndicatorFormValues } from "@/lib/frameworks/editor/indicator-form";
import { useIndicatorFieldLabels } from "./use-matrix-labels";

/** A version's indicator read-only: the filled fields, named as in the editor form. */
export function IndicatorDefinitionList({ values }: { values: IndicatorFormValues }) {
  const labels = useIndicatorFieldLabels();
  return (
    <dl className="summary-list">
      {INDICATOR_FORM_FIELDS.filter((field) => values[field]).map((field) => (
        <Fragment key={field}>
          <dt>{labels[field]}</dt>
          <dd>{values[field]}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
