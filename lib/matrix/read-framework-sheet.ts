import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { FRAMEWORK_FIELDS, MATRIX_SHEETS, normaliseHeader } from "./matrix-columns";
import type { MatrixProblem } from "./matrix-problem";
import { readInteger, readText, reportAt, type MatrixTable } from "./matrix-table";
import { keyedMessage } from "@/lib/problems/problem";
import { libText } from "@/lib/i18n/lib-text";

/** What a file without a Framework sheet (a CSV file) is imported as. */
export type MatrixFrameworkFallback = { code: string; name: string; versionLabel: string };

const SCORING_METHODS = ["NORMALISED_ACHIEVEMENT", "SDG_10_7_2"] as const;
const VERSION_STATUSES = ["DRAFT", "IN_CONSULTATION", "VALIDATED", "APPROVED", "SUPERSEDED"] as const;

export type FrameworkFields = Omit<FrameworkDefinition, "areas">;

export const FRAMEWORK_COLUMNS = [{ key: "field", required: true }, { key: "value", required: true }, { key: "meaning" }];

/**
 * The Framework sheet (one field a row) as the definition's framework and version fields,
 * with the row of each field; without the sheet, the caller's fallback.
 */
export function readFrameworkSheet(
  table: MatrixTable | null,
  fallback: MatrixFrameworkFallback | undefined,
  problems: MatrixProblem[],
): { fields: FrameworkFields; rowOf: Map<string, number> } {
  const rowOf = new Map<string, number>();
  if (!table) {
    if (!fallback) {
      problems.push(
        keyedMessage<MatrixProblem>(
          { sheet: MATRIX_SHEETS.framework, row: null, column: null },
          libText("importProblems.matrixNoFrameworkSheet"),
        ),
      );
    }
    return { fields: { code: fallback?.code ?? "", name: fallback?.name ?? "", version: { label: fallback?.versionLabel ?? "" } }, rowOf };
  }
  const known = new Set<string>(FRAMEWORK_FIELDS.map((field) => field.key));
  const values: Record<string, string | number | undefined> = {};
  for (const row of table.rows) {
    const written = readText(table, row, "field");
    const field = written === undefined ? undefined : normaliseHeader(written);
    if (field === undefined || !known.has(field)) {
      if (readText(table, row, "value") !== undefined) {
        reportAt(
          table,
          row,
          "field",
          libText("importProblems.matrixNotAFrameworkField", { field: written ?? "", fields: [...known].join(", ") }),
        );
      }
      continue;
    }
    if (rowOf.has(field)) {
      reportAt(table, row, "field", libText("importProblems.matrixFieldTwice", { field, row: String(rowOf.get(field)) }));
      continue;
    }
    rowOf.set(field, row.row);
    const cell = row.cells[table.columnOf.get("value") ?? -1];
    if (field === "approved_at" && cell instanceof Date) values[field] = cell.toISOString().slice(0, 10);
    else if (field === "base_year") values[field] = readInteger(table, row, "value", 1900, 2100, "year");
    else if (field === "version_number") values[field] = readInteger(table, row, "value", 1, 1_000_000, "versionNumber");
    else values[field] = readText(table, row, "value");
  }
  const pick = <T extends string>(field: string, allowed: readonly T[]): T | undefined => {
    const value = values[field];
    if (value === undefined) return undefined;
    const match = allowed.find(
      (candidate) =>
        candidate ===
        String(value)
          .toUpperCase()
          .replace(/[\s-]+/g, "_"),
    );
    if (!match)
      problems.push(
        keyedMessage<MatrixProblem>(
          { sheet: MATRIX_SHEETS.framework, row: rowOf.get(field)!, column: "value" },
          libText("importProblems.matrixValueNotAllowed", { value: String(value), allowed: allowed.join(", ") }),
        ),
      );
    return match;
  };
  const text = (field: string) => (values[field] === undefined ? undefined : String(values[field]));
  const number = (field: string) => (typeof values[field] === "number" ? values[field] : undefined);
  const scoringMethod = pick("scoring_method", SCORING_METHODS);
  const status = pick("version_status", VERSION_STATUSES);
  return {
    fields: {
      code: text("code") ?? fallback?.code ?? "",
      name: text("name") ?? fallback?.name ?? "",
      ...(text("description") !== undefined ? { description: text("description") } : {}),
      ...(scoringMethod ? { scoringMethod } : {}),
      ...(number("base_year") !== undefined ? { baseYear: number("base_year") } : {}),
      version: {
        ...(number("version_number") !== undefined ? { number: number("version_number") } : {}),
        label: text("version_label") ?? fallback?.versionLabel ?? "",
        ...(status ? { status } : {}),
        ...(text("approved_at") !== undefined ? { approvedAt: text("approved_at") } : {}),
      },
    },
    rowOf,
  };
}
