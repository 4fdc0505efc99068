import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { isAppError } from "@/lib/errors";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedMessage } from "@/lib/problems/problem";
import { unpackZipArchive, type ZipLimits } from "@/lib/uploads/inspect-zip-archive";
import { readCsvTable } from "@/lib/uploads/read-csv-table";
import { isBlankCell, type RawCell, type RawTable } from "@/lib/uploads/raw-table";
import type { MatrixSheets } from "./build-matrix-definition";
import { MATRIX_SHEETS } from "./matrix-columns";
import type { MatrixProblem } from "./matrix-problem";

/** Limits of a matrix file: its size, what its archive may unpack to, and indicator or area rows. */
export const MAX_MATRIX_BYTES = 30 * 1024 * 1024;
export const MAX_MATRIX_UNPACKED_BYTES = 200 * 1024 * 1024;
export const MAX_MATRIX_ROWS = 20_000;
/** Past this many cell problems (formulas, merges) more of them would tell nothing new. */
const MAX_CELL_PROBLEMS = 100;

const DAMAGED = libText("importProblems.matrixFileDamaged");

const MATRIX_WORKBOOK_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxUnpackedBytes: MAX_MATRIX_UNPACKED_BYTES,
  maxRatio: 200,
  noun: "workbook",
  advice: libText("importProblems.uploadAdviceMatrix"),
  damaged: DAMAGED,
};

/**
 * The sheets of a matrix file, or why it cannot be read at all. A workbook's archive is
 * checked from its directory (declared sizes) before anything is inflated; formula
 * cells and merged cells anywhere are refused, since what they show cannot be imported
 * faithfully. A file that is not a zip archive is read as the CSV of the Indicators sheet.
 */
export async function openMatrixFile(bytes: Uint8Array): Promise<{ sheets: MatrixSheets } | { problems: MatrixProblem[] }> {
  const refuse = (message: string | LibText, sheet: string | null = null) => ({
    problems: [
      typeof message === "string"
        ? { sheet, row: null, column: null, message }
        : keyedMessage<MatrixProblem>({ sheet, row: null, column: null }, message),
    ],
  });
  if (bytes.byteLength === 0) return refuse(libText("importProblems.matrixFileEmpty"));
  if (bytes.byteLength > MAX_MATRIX_BYTES) {
    return refuse(
      libText("importProblems.matrixFileTooLarge", {
        size: (bytes.byteLength / 1024 / 1024).toFixed(1),
        limit: String(MAX_MATRIX_BYTES / 1024 / 1024),
      }),
    );
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    return refuse(libText("importProblems.matrixOldExcel"));
  }
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return openWorkbook(bytes, refuse);
  try {
    const table = readCsvTable(bytes);
    if (table.lines.length > MAX_MATRIX_ROWS) return refuse(tooManyRows(table.lines.length), MATRIX_SHEETS.indicators);
    return { sheets: { indicators: table, areas: null, framework: null } };
  } catch (error) {
    if (isAppError(error)) return refuse(error.text ?? error.message);
    throw error;
  }
}

const tooManyRows = (count: number) => libText("importProblems.matrixTooManyRows", { count, limit: MAX_MATRIX_ROWS });

async function openWorkbook(
  bytes: Uint8Array,
  refuse: (message: string | LibText, sheet?: string | null) => { problems: MatrixProblem[] },
) {
  // exceljs (JSZip) would inflate an entry whatever size it declares, and compare only after.
  // The shared check reads the archive's directory first (sizes, ratio, entries, paths), then
  // fflate unpacks within it, and exceljs gets the workbook uncompressed.
  let files: Record<string, Uint8Array>;
  try {
    files = unpackZipArchive(bytes, MATRIX_WORKBOOK_LIMITS);
  } catch (error) {
    if (isAppError(error)) return refuse(error.text ?? error.message);
    throw error;
  }
  if (!Object.hasOwn(files, "xl/workbook.xml")) return refuse(DAMAGED);
  const stored = zipSync(files, { level: 0 });
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its parameter with a Buffer of its own (an ArrayBuffer); a Node Buffer is what it reads.
    await workbook.xlsx.load(Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength) as unknown as ArrayBuffer);
  } catch {
    return refuse(DAMAGED);
  }
  const find = (name: string) => workbook.worksheets.find((sheet) => sheet.name.trim().toLowerCase() === name.toLowerCase()) ?? null;
  const indicators = find(MATRIX_SHEETS.indicators);
  if (!indicators || indicators.actualRowCount === 0) {
    return refuse(libText("importProblems.matrixNoIndicatorsSheet"), MATRIX_SHEETS.indicators);
  }
  const areas = find(MATRIX_SHEETS.areas);
  const framework = find(MATRIX_SHEETS.framework);
  for (const sheet of [indicators, areas]) {
    if (sheet && sheet.actualRowCount - 1 > MAX_MATRIX_ROWS) return refuse(tooManyRows(sheet.actualRowCount - 1), sheet.name);
  }

  const problems = workbook.worksheets.flatMap(findUnreadableCells).slice(0, MAX_CELL_PROBLEMS);
  if (problems.length > 0) return { problems };
  return { sheets: { indicators: tableOf(indicators), areas: areas && tableOf(areas), framework: framework && tableOf(framework) } };
}

/** Merged cells and formulas: a file must hold each value in its own cell, as typed. */
function findUnreadableCells(sheet: ExcelJS.Worksheet): MatrixProblem[] {
  const headerOf = (column: number) => {
    const header = sheet.getRow(1).getCell(column).value;
    return typeof header === "string" && header.trim() !== "" ? header.trim() : sheet.getColumn(column).letter;
  };
  const problems: MatrixProblem[] = [];
  // The cells a merge covers, besides its top-left one, by that top-left cell; in row order, so the last is the bottom-right.
  const merges = new Map<ExcelJS.Cell, ExcelJS.Cell[]>();
  sheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        const covered = merges.get(cell.master) ?? [];
        covered.push(cell);
        merges.set(cell.master, covered);
      } else if (cell.type === ExcelJS.ValueType.Formula) {
        const formula = cell.formula ? ` (=${cell.formula.slice(0, 40)})` : "";
        problems.push(
          keyedMessage<MatrixProblem>(
            { sheet: sheet.name, row: Number(cell.row), column: headerOf(Number(cell.col)) },
            libText("importProblems.matrixCellFormula", { cell: cell.address, formula }),
          ),
        );
      }
    }),
  );
  for (const [master, covered] of merges) {
    problems.push(
      keyedMessage<MatrixProblem>(
        { sheet: sheet.name, row: Number(master.row), column: headerOf(Number(master.col)) },
        libText("importProblems.matrixCellsMerged", { range: `${master.address}:${covered.at(-1)!.address}` }),
      ),
    );
  }
  return problems;
}

function tableOf(sheet: ExcelJS.Worksheet): RawTable {
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
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : value.hyperlink;
  if ("error" in value) return { problem: libText("importProblems.uploadCellShowsError", { error: value.error }) };
  return null;
}
