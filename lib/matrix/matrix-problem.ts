import { problemTextOf, withProblemText, type Problem } from "@/lib/problems/problem";

/**
 * One problem of a matrix file while the reader works, at the cell that holds it: the sheet's name, the row as the
 * spreadsheet numbers it (the header is row 1) and the column's header. Row and column are
 * null when the problem is the whole file or sheet. The message says what to do.
 */
export type MatrixProblem = { sheet: string | null; row: number | null; column: string | null; message: string };

/**
 * The application's one problem type (lib/problems/problem.ts) for a matrix file's problem:
 * the reader keeps nulls for "the whole sheet or file" while it sorts; what leaves the import
 * is a Problem, shown by ProblemList like every other.
 */
export function matrixProblemToProblem(problem: MatrixProblem): Problem {
  const { sheet, row, column, message } = problem;
  return withProblemText(
    { ...(sheet === null ? {} : { sheet }), ...(row === null ? {} : { row }), ...(column === null ? {} : { field: column }), message },
    problemTextOf(problem),
  );
}
