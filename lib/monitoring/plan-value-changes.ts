import type { CycleStatus } from "@/lib/generated/prisma/enums";
import { describeDisaggregation, isTotalKey, type Disaggregation } from "@/lib/indicators/disaggregation";
import type { Locale } from "@/lib/i18n/locales";
import { parseIndicatorValue, type StoredValue } from "@/lib/indicators/parse-value";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedProblem, type Problem } from "@/lib/problems/problem";
import { isAssignedTo, type CycleIndicator } from "./load-cycle-indicators";
import { resolveDisaggregation } from "./resolve-disaggregation";
import { decideValueWrite, type ExistingValue, type ValueContent } from "./decide-value-write";
import type { RowConflict } from "./value-refusals";

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

export type { ExistingValue, ValueContent };

export type PlannedChange =
  | { kind: "create"; row: number; indicator: CycleIndicator; disaggregation: string; next: ValueContent }
  | { kind: "update"; row: number; indicator: CycleIndicator; disaggregation: string; existing: ExistingValue; next: ValueContent }
  | { kind: "delete"; row: number; indicator: CycleIndicator; disaggregation: string; existing: ExistingValue };

export type { RowConflict };

export type ValuePlan = { changes: PlannedChange[]; unchanged: number; errors: Problem[]; conflicts: RowConflict[] };

export type PlanContext = {
  frameworkCode: string;
  cycle: { status: CycleStatus; year: number };
  institution: { id: string; code: string };
  indicatorsByCode: ReadonlyMap<string, CycleIndicator>;
  /** Current values of the cycle's year, by `${identityId}|${disaggregation}`. */
  existing: ReadonlyMap<string, ExistingValue>;
  /** The language the person typed in (lib/i18n/parse-typed-number.ts); absent for API bodies and files. */
  locale?: Locale;
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
    const error = (field: string, message: LibText) => plan.errors.push(keyedProblem({ row, field }, message));
    const code = input.indicator.trim();
    const indicator = context.indicatorsByCode.get(code);
    if (!indicator) {
      error("indicator", libText("errors.thereIsNoIndicatorInFramework", { code, framework: context.frameworkCode }));
      continue;
    }
    if (!isAssignedTo(indicator, context.institution.id)) {
      const lead = indicator.leadInstitution?.code;
      const institution = context.institution.code;
      error(
        "indicator",
        lead
          ? libText("errors.indicatorReportedByOther", { code, lead, institution })
          : libText("errors.indicatorReportedByNone", { code, institution }),
      );
      continue;
    }
    if (input.year !== undefined && input.year !== context.cycle.year) {
      error("year", libText("errors.yearOutsideCycle", { year: String(input.year), cycle: String(context.cycle.year) }));
      continue;
    }
    const breakdown = resolveDisaggregation(input.disaggregation, indicator.dimensions, code);
    if (!breakdown.ok) {
      error("disaggregation", breakdown.message);
      continue;
    }
    const identity = `${indicator.identityId}|${breakdown.key}`;
    const firstRow = seen.get(identity);
    if (firstRow !== undefined) {
      const repeated = isTotalKey(breakdown.key) ? libText("errors.breakdownTotal") : describeDisaggregation(breakdown.key);
      error("disaggregation", libText("errors.valueRowRepeated", { code, breakdown: repeated, row: String(firstRow) }));
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
      const parsed = parseIndicatorValue(
        typeof input.value === "boolean" ? (input.value ? "yes" : "no") : input.value,
        indicator,
        context.locale,
      );
      if (!parsed.ok) {
        error("value", parsed.message);
        continue;
      }
      stored = parsed.value;
    }

    const keep = (given: string | null | undefined, current: string | null) => (given === undefined ? current : text(given));
    const next: ValueContent | null = stored
      ? {
          ...stored,
          comment: keep(input.comment, existing?.comment ?? null),
          source: keep(input.source, existing?.source ?? null),
          evidenceUrl: keep(input.evidenceUrl, existing?.evidenceUrl ?? null),
        }
      : null;
    const decision = decideValueWrite(existing, next, context.cycle, input.version);
    switch (decision.kind) {
      case "conflict":
        plan.conflicts.push({
          row,
          indicator: code,
          disaggregation: breakdown.key,
          yourVersion: input.version ?? null,
          current: currentOf(existing),
        });
        break;
      case "locked":
        error("value", decision.message);
        break;
      case "unchanged":
        plan.unchanged += 1;
        break;
      case "delete":
        plan.changes.push({ kind: "delete", row, indicator, disaggregation: breakdown.key, existing: existing! });
        break;
      case "update":
        plan.changes.push({ kind: "update", row, indicator, disaggregation: breakdown.key, existing: existing!, next: next! });
        break;
      case "create":
        plan.changes.push({ kind: "create", row, indicator, disaggregation: breakdown.key, next: next! });
        break;
    }
  }
  return plan;
}

function currentOf(existing: ExistingValue | null): RowConflict["current"] {
  return existing
    ? {
        value: existing.number ?? existing.levelCode ?? existing.text,
        status: existing.status,
        version: existing.version,
        updatedAt: existing.updatedAt,
      }
    : null;
}
