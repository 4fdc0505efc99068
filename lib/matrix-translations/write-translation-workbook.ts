import ExcelJS from "exceljs";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { addTableSheet, textCell } from "@/lib/matrix/matrix-sheets";
import type { TextRow } from "./translation-rows";

export const TRANSLATION_SHEET = "Translations";
/** The columns before the languages': what each row's text belongs to. */
export const KEY_COLUMNS = ["kind", "code", "field"] as const;

/**
 * A version's texts for translators (decision 042): one row per (entity, field), the code
 * columns, then one column per interface language, the main text in `en`. The first sheet,
 * so that the upload reader finds it; a "Read me" sheet says how to fill it in.
 */
export async function writeTranslationWorkbook(rows: readonly TextRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Capacitas";
  workbook.title = title;
  addTableSheet(
    workbook,
    TRANSLATION_SHEET,
    [
      { header: "kind", width: 11 },
      { header: "code", width: 16 },
      { header: "field", width: 13 },
      ...LOCALES.map((locale) => ({ header: locale, width: 45 })),
    ],
    rows.map((row) => [
      row.kind,
      textCell(row.code),
      row.field,
      ...LOCALES.map((locale) => textCell(locale === DEFAULT_LOCALE ? row.main : (row.translations[locale] ?? null))),
    ]),
  );
  const readMe = workbook.addWorksheet("Read me");
  readMe.columns = [{ width: 110 }];
  for (const line of READ_ME) readMe.addRow([line]);
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}

const READ_ME = [
  "Translations of a framework version's texts.",
  "One row per text: kind (framework, area, indicator, level, dimension, member), code and field say what it is; do not change them.",
  "Levels are coded <indicator code>/<level code>, dimension members <dimension code>/<member code>.",
  "The en column holds the main text, for reference: it is changed in the matrix editor, not here.",
  "Type the translations in the ro, ru, fr and es columns. An empty cell removes that translation.",
  "Import the file into a draft version from its editor page. Rows you delete are left as they are.",
];
