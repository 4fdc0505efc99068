import Papa from "papaparse";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { isBlankCell, UNREADABLE_FILE, type RawTable } from "./raw-table";

const NOT_UTF8 = libText("importProblems.uploadNotUtf8");

/**
 * Reads a CSV file as Excel and LibreOffice write it: UTF-8 with or without a byte-order
 * mark (or UTF-16 with one, Excel's "Unicode text"), separated by commas, semicolons (the
 * list separator of Romanian and most European locales) or tabs, fields quoted with ".
 * Line numbers count records, as a spreadsheet numbers its rows.
 */
export function readCsvTable(bytes: Uint8Array): RawTable {
  const text = decode(bytes);
  if (text.trim() === "") throw new AppError("BAD_REQUEST", libText("importProblems.uploadFileEmpty"));

  const parsed = Papa.parse<string[]>(text, { delimiter: detectDelimiter(text), skipEmptyLines: false, header: false });
  const broken = parsed.errors.find((error) => error.type === "Quotes");
  if (broken) {
    throw new AppError(
      "BAD_REQUEST",
      typeof broken.row === "number"
        ? libText("importProblems.uploadQuoteNotClosedAt", { row: String(broken.row + 1) })
        : libText("importProblems.uploadQuoteNotClosed"),
    );
  }
  const [header = [], ...records] = parsed.data;
  return {
    header,
    lines: records.map((cells, index) => ({ line: index + 2, cells })).filter((record) => !record.cells.every(isBlankCell)),
  };
}

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  // A text file has no NUL bytes; a binary one (an image, a PDF, a damaged workbook) does.
  if (bytes.subarray(0, 8192).includes(0)) throw new AppError("BAD_REQUEST", UNREADABLE_FILE);
  try {
    // The decoder drops a UTF-8 byte-order mark by itself.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new AppError("BAD_REQUEST", NOT_UTF8);
  }
}

/** The separator used most on the header line, outside quotes; a comma when there is none. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const character of text) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && (character === "\n" || character === "\r")) break;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  let best = ",";
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}
