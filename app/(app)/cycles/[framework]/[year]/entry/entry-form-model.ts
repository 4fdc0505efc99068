import type { EntryFormState } from "@/app/actions/entry";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import type { EntryForm } from "@/lib/monitoring/get-entry-form";
import type { MissingValue } from "@/lib/monitoring/submit-cycle-values";
import {
  initialState,
  isDirty,
  isLocked,
  missingOf,
  readSaveProblems,
  rowId,
  type Banner,
  type RowConflictNote,
  type RowErrors,
  type RowOrder,
  type RowState,
} from "./entry-form-state";

/**
 * Everything the entry form holds between the server's answers: the rows as typed, the rows as
 * last saved (to tell what changed), the problems at fields, and the banner. `answer` and `form`
 * are the action's answer and the server's data already taken in, so that each is taken once.
 */
export type EntryModel = {
  rows: Record<string, RowState>;
  saved: Record<string, RowState>;
  errors: RowErrors;
  conflicts: Record<string, RowConflictNote>;
  banner: Banner | null;
  answer: EntryFormState;
  form: EntryForm;
};

export const IDLE_ANSWER: EntryFormState = { status: "idle" };

export function initialModel(form: EntryForm): EntryModel {
  const rows = initialState(form);
  return { rows, saved: rows, errors: {}, conflicts: {}, banner: null, answer: IDLE_ANSWER, form };
}

export const dirtyIdsOf = (model: EntryModel) =>
  Object.keys(model.rows).filter((id) => !isLocked(model.rows[id]!.status) && isDirty(model.rows[id]!, model.saved[id]));

/**
 * New data from the server (after a save, a submission or someone's review): rows without
 * unsaved edits take it; rows being edited keep what was typed and the version it was based on.
 */
export function takeServerForm(model: EntryModel, form: EntryForm): EntryModel {
  const fresh = initialState(form);
  const rows = Object.fromEntries(
    Object.entries(fresh).map(([id, next]) => {
      const current = model.rows[id];
      return [id, current && isDirty(current, model.saved[id]) ? current : next];
    }),
  );
  return { ...model, rows, saved: fresh, form };
}

/** The question before submitting, with the values still missing here and in the areas not shown. */
export function askSubmitBanner(model: EntryModel, order: RowOrder, missingElsewhere: readonly MissingValue[]): Banner {
  if (dirtyIdsOf(model).length > 0) return { kind: "error", note: { key: "save-first" }, problems: [], rowIds: [] };
  const missing = order
    .filter(({ indicator, row }) => (model.rows[rowId(indicator, row)]?.value ?? "") === "")
    .map(({ indicator, row }) => missingOf(indicator, row))
    .concat(missingElsewhere);
  return { kind: "confirm-submit", missing };
}

/** The action's answer, taken into the form. */
export function takeAnswer(
  model: EntryModel,
  answer: EntryFormState,
  order: RowOrder,
  missingElsewhere: readonly MissingValue[],
): EntryModel {
  const next = { ...model, answer };
  switch (answer.status) {
    case "idle":
      return { ...next, banner: null };
    case "nothing-to-save":
      return { ...next, banner: { kind: "success", note: { key: "nothing-to-save" } } };
    case "confirm-submit":
      return { ...next, banner: askSubmitBanner(model, order, missingElsewhere) };
    case "submitted":
      return {
        ...next,
        banner: {
          kind: "success",
          note: { key: "submitted", count: answer.result.submitted },
          missing: answer.result.missing,
        },
      };
    case "saved": {
      const rows = { ...model.rows };
      const saved = { ...model.saved };
      for (const [id, typed] of Object.entries(answer.typed)) if (saved[id]) saved[id] = { ...saved[id], ...typed };
      for (const value of answer.result.values) {
        const id = `${value.indicator}|${value.disaggregation}`;
        const status = value.status as ValueStatus;
        if (rows[id]) rows[id] = { ...rows[id], version: value.version, status };
        if (saved[id]) saved[id] = { ...saved[id], version: value.version, status };
      }
      const { created, updated, deleted } = answer.result;
      const note = { key: "saved", created, updated, deleted } as const;
      return { ...next, rows, saved, errors: {}, conflicts: {}, banner: { kind: "success", note } };
    }
    case "error": {
      // Without JavaScript the page comes back with the server's values: put back what was typed.
      // With it, the rows already hold what was typed (and perhaps more since): keep them.
      const rows = { ...model.rows };
      for (const [id, typed] of Object.entries(answer.typed))
        if (rows[id] && !isDirty(rows[id], model.saved[id])) rows[id] = { ...rows[id], ...typed };
      const problems = readSaveProblems({ result: answer, ids: answer.rowIds, rows });
      return {
        ...next,
        rows: { ...rows, ...problems.adopted },
        errors: problems.errors,
        conflicts: problems.conflicts,
        banner: { kind: "error", note: { key: "server", text: answer.message }, problems: problems.problems, rowIds: problems.rowIds },
      };
    }
  }
}
