import Papa from "papaparse";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { formatBreakdownCodes, tidyColumns, type TidyRow } from "./build-tidy-rows";

/**
 * The tidy rows as CSV (RFC 4180, CRLF), its header in the language chosen at export, with a
 * byte-order mark so that Excel reads the letters of every language right. Texts that a spreadsheet would run as a formula are
 * neutralised; numbers stay numbers.
 */
export function writeTidyCsv(rows: readonly TidyRow[], locale: Locale = DEFAULT_LOCALE): string {
  const columns = tidyColumns(locale);
  const data = rows.map((row) =>
    columns.map(({ key }) => {
      const value = key === "disaggregation" ? formatBreakdownCodes(row.disaggregation) : row[key];
      return neutralizeCell(value as string | number | null);
    }),
  );
  return "\uFEFF" + Papa.unparse({ fields: columns.map((column) => column.header), data }, { newline: "\r\n" }) + "\r\n";
}
