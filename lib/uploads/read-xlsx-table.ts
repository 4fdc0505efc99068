import ExcelJS from "exceljs";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { repackCheckedWorkbook, type ZipLimits } from "./inspect-zip-archive";
import { MAX_UPLOAD_ROWS } from "./upload-limits";
import { isBlankCell, tooManyRows, UNREADABLE_FILE, type RawCell, type RawTable } from "./raw-table";

/**
 * What a values workbook may unpack to (lib/uploads/inspect-zip-archive.ts). A template of
 * 10,000 rows unpacks to a few MB; these leave room for styles and long comments. Kept here,
 * not in upload-limits.ts, which the upload panel imports: its advice is a lib text.
 */
export const VALUES_WORKBOOK_LIMITS: ZipLimits = {
  maxEntries: 1_000,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  noun: "workbook",
  advice: libText("importProblems.uploadAdviceWorkbook"),
  damaged: UNREADABLE_FILE,
};

/**
 * Reads the sheet "Values" of an Excel workbook (else its first sheet). Cells are taken as
 * stored: numbers, texts, rich texts, hyperlinks, dates; a formula gives the result Excel
 * saved with it and is never evaluated here. The archive is checked and unpacked within
 * limits first (a zip bomb is refused with BAD_REQUEST before anything is inflated).
 */
export async function readXlsxTable(bytes: Uint8Array): Promise<RawTable> {
  const stored = repackCheckedWorkbook(bytes, VALUES_WORKBOOK_LIMITS);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its parameter with a Buffer of its own (an ArrayBuffer); a Node Buffer is what it reads.
    await workbook.xlsx.load(stored as unknown as ArrayBuffer);
  } catch {
    throw new AppError("BAD_REQUEST", UNREADABLE_FILE);
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.name.trim().toLowerCase() === "values") ?? workbook.worksheets[0];
  if (!sheet) throw new AppError("BAD_REQUEST", UNREADABLE_FILE);
  if (sheet.actualRowCount === 0) throw new AppError("BAD_REQUEST", libText("importProblems.uploadFileEmpty"));
  // Refused before reading cell by cell; blank rows do not count (actualRowCount skips them).
  if (sheet.actualRowCount - 1 > MAX_UPLOAD_ROWS) throw tooManyRows(sheet.actualRowCount - 1, MAX_UPLOAD_ROWS);

  const width = sheet.columnCount;
  const cellsOf = (row: ExcelJS.Row): RawCell[] => Array.from({ length: width }, (_, index) => readCell(row.getCell(index + 1).value));
  const table: RawTable = { header: cellsOf(sheet.getRow(1)), lines: [] };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = cellsOf(row);
    if (!cells.every(isBlankCell)) table.lines.push({ line: rowNumber, cells });
  });
  return table;
}

function readCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean" || value instanceof Date) return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) {
    // The shown text of a link may itself be rich text.
    const text: unknown = value.text;
    if (typeof text === "string") return text;
    if (text && typeof text === "object" && "richText" in text && Array.isArray(text.richText)) {
      return (text.richText as { text: string }[]).map((part) => part.text).join("");
    }
    return value.hyperlink;
  }
  if ("formula" in value || "sharedFormula" in value) {
    if (value.result === undefined) return { problem: libText("importProblems.uploadFormulaNotCalculated") };
    return readCell(value.result);
  }
  if ("error" in value) return { problem: libText("importProblems.uploadCellShowsError", { error: value.error }) };
  return null;
}
