import type { CycleStatus, ValueStatus } from "@/lib/generated/prisma/enums";
import { describeDisaggregation, type Disaggregation } from "@/lib/indicators/disaggregation";
import { parseIndicatorValue, type StoredValue } from "@/lib/indicators/parse-value";
import type { Problem } from "@/lib/problems/problem";
import { isAssignedTo, type CycleIndicator } from "./load-cycle-indicators";
import { resolveDisaggregation } from "./resolve-disaggregation";
import { checkTransition } from "./value-workflow";

/** One row of a save: a form line, an API item or a spreadsheet row. */
export type ValueRowInput = {
  indicator: string;
  disaggregation?: Disaggregation | string | null;
  year?: number;
  value?: string | number | boolean | null;
  comment?: string | null;
  source?: string | null;
  evidenceUrl?: string | null;
  /** The version the person saw (null: no value yet); a different current state is a conflict. Omit to overwrite. */
  version?: number | null;
};

export type ExistingValue = StoredValue & {
  id: string;
  indicatorId: string;
  disaggregation: string;
  comment: string | null;
  source: string | null;
  evidenceUrl: string | null;
  status: ValueStatus;
  version: number;
  returnReason: string | null;
  updatedAt: Date;
};

export type ValueContent = StoredValue & { comment: string | null; source: string | null; evidenceUrl: string | null };

export type PlannedChange =
  | { kind: "create"; row: number; indicator: CycleIndicator; disaggregation: string; next: ValueContent }
  | { kind: "update"; row: number; indicator: CycleIndicator; disaggregation: string; existing: ExistingValue; next: ValueContent }
  | { kind: "delete"; row: number; indicator: CycleIndicator; disaggregation: string; existing: ExistingValue };

export type RowConflict = {
  row: number;
  indicator: string;
  disaggregation: string;
  yourVersion: number | null;
  current: { value: number | string | null; status: ValueStatus; version: number; updatedAt: Date } | null;
};

export type ValuePlan = { changes: PlannedChange[]; unchanged: number; errors: Problem[]; conflicts: RowConflict[] };

export type PlanContext = {
  frameworkCode: string;
  cycle: { status: CycleStatus; year: number };
  institution: { id: string; code: string };
  indicatorsByCode: ReadonlyMap<string, CycleIndicator>;
  /** Current values of the cycle's year, by `${indicatorId}|${disaggregation}`. */
  existing: ReadonlyMap<string, ExistingValue>;
};

const text = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * Decides, without touching the database, what a save would change and what is wrong with
 * it. Every problem is reported at its row and field so that people can fix all of them at
 * once; a save goes ahead only when there are none (all-or-nothing).
 */
export function planValueChanges(rows: readonly { row: number; input: ValueRowInput }[], context: PlanContext): ValuePlan {
  const plan: ValuePlan = { changes: [], unchanged: 0, errors: [], conflicts: [] };
  const seen = new Map<string, number>();

  for (const { row, input } of rows) {
    const error = (field: string, message: string) => plan.errors.push({ row, field, message });
    const code = input.indicator.trim();
    const indicator = context.indicatorsByCode.get(code);
    if (!indicator) {
      error("indicator", `There is no indicator ${code} in ${context.frameworkCode}`);
      continue;
    }
    if (!isAssignedTo(indicator, context.institution.id)) {
      const lead = indicator.leadInstitution?.code ?? "no institution";
      error("indicator", `Indicator ${code} is reported by ${lead}, not by ${context.institution.code}`);
      continue;
    }
    if (input.year !== undefined && input.year !== context.cycle.year) {
      error("year", `The year ${input.year} is outside the ${context.cycle.year} cycle`);
      continue;
    }
    const breakdown = resolveDisaggregation(input.disaggregation, indicator.dimensions, code);
    if (!breakdown.ok) {
      error("disaggregation", breakdown.message);
      continue;
    }
    const identity = `${indicator.id}|${breakdown.key}`;
    const firstRow = seen.get(identity);
    if (firstRow !== undefined) {
      error("disaggregation", `${code} ${describeDisaggregation(breakdown.key)} already appears in row ${firstRow}`);
      continue;
    }
    seen.set(identity, row);

    const existing = context.existing.get(identity) ?? null;
    // An omitted field keeps what is stored (an API client may send only a comment); an
    // explicit null or "" clears it. A form sends every field, so its empty inputs clear.
    const valueGiven = input.value !== undefined;
    const isEmpty = valueGiven && (input.value === null || (typeof input.value === "string" && input.value.trim() === ""));
    let stored: StoredValue | null =
      !valueGiven && existing ? { number: existing.number, levelCode: existing.levelCode, text: existing.text } : null;
    if (valueGiven && !isEmpty) {
      const parsed = parseIndicatorValue(typeof input.value === "boolean" ? (input.value ? "yes" : "no") : input.value, indicator);
      if (!parsed.ok) {
        error("value", parsed.message);
        continue;
      }
      stored = parsed.value;
    }

    // version omitted: no check (an explicit overwrite of a draft); null: the person saw no
    // value; a number: the person saw that version. Anything else now is someone else's edit.
    if (input.version !== undefined && input.version !== (existing?.version ?? null)) {
      plan.conflicts.push({
        row,
        indicator: code,
        disaggregation: breakdown.key,
        yourVersion: input.version,
        current: existing
          ? {
              value: existing.number ?? existing.levelCode ?? existing.text,
              status: existing.status,
              version: existing.version,
              updatedAt: existing.updatedAt,
            }
          : null,
      });
      continue;
    }

    if (!stored) {
      if (!existing) {
        plan.unchanged += 1;
        continue;
      }
      const transition = checkTransition("edit", existing.status, context.cycle);
      if (!transition.ok) {
        error("value", transition.message);
        continue;
      }
      plan.changes.push({ kind: "delete", row, indicator, disaggregation: breakdown.key, existing });
      continue;
    }

    const keep = (given: string | null | undefined, current: string | null) => (given === undefined ? current : text(given));
    const next: ValueContent = {
      ...stored,
      comment: keep(input.comment, existing?.comment ?? null),
      source: keep(input.source, existing?.source ?? null),
      evidenceUrl: keep(input.evidenceUrl, existing?.evidenceUrl ?? null),
    };
    if (existing && sameContent(existing, next)) {
      plan.unchanged += 1;
      continue;
    }
    const transition = checkTransition("edit", existing?.status ?? null, context.cycle);
    if (!transition.ok) {
      error("value", transition.message);
      continue;
    }
    plan.changes.push(
      existing
        ? { kind: "update", row, indicator, disaggregation: breakdown.key, existing, next }
        : { kind: "create", row, indicator, disaggregation: breakdown.key, next },
    );
  }
  return plan;
}

function sameContent(existing: ExistingValue, next: ValueContent): boolean {
  return (
    existing.number === next.number &&
    existing.levelCode === next.levelCode &&
    existing.text === next.text &&
    existing.comment === next.comment &&
    existing.source === next.source &&
    existing.evidenceUrl === next.evidenceUrl
  );
}
