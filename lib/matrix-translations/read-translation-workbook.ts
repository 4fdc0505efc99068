import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedProblem, type Problem } from "@/lib/problems/problem";
import { readXlsxTable } from "@/lib/uploads/read-xlsx-table";
import type { RawCell } from "@/lib/uploads/raw-table";
import { isBlankCell } from "@/lib/uploads/raw-table";
import { FIELDS_OF_KIND, TEXT_KINDS, type TextField, type TextKind } from "./translation-rows";
import { KEY_COLUMNS, TRANSLATION_SHEET } from "./write-translation-workbook";

/** One row of a translation workbook: what it names, and the cells of each language column (null: empty). */
export type ReadTextRow = { row: number; kind: TextKind; code: string; field: TextField; cells: Partial<Record<Locale, string | null>> };

export type ReadTranslations = { ok: true; rows: ReadTextRow[] } | { ok: false; problems: Problem[] };

const at = (row: number | undefined, field: string | undefined, text: LibText): Problem =>
  keyedProblem({ sheet: TRANSLATION_SHEET, ...(row === undefined ? {} : { row }), ...(field === undefined ? {} : { field }) }, text);

/** A cell as text; the quote that neutralizeCell put before a formula trigger is taken off again. */
function cellText(cell: RawCell | undefined): string | null {
  if (isBlankCell(cell) || cell === undefined || cell === null) return null;
  if (typeof cell === "object" && !(cell instanceof Date)) return null;
  const text = String(cell instanceof Date ? cell.toISOString() : cell).trim();
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/**
 * Reads a translation workbook's first sheet. The header must hold kind, code and field, and
 * otherwise only interface languages (en ro ru fr es); each row must name a known kind and one
 * of its fields, once. Every problem is collected, at its row and column, so that one upload
 * tells the translator everything to fix. Codes are checked against the version by the import.
 */
export async function readTranslationWorkbook(bytes: Uint8Array): Promise<ReadTranslations> {
  const table = await readXlsxTable(bytes);
  const problems: Problem[] = [];
  const headers = table.header.map((cell) => cellText(cell)?.toLowerCase() ?? "");
  const columnOf = new Map<string, number>();
  headers.forEach((header, index) => {
    if (header === "") return;
    if (columnOf.has(header)) problems.push(at(1, header, libText("errors.translationWorkbookColumnTwice", { column: header })));
    else if (!(KEY_COLUMNS as readonly string[]).includes(header) && !isLocale(header)) {
      problems.push(at(1, header, libText("errors.translationWorkbookNotALanguage", { column: header })));
    }
    columnOf.set(header, index);
  });
  for (const key of KEY_COLUMNS)
    if (!columnOf.has(key)) problems.push(at(1, key, libText("errors.translationWorkbookColumnMissing", { column: key })));
  if (problems.length > 0) return { ok: false, problems };

  const languages = headers.filter(isLocale).filter((locale) => locale !== DEFAULT_LOCALE);
  const seen = new Map<string, number>();
  const rows: ReadTextRow[] = [];
  for (const line of table.lines) {
    const text = (column: string) => cellText(line.cells[columnOf.get(column)!]);
    const [kind, code, field] = [text("kind")?.toLowerCase() ?? "", text("code") ?? "", text("field")?.toLowerCase() ?? ""];
    if (!(TEXT_KINDS as readonly string[]).includes(kind)) {
      problems.push(at(line.line, "kind", libText("errors.translationWorkbookUnknownKind", { kind, kinds: TEXT_KINDS.join(", ") })));
      continue;
    }
    const fields = FIELDS_OF_KIND[kind as TextKind];
    if (!(fields as readonly string[]).includes(field)) {
      problems.push(at(line.line, "field", libText("errors.translationWorkbookUnknownField", { kind, field, fields: fields.join(", ") })));
      continue;
    }
    if (code === "") {
      problems.push(at(line.line, "code", libText("errors.translationWorkbookEmptyCode")));
      continue;
    }
    const key = `${kind}|${code}|${field}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(at(line.line, "code", libText("errors.translationWorkbookRepeatedRow", { first: String(first), kind, code, field })));
      continue;
    }
    seen.set(key, line.line);
    const cells: ReadTextRow["cells"] = {};
    for (const language of languages) cells[language] = text(language);
    if (columnOf.has(DEFAULT_LOCALE)) cells[DEFAULT_LOCALE] = text(DEFAULT_LOCALE);
    rows.push({ row: line.line, kind: kind as TextKind, code, field: field as TextField, cells });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}
