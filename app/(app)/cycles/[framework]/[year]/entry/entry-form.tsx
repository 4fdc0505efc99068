"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useRef, useState, useTransition } from "react";
import { saveEntryAction, submitEntryAction } from "@/app/actions/values";
import { ValueStatusBadge } from "@/components/indicators/value-status-badge";
import { ProblemList } from "@/components/problems/problem-list";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import type { EntryForm as EntryFormData, EntryIndicator, EntryRow } from "@/lib/monitoring/get-entry-form";
import type { MissingValue } from "@/lib/monitoring/submit-cycle-values";
import type { Problem } from "@/lib/problems/problem";

type RowState = {
  value: string;
  comment: string;
  source: string;
  evidenceUrl: string;
  version: number | null;
  status: ValueStatus | null;
  returnReason: string | null;
};
type FieldName = "value" | "comment" | "source" | "evidenceUrl";
type Banner =
  /** `rowIds`: the form row each problem's row (1-based) stands for, in the order they were sent. */
  | { kind: "error"; message: string; problems: Problem[]; rowIds: string[] }
  | { kind: "success"; message: string; missing?: MissingValue[] }
  | { kind: "confirm-submit"; missing: { text: string }[] };

const FIELD_NAMES: readonly string[] = ["value", "comment", "source", "evidenceUrl"] satisfies FieldName[];
/** The input a problem is shown at: its own field, or the value for the row as a whole. */
const fieldNameOf = (problem: Problem) => (FIELD_NAMES.includes(problem.field ?? "") ? problem.field : "value") as FieldName;
const rowId = (indicator: EntryIndicator, row: EntryRow) => `${indicator.code}|${row.key}`;
const isLocked = (status: ValueStatus | null) => status === "SUBMITTED" || status === "APPROVED";

function initialState(form: EntryFormData): Record<string, RowState> {
  const state: Record<string, RowState> = {};
  for (const area of form.areas) {
    for (const indicator of area.indicators) {
      for (const row of indicator.rows) {
        state[rowId(indicator, row)] = {
          value: row.current?.input ?? "",
          comment: row.current?.comment ?? "",
          source: row.current?.source ?? "",
          evidenceUrl: row.current?.evidenceUrl ?? "",
          version: row.current?.version ?? null,
          status: row.current?.status ?? null,
          returnReason: row.current?.returnReason ?? null,
        };
      }
    }
  }
  return state;
}

const isDirty = (now: RowState, before: RowState | undefined) =>
  !before ||
  now.value !== before.value ||
  now.comment !== before.comment ||
  now.source !== before.source ||
  now.evidenceUrl !== before.evidenceUrl;

/**
 * The institution's whole entry form. Everything typed stays in the page until it is saved:
 * a refused save shows each problem next to its field and keeps the entries; a conflict shows
 * the value someone else saved and keeps yours, so saving again is a deliberate choice.
 */
export function EntryForm({ form }: { form: EntryFormData }) {
  const router = useRouter();
  const [rows, setRows] = useState(() => initialState(form));
  const [saved, setSaved] = useState(() => initialState(form));
  // New data from the server (after a save, a submission or someone's review): rows without
  // unsaved edits take it; rows being edited keep what was typed and the version it was based on.
  const [serverForm, setServerForm] = useState(form);
  if (form !== serverForm) {
    setServerForm(form);
    const fresh = initialState(form);
    setRows((current) =>
      Object.fromEntries(
        Object.entries(fresh).map(([id, next]) => [id, current[id] && isDirty(current[id], saved[id]) ? current[id] : next]),
      ),
    );
    setSaved(fresh);
  }
  const [errors, setErrors] = useState<Record<string, Partial<Record<FieldName, string>>>>({});
  const [conflicts, setConflicts] = useState<Record<string, string>>({});
  const [banner, setBanner] = useState<Banner | null>(null);
  const [pending, startTransition] = useTransition();
  const bannerRef = useRef<HTMLDivElement>(null);

  const order = useMemo(
    () => form.areas.flatMap((area) => area.indicators.flatMap((indicator) => indicator.rows.map((row) => ({ indicator, row })))),
    [form],
  );
  const fieldId = (id: string, field: FieldName) =>
    `field-${order.findIndex((entry) => rowId(entry.indicator, entry.row) === id)}-${field}`;
  const dirtyIds = Object.keys(rows).filter((id) => !isLocked(rows[id]!.status) && isDirty(rows[id]!, saved[id]));
  const cycleClosed = form.cycle.status === "CLOSED";

  const showBanner = (next: Banner) => {
    setBanner(next);
    requestAnimationFrame(() => bannerRef.current?.focus());
  };

  const update = (id: string, field: FieldName, value: string) =>
    setRows((current) => ({ ...current, [id]: { ...current[id]!, [field]: value } }));

  const save = () => {
    const ids = dirtyIds;
    if (ids.length === 0) return showBanner({ kind: "success", message: "There is nothing new to save." });
    const payload = ids.map((id) => {
      const [indicator, ...key] = id.split("|");
      const state = rows[id]!;
      return {
        indicator: indicator!,
        disaggregation: key.join("|"),
        value: state.value,
        comment: state.comment,
        source: state.source,
        evidenceUrl: state.evidenceUrl,
        version: state.version,
      };
    });
    startTransition(async () => {
      const result = await saveEntryAction({ frameworkCode: form.cycle.frameworkCode, year: form.cycle.year }, payload);
      if (result.status === "success") {
        setErrors({});
        setConflicts({});
        const savedRows = Object.fromEntries(
          result.result.values.map((value) => {
            const id = `${value.indicator}|${value.disaggregation}`;
            return [id, { ...rows[id]!, version: value.version, status: value.status as ValueStatus }];
          }),
        );
        setRows((current) => ({ ...current, ...savedRows }));
        setSaved({ ...rows, ...savedRows });
        const { created, updated, deleted } = result.result;
        showBanner({
          kind: "success",
          message: `Draft saved: ${created} new, ${updated} changed${deleted ? `, ${deleted} cleared` : ""}. Nothing is sent to the secretariat until you submit.`,
        });
        router.refresh();
        return;
      }
      const nextErrors: Record<string, Partial<Record<FieldName, string>>> = {};
      const problems: Problem[] = [];
      for (const problem of result.problems ?? []) {
        const id = ids[(problem.row ?? 0) - 1];
        if (!id) continue;
        nextErrors[id] = { ...nextErrors[id], [fieldNameOf(problem)]: problem.message };
        problems.push(problem);
      }
      const nextConflicts: Record<string, string> = {};
      const adopted: Record<string, RowState> = {};
      for (const conflict of result.conflicts ?? []) {
        const id = ids[conflict.row - 1];
        if (!id) continue;
        const now = conflict.current;
        nextConflicts[id] = now
          ? `Someone else saved ${String(now.value ?? "an empty value")} here meanwhile (status ${now.status.toLowerCase()}). Your entry is kept: saving again replaces theirs.`
          : "Someone else cleared this value meanwhile. Your entry is kept: saving again enters it.";
        adopted[id] = { ...rows[id]!, version: now?.version ?? null, status: now?.status ?? null };
        problems.push({ row: conflict.row, field: "value", code: "conflict", message: "changed by someone else" });
      }
      if (Object.keys(adopted).length > 0) setRows((current) => ({ ...current, ...adopted }));
      setErrors(nextErrors);
      setConflicts(nextConflicts);
      showBanner({ kind: "error", message: `${result.message}`, problems, rowIds: ids });
    });
  };

  const askSubmit = () => {
    if (dirtyIds.length > 0)
      return showBanner({
        kind: "error",
        message: "Save your draft before submitting: some entries are not saved yet.",
        problems: [],
        rowIds: [],
      });
    const missing = order
      .filter(({ indicator, row }) => (rows[rowId(indicator, row)]?.value ?? "") === "")
      .map(({ indicator, row }) => ({ text: `${indicator.code} ${indicator.name}: ${row.label}` }));
    showBanner({ kind: "confirm-submit", missing });
  };

  const submit = () =>
    startTransition(async () => {
      const result = await submitEntryAction({ frameworkCode: form.cycle.frameworkCode, year: form.cycle.year });
      if (result.status === "error") return showBanner({ kind: "error", message: result.message, problems: [], rowIds: [] });
      showBanner({
        kind: "success",
        message: `${result.result.submitted} values submitted to the secretariat for review.`,
        missing: result.result.missing,
      });
      router.refresh();
    });

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      aria-describedby="entry-help"
    >
      <p id="entry-help" className="muted">
        Enter each value with its unit as shown. Save your draft as often as you like; submit when your institution&apos;s values are
        complete.
      </p>
      <div ref={bannerRef} tabIndex={-1} className="entry-banner" aria-live="polite">
        {banner?.kind === "error" ? (
          <div className="error-summary" role="alert">
            <h2 className="error-summary__title">There is a problem</h2>
            <p>{banner.message}</p>
            <ProblemList
              problems={banner.problems}
              placeOf={(problem) => describeRow(banner.rowIds[problem.row! - 1]!, order)}
              hrefOf={(problem) => `#${fieldId(banner.rowIds[problem.row! - 1]!, fieldNameOf(problem))}`}
            />
          </div>
        ) : null}
        {banner?.kind === "success" ? (
          <div className="notice notice--success" role="status">
            <p>{banner.message}</p>
            {banner.missing && banner.missing.length > 0 ? (
              <>
                <p>Still missing ({banner.missing.length}):</p>
                <ul>
                  {banner.missing.map((item) => (
                    <li key={`${item.indicator}|${item.disaggregation}`}>
                      {item.indicator} {item.name}: {item.label}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </div>
        ) : null}
        {banner?.kind === "confirm-submit" ? (
          <div className="notice notice--warning" role="alertdialog" aria-labelledby="confirm-title">
            <h2 id="confirm-title">Submit {form.institution.code}&apos;s values for review?</h2>
            {banner.missing.length > 0 ? (
              <>
                <p>
                  <strong>{banner.missing.length} values are still missing.</strong> The secretariat will see them as missing:
                </p>
                <ul className="missing-list">
                  {banner.missing.map((item) => (
                    <li key={item.text}>{item.text}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>Every value is filled in.</p>
            )}
            <p>Submitted values are locked until the secretariat approves them or returns them to you.</p>
            <div className="button-row">
              <button type="button" className="button button--primary" onClick={submit} disabled={pending}>
                {banner.missing.length > 0 ? "Submit anyway" : "Submit for review"}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setBanner(null)}>
                Not yet
              </button>
            </div>
          </div>
        ) : null}
      </div>

      {form.areas.map((area) => (
        <section key={area.code} className="section" aria-labelledby={`area-${area.code}`}>
          <h2 id={`area-${area.code}`}>
            <span className="muted">{area.code}</span> {area.name}
          </h2>
          {area.indicators.map((indicator) => (
            <fieldset key={indicator.code} className="entry-indicator" aria-describedby={`meta-${indicator.code}`}>
              <legend>
                <span className="code">{indicator.code}</span> {indicator.name}
              </legend>
              <p className="entry-meta" id={`meta-${indicator.code}`}>
                {describeRules(indicator)}
                {indicator.target ? ` · Target: ${indicator.target}` : ""}
                {indicator.isLead ? "" : ` · Led by ${indicator.leadInstitution}; you contribute`}
              </p>
              {indicator.rows.map((row) => {
                const id = rowId(indicator, row);
                const state = rows[id]!;
                const locked = cycleClosed || isLocked(state.status);
                const rowErrors = errors[id] ?? {};
                const conflict = conflicts[id];
                return (
                  <div key={id} className={`entry-row${rowErrors.value || conflict ? " entry-row--error" : ""}`}>
                    {state.status === "RETURNED" && state.returnReason ? (
                      <p className="entry-returned">
                        <strong>Returned by the secretariat:</strong> {state.returnReason}
                      </p>
                    ) : null}
                    <div className="entry-row__main">
                      <div className="entry-row__label">
                        <label htmlFor={fieldId(id, "value")}>{row.label}</label>
                        {state.status ? <ValueStatusBadge status={state.status} /> : <span className="muted">Not entered</span>}
                      </div>
                      <div className="entry-row__input">
                        {rowErrors.value ? (
                          <p className="field__error" id={`${fieldId(id, "value")}-error`}>
                            <span className="visually-hidden">Error: </span>
                            {rowErrors.value}
                          </p>
                        ) : null}
                        {conflict ? (
                          <p className="field__error" id={`${fieldId(id, "value")}-conflict`}>
                            {conflict}
                          </p>
                        ) : null}
                        {locked ? (
                          <p className="entry-locked">
                            {row.current?.display ?? "No value"}{" "}
                            <span className="muted">
                              {cycleClosed
                                ? "(cycle closed)"
                                : state.status === "APPROVED"
                                  ? "(approved, locked)"
                                  : "(submitted, awaiting review)"}
                            </span>
                          </p>
                        ) : (
                          <ValueInput
                            id={fieldId(id, "value")}
                            indicator={indicator}
                            value={state.value}
                            invalid={Boolean(rowErrors.value || conflict)}
                            describedBy={[
                              rowErrors.value ? `${fieldId(id, "value")}-error` : "",
                              conflict ? `${fieldId(id, "value")}-conflict` : "",
                              `meta-${indicator.code}`,
                            ]
                              .filter(Boolean)
                              .join(" ")}
                            onChange={(value) => update(id, "value", value)}
                          />
                        )}
                      </div>
                      <div className="entry-row__previous">
                        <span className="muted">{form.cycle.year - 1}:</span> {row.lastYear?.display ?? "—"}
                      </div>
                    </div>
                    {locked ? null : (
                      <details
                        className="entry-details"
                        open={Boolean(rowErrors.comment || rowErrors.source || rowErrors.evidenceUrl) || undefined}
                      >
                        <summary>
                          Comment, source and evidence{state.comment || state.source || state.evidenceUrl ? " (filled in)" : ""}
                        </summary>
                        <DetailField
                          id={fieldId(id, "comment")}
                          label="Comment"
                          value={state.comment}
                          error={rowErrors.comment}
                          multiline
                          onChange={(value) => update(id, "comment", value)}
                        />
                        <DetailField
                          id={fieldId(id, "source")}
                          label="Source"
                          hint={indicator.dataSource ? `Usually: ${indicator.dataSource}` : undefined}
                          value={state.source}
                          error={rowErrors.source}
                          onChange={(value) => update(id, "source", value)}
                        />
                        <DetailField
                          id={fieldId(id, "evidenceUrl")}
                          label="Evidence (web address)"
                          value={state.evidenceUrl}
                          error={rowErrors.evidenceUrl}
                          type="url"
                          onChange={(value) => update(id, "evidenceUrl", value)}
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
              })}
            </fieldset>
          ))}
        </section>
      ))}

      {cycleClosed ? null : (
        <div className="entry-actions no-print">
          <span className="entry-actions__status" aria-live="polite">
            {pending
              ? "Working…"
              : dirtyIds.length > 0
                ? `${dirtyIds.length} unsaved ${dirtyIds.length === 1 ? "change" : "changes"}`
                : "All changes saved"}
          </span>
          <button type="submit" className="button button--primary" disabled={pending}>
            Save draft
          </button>
          <button type="button" className="button button--secondary" onClick={askSubmit} disabled={pending}>
            Submit for review
          </button>
        </div>
      )}
    </form>
  );
}

function describeRow(id: string, order: { indicator: EntryIndicator; row: EntryRow }[]): string {
  const entry = order.find(({ indicator, row }) => rowId(indicator, row) === id);
  return entry ? `${entry.indicator.code} ${entry.row.label}` : id;
}

function describeRules(indicator: EntryIndicator): string {
  switch (indicator.valueType) {
    case "PERCENTAGE":
      return `Percentage from ${indicator.lowerLimit ?? 0} to ${indicator.upperLimit ?? 100}`;
    case "NUMBER": {
      const unit = indicator.unit ? `Number of ${indicator.unit}` : "Number";
      const range =
        indicator.lowerLimit !== null && indicator.upperLimit !== null
          ? ` from ${indicator.lowerLimit} to ${indicator.upperLimit}`
          : indicator.lowerLimit !== null
            ? `, at least ${indicator.lowerLimit}`
            : indicator.upperLimit !== null
              ? `, at most ${indicator.upperLimit}`
              : "";
      return `${unit}${range}`;
    }
    case "YES_NO":
      return "Yes or no";
    case "LEVELS":
      return `One of: ${indicator.levels.map((level) => level.label).join(", ")}`;
    case "TEXT":
      return "A short narrative";
  }
}

function ValueInput(props: {
  id: string;
  indicator: EntryIndicator;
  value: string;
  invalid: boolean;
  describedBy: string;
  onChange: (value: string) => void;
}) {
  const { id, indicator, value, invalid, describedBy, onChange } = props;
  const common = { id, "aria-invalid": invalid || undefined, "aria-describedby": describedBy || undefined };
  if (indicator.valueType === "YES_NO" || indicator.valueType === "LEVELS") {
    return (
      <select {...common} className="input input--medium" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Not entered</option>
        {indicator.levels.map((level) => (
          <option key={level.code} value={level.code}>
            {level.label}
          </option>
        ))}
      </select>
    );
  }
  if (indicator.valueType === "TEXT") {
    return <textarea {...common} className="input" rows={3} value={value} onChange={(event) => onChange(event.target.value)} />;
  }
  const suffix = indicator.valueType === "PERCENTAGE" ? "%" : indicator.unit;
  return (
    <span className="input-with-unit">
      <input
        {...common}
        className="input input--short"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
      {suffix ? <span aria-hidden="true">{suffix}</span> : null}
    </span>
  );
}

function DetailField(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  multiline?: boolean;
  type?: string;
  onChange: (value: string) => void;
}) {
  const { id, label, value, error, hint, multiline, type, onChange } = props;
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      ) : null}
      {multiline ? (
        <textarea
          id={id}
          className="input"
          rows={2}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          id={id}
          className="input"
          type={type ?? "text"}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </div>
  );
}
