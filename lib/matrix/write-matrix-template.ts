import ExcelJS from "exceljs";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { AREA_COLUMNS, INDICATOR_COLUMNS, MATRIX_SHEETS } from "./matrix-columns";
import type { MatrixReferences } from "./matrix-references";
import { addFrameworkSheet, addReadMeSheet, addReferenceSheets, addTableSheet } from "./matrix-sheets";
import { matrixWorkbookWords } from "./matrix-workbook-texts";

/**
 * A blank matrix workbook: the sheets and headers of writeMatrixWorkbook with no areas or
 * indicators, and the workspace's institutions and dimensions to pick codes from; its
 * explanatory texts in `locale`.
 */
export async function writeMatrixTemplate(references: MatrixReferences, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
  const t = matrixWorkbookWords(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Capacitas";
  workbook.title = "Matrix template";
  addTableSheet(
    workbook,
    MATRIX_SHEETS.indicators,
    INDICATOR_COLUMNS.map((column) => ({ header: column.key, width: column.width })),
    [],
  );
  addTableSheet(
    workbook,
    MATRIX_SHEETS.areas,
    AREA_COLUMNS.map((column) => ({ header: column.key, width: column.width })),
    [],
  );
  addFrameworkSheet(workbook, { scoring_method: "NORMALISED_ACHIEVEMENT", version_number: 1, version_status: "DRAFT" }, t);
  addReferenceSheets(workbook, references, t);
  addReadMeSheet(workbook, t);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
