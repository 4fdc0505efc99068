import { problemTextOf, withProblemText, type Problem } from "./problem";

/**
 * The JSON shapes in which the API, job results and forms have always carried problems
 * (README, "API"). They predate Problem and stay as they are for API clients; problem codes
 * do not travel in them.
 */

/** The flat map of forms and 400 answers: "email" -> [...], "3.value" (row 3) -> [...], "_" for the whole input. */
export type FieldErrors = Record<string, string[]>;
/** A problem at a row of one input (a save, a review, an uploaded file); `field` "row" is the whole row. */
export type RowProblemJson = { row: number; field: string; message: string };
/** A problem at a line of one file of a data set; null: the whole file or line. */
export type FileProblemJson = { file: string; line: number | null; column: string | null; message: string };
export type ProblemsJson = { rows?: RowProblemJson[]; problems?: FileProblemJson[] };

const WHOLE_ROW = "row";
const WHOLE_INPUT = "_";

/** Problems of files are left out: they are listed by file and line instead. */
export function fieldErrorsOf(problems: readonly Problem[]): FieldErrors | undefined {
  const fieldErrors: FieldErrors = {};
  for (const problem of problems) {
    if (problem.file !== undefined) continue;
    (fieldErrors[fieldErrorKey(problem)] ??= []).push(problem.message);
  }
  return Object.keys(fieldErrors).length > 0 ? fieldErrors : undefined;
}

/** The key of a problem's place in FieldErrors ("email", "3.value", "_"). */
export function fieldErrorKey(problem: Problem): string {
  return problem.row === undefined ? (problem.field ?? WHOLE_INPUT) : `${problem.row}.${problem.field ?? WHOLE_ROW}`;
}

/** The lists that go beside fieldErrors: `rows` for problems at rows, `problems` for problems in files. */
export function problemsToJson(problems: readonly Problem[]): ProblemsJson {
  const rows: RowProblemJson[] = [];
  const files: FileProblemJson[] = [];
  for (const problem of problems) {
    const { file, row, field, message } = problem;
    // Each keeps its wording (non-enumerable, so the JSON is as before): a failed job stores it beside the message.
    const wording = problemTextOf(problem);
    if (file !== undefined) files.push(withProblemText({ file, line: row ?? null, column: field ?? null, message }, wording));
    else if (row !== undefined) rows.push(withProblemText({ row, field: field ?? WHOLE_ROW, message }, wording));
  }
  return { ...(rows.length > 0 ? { rows } : {}), ...(files.length > 0 ? { problems: files } : {}) };
}

/**
 * Problems back from those shapes (an API error body, a failed job's result), for a page to
 * show them, without their codes. Field errors of rows are skipped when `rows` lists the same problems.
 */
export function problemsFromJson(json: { fieldErrors?: FieldErrors | null } & ProblemsJson): Problem[] {
  const fromFields = Object.entries(json.fieldErrors ?? {}).flatMap(([key, messages]) => {
    const [, row, field] = /^(\d+)\.(.+)$/.exec(key) ?? [];
    if (row !== undefined && json.rows) return [];
    const place =
      row !== undefined ? { row: Number(row), ...(field === WHOLE_ROW ? {} : { field }) } : key === WHOLE_INPUT ? {} : { field: key };
    return messages.map((message): Problem => ({ ...place, message }));
  });
  const fromRows = (json.rows ?? []).map(({ row, field, message }): Problem => ({
    row,
    ...(field === WHOLE_ROW ? {} : { field }),
    message,
  }));
  const fromFiles = (json.problems ?? []).map(({ file, line, column, message }): Problem => ({
    file,
    ...(line === null ? {} : { row: line }),
    ...(column === null ? {} : { field: column }),
    message,
  }));
  return [...fromFields, ...fromRows, ...fromFiles];
}
