import Link from "next/link";
import { ValueStatusMark } from "@/components/indicators/value-status-badge";
import { TOTAL_KEY } from "@/lib/indicators/disaggregation";
import { formatNumber } from "@/lib/indicators/format-value";
import type { EntryIndicator, EntryRow as EntryRowData } from "@/lib/monitoring/get-entry-form";
import { entryInputName, ROW_LIST, savedField } from "@/lib/monitoring/entry-form-fields";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { DetailField } from "./detail-field";
import { isLocked, type FieldName, type RowConflictNote, type RowState } from "./entry-form-state";
import type { EntryRowTexts } from "./use-entry-row-texts";
import { ValueInput } from "./value-input";

/** A row never saved: every field empty. */
const EMPTY_ROW = { value: "", comment: "", source: "", evidenceUrl: "" };

/**
 * One row of an indicator (its total or one breakdown): the value with its status, last
 * year's value, and the comment, source and evidence. Submitted and approved values, and
 * every value of a closed cycle, are shown read-only.
 */
export function EntryRow(props: {
  /** The row's id, `${indicator}|${breakdown key}`: its inputs are named after it (entryInputName). */
  id: string;
  indicator: EntryIndicator;
  row: EntryRowData;
  state: RowState;
  /** What was last saved of the row: the action saves the row only when it differs. */
  saved: RowState | undefined;
  errors: Partial<Record<FieldName, string>>;
  /** Absent without a conflict; null when someone else cleared the value. */
  conflict: RowConflictNote | undefined;
  cycleClosed: boolean;
  previousYear: number;
  /** The rows' words, read once for the whole form. */
  texts: EntryRowTexts;
  fieldId: (field: FieldName) => string;
  onChange: (field: FieldName, value: string) => void;
}) {
  const { id, indicator, row, state, saved, errors: rowErrors, conflict, cycleClosed, texts, fieldId, onChange } = props;
  const { locale } = texts;
  const hasConflict = conflict !== undefined;
  const conflictText = !hasConflict
    ? null
    : conflict === null
      ? texts.conflictCleared
      : texts.conflictSaved(
          conflict.value === null
            ? texts.emptyValue
            : typeof conflict.value === "number"
              ? formatNumber(conflict.value, null, locale)
              : conflict.value,
          texts.statusLabels[conflict.status].toLocaleLowerCase(locale),
        );
  const rowLabel = row.key === TOTAL_KEY ? texts.total : row.label;
  const locked = cycleClosed || isLocked(state.status);
  const valueId = fieldId("value");
  return (
    <div className={`entry-row${rowErrors.value || hasConflict ? " entry-row--error" : ""}`}>
      {locked ? null : (
        <>
          <input type="hidden" name={ROW_LIST} value={id} />
          <input type="hidden" name={entryInputName("version", id)} value={state.version ?? ""} />
          <input type="hidden" name={entryInputName("saved", id)} value={savedField(saved ?? EMPTY_ROW)} />
        </>
      )}
      {state.status === "RETURNED" && state.returnReason ? (
        <p className="entry-returned">
          <strong>{texts.returnedBy}</strong> {state.returnReason}
        </p>
      ) : null}
      <div className="entry-row__main">
        <div className="entry-row__label">
          <label htmlFor={valueId}>{rowLabel}</label>
          {state.status ? (
            <ValueStatusMark status={state.status} labels={texts.statusLabels} />
          ) : (
            <span className="muted">{texts.notEntered}</span>
          )}
        </div>
        <div className="entry-row__input">
          {rowErrors.value ? (
            <p className="field__error" id={`${valueId}-error`}>
              <span className="visually-hidden">{texts.errorPrefix} </span>
              {rowErrors.value}
            </p>
          ) : null}
          {hasConflict ? (
            <p className="field__error" id={`${valueId}-conflict`}>
              {conflictText}
            </p>
          ) : null}
          {locked ? (
            <p className="entry-locked">
              {row.current?.display ?? texts.noValue}{" "}
              <span className="muted">
                {cycleClosed ? texts.lockedClosed : state.status === "APPROVED" ? texts.lockedApproved : texts.lockedSubmitted}
              </span>
            </p>
          ) : (
            <ValueInput
              id={valueId}
              name={entryInputName("value", id)}
              indicator={indicator}
              value={state.value}
              invalid={Boolean(rowErrors.value) || hasConflict}
              emptyChoice={texts.notEntered}
              describedBy={[rowErrors.value ? `${valueId}-error` : "", hasConflict ? `${valueId}-conflict` : "", `meta-${indicator.code}`]
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
          <summary>{state.comment || state.source || state.evidenceUrl ? texts.detailsFilled : texts.details}</summary>
          <DetailField
            id={fieldId("comment")}
            name={entryInputName("comment", id)}
            label={texts.comment}
            value={state.comment}
            error={rowErrors.comment}
            maxLength={TEXT_LIMITS.comment}
            multiline
            texts={texts.field}
            onChange={(value) => onChange("comment", value)}
          />
          <DetailField
            id={fieldId("source")}
            name={entryInputName("source", id)}
            label={texts.source}
            hint={indicator.dataSource ? texts.usualSource(indicator.dataSource) : undefined}
            value={state.source}
            error={rowErrors.source}
            texts={texts.field}
            onChange={(value) => onChange("source", value)}
          />
          <DetailField
            id={fieldId("evidenceUrl")}
            name={entryInputName("evidenceUrl", id)}
            label={texts.evidenceUrl}
            value={state.evidenceUrl}
            error={rowErrors.evidenceUrl}
            type="url"
            texts={texts.field}
            onChange={(value) => onChange("evidenceUrl", value)}
          />
        </details>
      )}
      {row.current ? (
        <p className="entry-history">
          <Link href={`/values/${row.current.id}`}>
            {texts.history}
            <span className="visually-hidden"> {texts.historyOf(indicator.code, rowLabel)}</span>
          </Link>
        </p>
      ) : null}
    </div>
  );
}
