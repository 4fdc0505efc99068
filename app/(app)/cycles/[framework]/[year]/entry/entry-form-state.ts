import type { EntryFormState } from "@/app/actions/entry";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import type { EntryForm, EntryIndicator, EntryRow } from "@/lib/monitoring/get-entry-form";
import type { MissingValue } from "@/lib/monitoring/submit-cycle-values";
import type { Problem } from "@/lib/problems/problem";
import { TOTAL_KEY } from "@/lib/indicators/disaggregation";

/** What the entry form holds for one row (an indicator's total or one of its breakdowns). */
export type RowState = {
  value: string;
  comment: string;
  source: string;
  evidenceUrl: string;
  version: number | null;
  status: ValueStatus | null;
  returnReason: string | null;
};
export type FieldName = "value" | "comment" | "source" | "evidenceUrl";
export type RowErrors = Record<string, Partial<Record<FieldName, string>>>;
/**
 * What a banner says, worded by EntryBanner in the person's language: the server's own words
 * (already in that language), or one of the form's notes with its counts.
 */
export type BannerNote =
  | { key: "server"; text: string }
  | { key: "save-first" }
  | { key: "nothing-to-save" }
  | { key: "submitted"; count: number }
  | { key: "saved"; created: number; updated: number; deleted: number };
export type Banner =
  /** `rowIds`: the form row each problem's row (1-based) stands for, in the order they were sent. */
  | { kind: "error"; note: BannerNote; problems: Problem[]; rowIds: string[] }
  | { kind: "success"; note: BannerNote; missing?: MissingValue[] }
  | { kind: "confirm-submit"; missing: MissingValue[] };
/** A value someone else saved (or cleared: null) since the row was loaded, shown at the row. */
export type RowConflictNote = { value: number | string | null; status: ValueStatus } | null;
/** The form's rows in the order they are shown. */
export type RowOrder = { indicator: EntryIndicator; row: EntryRow }[];

const FIELD_NAMES: readonly string[] = ["value", "comment", "source", "evidenceUrl"] satisfies FieldName[];
/** The input a problem is shown at: its own field, or the value for the row as a whole. */
export const fieldNameOf = (problem: Problem) => (FIELD_NAMES.includes(problem.field ?? "") ? problem.field : "value") as FieldName;

export const rowId = (indicator: EntryIndicator, row: EntryRow) => `${indicator.code}|${row.key}`;
export const isLocked = (status: ValueStatus | null) => status === "SUBMITTED" || status === "APPROVED";

export function initialState(form: EntryForm): Record<string, RowState> {
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

export const isDirty = (now: RowState, before: RowState | undefined) =>
  !before ||
  now.value !== before.value ||
  now.comment !== before.comment ||
  now.source !== before.source ||
  now.evidenceUrl !== before.evidenceUrl;

/** The row's indicator code and breakdown ("A1.02 Women"); `totalLabel` names the total row in the person's language. */
export function describeRow(id: string, order: RowOrder, totalLabel: string): string {
  const entry = order.find(({ indicator, row }) => rowId(indicator, row) === id);
  return entry ? `${entry.indicator.code} ${entry.row.key === TOTAL_KEY ? totalLabel : entry.row.label}` : id;
}

/** A row not yet filled in, as the question before submitting lists it. */
export function missingOf(indicator: EntryIndicator, row: EntryRow): MissingValue {
  return { indicator: indicator.code, name: indicator.name, disaggregation: row.key, label: row.label };
}

/**
 * The empty rows of the areas not shown, as the page sends them to the form: an indicator's code
 * and name once, not once per breakdown row (a large form's list of them was 17 KB, decision 050).
 */
export type MissingByIndicator = { indicator: string; name: string; rows: { disaggregation: string; label: string }[] };

export function groupMissing(missing: readonly MissingValue[]): MissingByIndicator[] {
  const groups = new Map<string, MissingByIndicator>();
  for (const { indicator, name, disaggregation, label } of missing) {
    const group = groups.get(indicator) ?? { indicator, name, rows: [] };
    group.rows.push({ disaggregation, label });
    groups.set(indicator, group);
  }
  return [...groups.values()];
}

export function ungroupMissing(groups: readonly MissingByIndicator[]): MissingValue[] {
  return groups.flatMap(({ indicator, name, rows }) => rows.map((row) => ({ indicator, name, ...row })));
}

/**
 * A refused save, read row by row: each problem next to its field, each conflict next to its
 * value with the version someone else saved (so that saving again is based on it), and the
 * problems the error summary lists. `ids` are the rows sent, in the order they were sent.
 * A refused submission names its rows by field instead ("values.A1.6" for a total,
 * "values.A1.6|SEX=F" for a breakdown: lib/monitoring's submit rules): those rows are added
 * after the sent ones, so that `rowIds` names every problem's row.
 */
export function readSaveProblems(input: {
  result: Extract<EntryFormState, { status: "error" }>;
  ids: readonly string[];
  rows: Record<string, RowState>;
}): {
  errors: RowErrors;
  conflicts: Record<string, RowConflictNote>;
  adopted: Record<string, RowState>;
  problems: Problem[];
  rowIds: string[];
} {
  const { result, ids, rows } = input;
  const rowIds = [...ids];
  const errors: RowErrors = {};
  const problems: Problem[] = [];
  for (const problem of result.problems ?? []) {
    const named = rowNamedBy(problem.field, rows);
    const id = named ?? ids[(problem.row ?? 0) - 1];
    if (!id) continue;
    const placed = named ? { ...problem, row: rowIds.push(named), field: "value" } : problem;
    errors[id] = { ...errors[id], [fieldNameOf(placed)]: problem.message };
    problems.push(placed);
  }
  const conflicts: Record<string, RowConflictNote> = {};
  const adopted: Record<string, RowState> = {};
  for (const conflict of result.conflicts ?? []) {
    const id = ids[conflict.row - 1];
    if (!id) continue;
    const now = conflict.current;
    conflicts[id] = now ? { value: now.value, status: now.status } : null;
    adopted[id] = { ...rows[id]!, version: now?.version ?? null, status: now?.status ?? null };
    // Worded by the banner in the page's language (EntryBanner.conflictProblem), by its code.
    problems.push({ row: conflict.row, field: "value", code: "conflict", message: "" });
  }
  return { errors, conflicts, adopted, problems, rowIds };
}

/** The form row a submission's problem names by its field, "values.A1.6" or "values.A1.6|SEX=F". */
function rowNamedBy(field: string | undefined, rows: Record<string, RowState>): string | undefined {
  if (!field?.startsWith("values.")) return undefined;
  const name = field.slice("values.".length);
  const id = name.includes("|") ? name : `${name}|`;
  return rows[id] ? id : undefined;
}
