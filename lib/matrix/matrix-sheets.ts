import type ExcelJS from "exceljs";
import { DIRECTIONS, VALUE_TYPES } from "@/lib/indicators/value-types";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import {
  AREA_COLUMNS,
  AREA_NAME_COLUMN,
  FRAMEWORK_FIELDS,
  INDICATOR_COLUMNS,
  MATRIX_SHEETS,
  TRANSLATION_PREFIX,
  type MatrixColumn,
} from "./matrix-columns";
import type { MatrixReferences } from "./matrix-references";
import {
  AREA_MEANINGS,
  DIRECTION_LABEL_WORDS,
  FRAMEWORK_MEANINGS,
  INDICATOR_MEANINGS,
  matrixReadMeTexts,
  VALUE_TYPE_LABEL_WORDS,
  VALUE_TYPE_MEANINGS,
  type MatrixWorkbookWords,
} from "./matrix-workbook-texts";

/**
 * The sheets a matrix workbook and its blank template share: styled tables, the reference
 * lists and the "Read me". Every text goes through neutralizeCell, so a name such as
 * "=HYPERLINK(...)" stays a text in whoever's spreadsheet opens the file. The explanatory
 * texts (meanings, the "Read me") are in the language of `t`; codes and sheet names are not.
 */

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8ECF1" } };

export type SheetCell = string | number | null | undefined;

export const textCell = (value: string | null | undefined): string | null =>
  value === undefined || value === null ? null : neutralizeCell(value);

/** A sheet with a bold, frozen, filterable header row; cells are written as given (texts already neutralised). */
export function addTableSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: { header: string; width: number }[],
  rows: SheetCell[][],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({ header: column.header, width: column.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  for (let index = 1; index <= columns.length; index += 1) header.getCell(index).fill = HEADER_FILL;
  if (columns.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  for (const row of rows) sheet.addRow(row.map((cell) => (cell === undefined ? null : cell)));
  return sheet;
}

export function translationHeaders(languages: readonly string[]): { header: string; width: number }[] {
  return languages.map((language) => ({ header: `${TRANSLATION_PREFIX}${language}`, width: 40 }));
}

/** The Framework sheet: one field a row, so that long descriptions have room. */
export function addFrameworkSheet(workbook: ExcelJS.Workbook, values: Partial<Record<string, SheetCell>>, t: MatrixWorkbookWords) {
  addTableSheet(
    workbook,
    MATRIX_SHEETS.framework,
    [
      { header: "field", width: 18 },
      { header: "value", width: 60 },
      { header: "meaning", width: 60 },
    ],
    FRAMEWORK_FIELDS.map((field) => [field.key, values[field.key] ?? null, textCell(FRAMEWORK_MEANINGS[field.key](t))]),
  );
}

export function addReferenceSheets(workbook: ExcelJS.Workbook, references: MatrixReferences, t: MatrixWorkbookWords) {
  addTableSheet(
    workbook,
    MATRIX_SHEETS.institutions,
    [
      { header: "code", width: 12 },
      { header: "name", width: 60 },
    ],
    references.institutions.map((institution) => [textCell(institution.code), textCell(institution.name)]),
  );
  addTableSheet(
    workbook,
    MATRIX_SHEETS.dimensions,
    [
      { header: "dimension_code", width: 18 },
      { header: "dimension_name", width: 30 },
      { header: "member_code", width: 16 },
      { header: "member_name", width: 30 },
    ],
    references.dimensions.flatMap((dimension) =>
      (dimension.members.length > 0 ? dimension.members : [null]).map((member) => [
        textCell(dimension.code),
        textCell(dimension.name),
        textCell(member?.code),
        textCell(member?.name),
      ]),
    ),
  );
  addTableSheet(
    workbook,
    MATRIX_SHEETS.valueTypes,
    [
      { header: "code", width: 14 },
      { header: "label", width: 14 },
      { header: "meaning", width: 70 },
    ],
    VALUE_TYPES.map((type) => [type, VALUE_TYPE_LABEL_WORDS[type](t), VALUE_TYPE_MEANINGS[type](t)]),
  );
  addTableSheet(
    workbook,
    MATRIX_SHEETS.directions,
    [
      { header: "code", width: 14 },
      { header: "label", width: 14 },
    ],
    DIRECTIONS.map((direction) => [direction, DIRECTION_LABEL_WORDS[direction](t)]),
  );
}

export function addReadMeSheet(workbook: ExcelJS.Workbook, t: MatrixWorkbookWords) {
  const texts = matrixReadMeTexts(t);
  const describe = <Key extends string>(
    sheet: string,
    columns: readonly (MatrixColumn & { key: Key })[],
    meanings: Record<Key, (words: MatrixWorkbookWords) => string>,
  ) =>
    columns.map((column) => [
      sheet,
      column.key,
      column.required ? texts.yes : "",
      textCell(meanings[column.key](t)),
      textCell(column.example),
    ]);
  addTableSheet(
    workbook,
    MATRIX_SHEETS.readMe,
    [14, 18, 9, 80, 36].map((width, index) => ({ header: texts.headers[index]!, width })),
    [
      ...describe(MATRIX_SHEETS.indicators, INDICATOR_COLUMNS, INDICATOR_MEANINGS),
      [MATRIX_SHEETS.indicators, "name:<language>", "", texts.translationColumn, "name:ro"],
      ...describe(MATRIX_SHEETS.indicators, [AREA_NAME_COLUMN], INDICATOR_MEANINGS),
      ...describe(MATRIX_SHEETS.areas, AREA_COLUMNS, AREA_MEANINGS),
      [MATRIX_SHEETS.areas, "name:<language>", "", texts.translationColumn, "name:ro"],
      ...describe(MATRIX_SHEETS.framework, FRAMEWORK_FIELDS, FRAMEWORK_MEANINGS),
      [texts.allSheets, "", "", texts.allSheetsNote, ""],
    ],
  );
}
