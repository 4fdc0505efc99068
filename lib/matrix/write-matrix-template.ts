import ExcelJS from "exceljs";
import { AREA_COLUMNS, INDICATOR_COLUMNS, MATRIX_SHEETS } from "./matrix-columns";
import type { MatrixReferences } from "./matrix-references";
import { addFrameworkSheet, addReadMeSheet, addReferenceSheets, addTableSheet } from "./matrix-sheets";

/**
 * A blank matrix workbook: the sheets and headers of writeMatrixWorkbook with no areas or
 * indicators, and the workspace's institutions and dimensions to pick codes from.
 */
export async function writeMatrixTemplate(references: MatrixReferences): Promise<Buffer> {
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
  addFrameworkSheet(workbook, { scoring_method: "NORMALISED_ACHIEVEMENT", version_number: 1, version_status: "DRAFT" });
  addReferenceSheets(workbook, references);
  addReadMeSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
