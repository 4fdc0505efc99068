import Papa from "papaparse";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import { formatBreakdownCodes, TIDY_COLUMNS, type TidyRow } from "./build-tidy-rows";

/**
 * The tidy rows as CSV (RFC 4180, CRLF), with a byte-order mark so that Excel reads the
 * letters of every language right. Texts that a spreadsheet would run as a formula are
 * neutralised; numbers stay numbers.
 */
export function writeTidyCsv(rows: readonly TidyRow[]): string {
  const data = rows.map((row) =>
    TIDY_COLUMNS.map(({ key }) => {
      const value = key === "disaggregation" ? formatBreakdownCodes(row.disaggregation) : row[key];
      return neutralizeCell(value as string | number | null);
    }),
  );
  return "\uFEFF" + Papa.unparse({ fields: TIDY_COLUMNS.map((column) => column.header), data }, { newline: "\r\n" }) + "\r\n";
}
