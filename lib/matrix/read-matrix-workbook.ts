import type { z } from "zod";
import { frameworkDefinitionSchema, type ParsedFrameworkDefinition } from "@/lib/frameworks/schemas";
import { buildMatrixDefinition, type MatrixCell } from "./build-matrix-definition";
import type { MatrixFrameworkFallback } from "./read-framework-sheet";
import type { MatrixProblem } from "./matrix-problem";
import type { MatrixReferences } from "./matrix-references";
import { openMatrixFile } from "./open-matrix-file";
import { problemTextOfIssue } from "@/lib/validation/parse-input";
import { keyedMessage, withProblemText } from "@/lib/problems/problem";
import { libText, type LibText } from "@/lib/i18n/lib-text";

export type MatrixReadResult = { ok: true; definition: ParsedFrameworkDefinition } | { ok: false; problems: MatrixProblem[] };

/**
 * Reads a matrix from an Excel workbook (the sheets writeMatrixWorkbook writes) or from the
 * CSV of its Indicators sheet, whose areas are then given by area_code and area_name and
 * whose framework by `options.framework`. Institution and dimension codes must be among
 * `options.references` (the workspace's). Returns the definition, validated by
 * frameworkDefinitionSchema, or every problem found, each at its sheet, row and column.
 */
export async function readMatrixWorkbook(
  bytes: Uint8Array,
  options: { references: MatrixReferences; framework?: MatrixFrameworkFallback },
): Promise<MatrixReadResult> {
  const opened = await openMatrixFile(bytes);
  if ("problems" in opened) return { ok: false, problems: opened.problems };

  const problems: MatrixProblem[] = [];
  const draft = buildMatrixDefinition(opened.sheets, options, problems);
  if (!draft) return { ok: false, problems };
  const parsed = frameworkDefinitionSchema.safeParse(draft.definition);
  if (parsed.success && problems.length === 0) return { ok: true, definition: parsed.data };

  // The schema speaks only where nothing was found yet, and once per row: a row or sheet with
  // a problem already gets no second opinion, and one wrong limit does not also put every
  // target of its row "outside the limits".
  const placeOf = (cell: MatrixCell) => (cell.row === null ? `${cell.sheet}|${cell.column}` : `${cell.sheet}|${cell.row}`);
  const taken = new Set(problems.map(placeOf));
  const sheetsTaken = new Set(problems.filter((problem) => problem.row === null).map((problem) => problem.sheet));
  for (const issue of parsed.error?.issues ?? []) {
    const cell = draft.locate(issue.path);
    if (sheetsTaken.has(cell.sheet) || taken.has(placeOf(cell))) continue;
    taken.add(placeOf(cell));
    problems.push(problemOf(cell, issue));
  }
  return { ok: false, problems: sortProblems(problems) };
}

/** The schema's messages, made into instructions where zod's own words would not help a person with a spreadsheet. */
function problemOf(cell: MatrixCell, issue: z.core.$ZodIssue): MatrixProblem {
  const text = textOf(issue);
  return text ? keyedMessage<MatrixProblem>(cell, text) : withProblemText({ ...cell, message: issue.message }, problemTextOfIssue(issue));
}

function textOf(issue: z.core.$ZodIssue): LibText | undefined {
  if (issue.code === "too_small" && issue.origin === "string") return libText("importProblems.matrixFillInCell");
  if (issue.code === "too_big" && issue.origin === "string")
    return libText("importProblems.matrixShortenText", { max: String(issue.maximum) });
  if (issue.code === "too_small" && issue.origin === "array" && issue.path.at(-1) === "areas")
    return libText("importProblems.matrixAddArea");
  if (issue.code === "too_small") return libText("importProblems.matrixValueAtLeast", { limit: String(issue.minimum) });
  if (issue.code === "too_big") return libText("importProblems.matrixValueAtMost", { limit: String(issue.maximum) });
  return undefined;
}

const SHEET_ORDER = ["Framework", "Areas", "Indicators"];

function sortProblems(problems: MatrixProblem[]): MatrixProblem[] {
  return problems
    .map((problem, index) => ({ problem, index }))
    .sort(
      (a, b) =>
        SHEET_ORDER.indexOf(a.problem.sheet ?? "") - SHEET_ORDER.indexOf(b.problem.sheet ?? "") ||
        (a.problem.row ?? 0) - (b.problem.row ?? 0) ||
        a.index - b.index,
    )
    .map(({ problem }) => problem);
}
