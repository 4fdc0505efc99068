import Link from "next/link";
import { ValueStatusBadge } from "@/components/indicators/value-status-badge";
import type { EntryIndicator, EntryRow as EntryRowData } from "@/lib/monitoring/get-entry-form";
import { DetailField } from "./detail-field";
import { isLocked, type FieldName, type RowState } from "./entry-form-state";
import { ValueInput } from "./value-input";

/**
 * One row of an indicator (its total or one breakdown): the value with its status, last
 * year's value, and the comment, source and evidence. Submitted and approved values, and
 * every value of a closed cycle, are shown read-only.
 */
export function EntryRow(props: {
  indicator: EntryIndicator;
  row: EntryRowData;
  state: RowState;
  errors: Partial<Record<FieldName, string>>;
  conflict: string | undefined;
  cycleClosed: boolean;
  previousYear: number;
  fieldId: (field: FieldName) => string;
  onChange: (field: FieldName, value: string) => void;
}) {
  const { indicator, row, state, errors: rowErrors, conflict, cycleClosed, fieldId, onChange } = props;
  const locked = cycleClosed || isLocked(state.status);
  const valueId = fieldId("value");
  return (
    <div className={`entry-row${rowErrors.value || conflict ? " entry-row--error" : ""}`}>
      {state.status === "RETURNED" && state.returnReason ? (
        <p className="entry-returned">
          <strong>Returned by the secretariat:</strong> {state.returnReason}
        </p>
      ) : null}
      <div className="entry-row__main">
        <div className="entry-row__label">
          <label htmlFor={valueId}>{row.label}</label>
          {state.status ? <ValueStatusBadge status={state.status} /> : <span className="muted">Not entered</span>}
        </div>
        <div className="entry-row__input">
          {rowErrors.value ? (
            <p className="field__error" id={`${valueId}-error`}>
              <span className="visually-hidden">Error: </span>
              {rowErrors.value}
            </p>
          ) : null}
          {conflict ? (
            <p className="field__error" id={`${valueId}-conflict`}>
              {conflict}
            </p>
          ) : null}
          {locked ? (
            <p className="entry-locked">
              {row.current?.display ?? "No value"}{" "}
              <span className="muted">
                {cycleClosed ? "(cycle closed)" : state.status === "APPROVED" ? "(approved, locked)" : "(submitted, awaiting review)"}
              </span>
            </p>
          ) : (
            <ValueInput
              id={valueId}
              indicator={indicator}
              value={state.value}
              invalid={Boolean(rowErrors.value || conflict)}
              describedBy={[rowErrors.value ? `${valueId}-error` : "", conflict ? `${valueId}-conflict` : "", `meta-${indicator.code}`]
                .filter(Boolean)
                .join(" ")}
              onChange={(value) => onChange("value", value)}
            />
          )}
        </div>
        <div className="entry-row__previous">
          <span className="muted">{props.previousYear}:</span> {row.lastYear?.display ?? "—"}
        </div>
      </div>
      {locked ? null : (
        <details className="entry-details" open={Boolean(rowErrors.comment || rowErrors.source || rowErrors.evidenceUrl) || undefined}>
          <summary>Comment, source and evidence{state.comment || state.source || state.evidenceUrl ? " (filled in)" : ""}</summary>
          <DetailField
            id={fieldId("comment")}
            label="Comment"
            value={state.comment}
            error={rowErrors.comment}
            multiline
            onChange={(value) => onChange("comment", value)}
          />
          <DetailField
            id={fieldId("source")}
            label="Source"
            hint={indicator.dataSource ? `Usually: ${indicator.dataSource}` : undefined}
            value={state.source}
            error={rowErrors.source}
            onChange={(value) => onChange("source", value)}
          />
          <DetailField
            id={fieldId("evidenceUrl")}
            label="Evidence (web address)"
            value={state.evidenceUrl}
            error={rowErrors.evidenceUrl}
            type="url"
            onChange={(value) => onChange("evidenceUrl", value)}
          />
        </details>
      )}
      {row.current ? (
        <p className="entry-history">
          <Link href={`/values/${row.current.id}`}>
            History and comments
            <span className="visually-hidden">
              {" "}
              of {indicator.code} {row.label}
            </span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}
