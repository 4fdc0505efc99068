/**
 * One problem of a matrix file, at the cell that holds it: the sheet's name, the row as the
 * spreadsheet numbers it (the header is row 1) and the column's header. Row and column are
 * null when the problem is the whole file or sheet. The message says what to do.
 */
export type MatrixProblem = { sheet: string | null; row: number | null; column: string | null; message: string };
