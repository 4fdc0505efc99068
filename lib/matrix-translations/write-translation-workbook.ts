import ExcelJS from "exceljs";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { addTableSheet, textCell } from "@/lib/matrix/matrix-sheets";
import { matrixWorkbookWords, translationReadMeTexts } from "@/lib/matrix/matrix-workbook-texts";
import type { TextRow } from "./translation-rows";

export const TRANSLATION_SHEET = "Translations";
/** The columns before the languages': what each row's text belongs to. */
export const KEY_COLUMNS = ["kind", "code", "field"] as const;

/**
 * A version's texts for translators (decision 042): one row per (entity, field), the code
 * columns, then one column per interface language, the main text in `en`. The first sheet,
 * so that the upload reader finds it; a "Read me" sheet says how to fill it in, in `locale`.
 */
export async function writeTranslationWorkbook(rows: readonly TextRow[], title: string, locale: Locale = DEFAULT_LOCALE): Promise<Buffer> {
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
  const texts = translationReadMeTexts(matrixWorkbookWords(locale));
  const readMe = workbook.addWorksheet(texts.sheet);
  readMe.columns = [{ width: 110 }];
  for (const line of texts.lines) readMe.addRow([line]);
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer);
}
