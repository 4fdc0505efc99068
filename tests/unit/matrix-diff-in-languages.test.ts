/**
 * The matrix diff in the reader's language (issue 13, decision 057): its field names and the
 * values it writes from fixed lists (types, directions, yes/no, positions, "final", scores,
 * numbers) in the report annex, the workbook and the page; names and codes stay as typed.
 * Without a language each stays the English the diff wrote.
 */
import ExcelJS from "exceljs";
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VersionDiff } from "@/components/matrix/version-diff";
import { loadMessages } from "@/lib/i18n/load-messages";
import { diffDefinitions } from "@/lib/matrix/diff-definitions";
import { diffSentences } from "@/lib/matrix/diff-sentences";
import { writeDiffWorkbook } from "@/lib/matrix/write-diff-workbook";
import { baseMatrix, findArea, findIndicator, nextVersionOf } from "../fixtures/matrix-versions";

/** One indicator changed in every field whose value the diff writes from its own words. */
function revised() {
  const before = baseMatrix();
  const after = nextVersionOf(before);
  after.scoringMethod = "SDG_10_7_2";
  const insured = findIndicator(after, "A.1");
  insured.valueType = "NUMBER";
  insured.unit = "persons";
  insured.direction = "DECREASE";
  insured.breakdownsMustSum = true;
  insured.baseline = { year: 2020, value: 1250.5 };
  insured.targets = [{ year: 2030, value: 2000, isFinal: true }];
  const labour = findIndicator(after, "A.2");
  labour.levels = labour.levels!.map((level) => (level.code === "partial" ? { ...level, score: 0.25 } : level));
  const equalPay = findIndicator(after, "A.3");
  equalPay.baseline = { year: 2020, value: "yes" };
  // B moves into A: its parent was the top level.
  const partnerships = after.areas.splice(1, 1)[0]!;
  findArea(after, "A").areas!.push(partnerships);
  return diffDefinitions(before, after);
}

const rowsOf = (annex: ReturnType<typeof diffSentences>, heading: string, caption: string) =>
  annex.sections.find((section) => section.heading === heading)!.tables.find((table) => table.caption.startsWith(caption))!.rows;

describe("the diff's values in the annex", () => {
  it("reads Romanian: field names, value types, directions, yes/no, numbers, final targets and scores", () => {
    const annex = diffSentences(revised(), "ro");
    const rows = rowsOf(annex, "A Rights", "A.1 ");
    expect(rows).toContainEqual(["Tip", "Procent", "Număr"]);
    expect(rows).toContainEqual(["Direcție", "Creștere", "Scădere"]);
    expect(rows).toContainEqual([expect.any(String), "Nu", "Da"]);
    expect(rows).toContainEqual([expect.any(String), "40 % (2020)", "1.250,5 persons (2020)"]);
    expect(rows).toContainEqual([expect.any(String), "60 % (finală)", "2.000 persons (finală)"]);
    const levels = rowsOf(annex, "A Rights", "A.2 ")[0]!;
    expect(levels[1]).toContain("partial = Partially in place (scor 0,5)");
    expect(levels[2]).toContain("partial = Partially in place (scor 0,25)");
    expect(rowsOf(annex, "A Rights", "A.3 ")).toEqual([[expect.any(String), "Nu (no) (2020)", "Da (yes) (2020)"]]);
    const framework = annex.sections.find((section) => section.heading === "Cadrul de indicatori");
    expect(framework?.tables[0]!.rows).toEqual([["Metoda de calcul al scorului", "Realizare normalizată", "Metoda ODD 10.7.2"]]);
    const areas = annex.sections.find((section) => section.heading === "Domenii")!.tables[0]!.rows;
    expect(areas).toContainEqual(["B Partnerships", "Mutat: Domeniul părinte", "Nivelul superior", "A Rights"]);
  });

  it("reads Russian, with the Russian grouping of digits", () => {
    const annex = diffSentences(revised(), "ru");
    const rows = rowsOf(annex, "A Rights", "A.1 ");
    expect(rows).toContainEqual(["Тип", "Процент", "Число"]);
    expect(rows).toContainEqual([expect.any(String), "60 % (итоговое)", "2\u00a0000 persons (итоговое)"]);
    expect(rows).toContainEqual([expect.any(String), "Нет", "Да"]);
  });

  it("keeps the diff's English without a language", () => {
    const rows = rowsOf(diffSentences(revised()), "A Rights", "A.1 ");
    expect(rows).toContainEqual(["Type", "Percentage", "Number"]);
    expect(rows).toContainEqual(["Target 2030", "60 % (final)", "2,000 persons (final)"]);
    expect(rows).toContainEqual(["Breakdowns must add up", "No", "Yes"]);
  });
});

describe("the diff workbook in the chosen language", () => {
  it("names its sheets, headings, counts, kinds, fields and values in Romanian", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeDiffWorkbook(revised(), { locale: "ro" })) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Rezumat", "Indicatori", "Domenii"]);
    const values = (name: string) =>
      workbook
        .getWorksheet(name)!
        .getSheetValues()
        .flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
    const [header, ...indicatorRows] = values("Indicatori");
    expect(header).toEqual(["Domeniu", "Cod", "Cod vechi", "Indicator", "Modificare", "Câmp", "Înainte", "După", "Notă"]);
    expect(indicatorRows).toContainEqual(expect.arrayContaining(["A.1", "Modificat", "Direcție", "Creștere", "Scădere"]));
    const summary = values("Rezumat");
    expect(summary[1]).toEqual([
      "Versiuni comparate",
      undefined,
      "TST versiunea 1 „2020” (Aprobată)",
      "TST versiunea 2 „2025 revision” (Proiect)",
    ]);
    expect(summary).toContainEqual(["Indicatori modificați", 3]);
    expect(summary.at(-1)).toEqual([
      "Cadrul de indicatori: Metoda de calcul al scorului",
      undefined,
      "Realizare normalizată",
      "Metoda ODD 10.7.2",
    ]);
    expect(values("Domenii")).toContainEqual([
      "B",
      "A Rights › B Partnerships",
      "Mutat",
      "Domeniul părinte",
      "Nivelul superior",
      "A Rights",
    ]);
  });
});

describe("the diff on the page", () => {
  it("speaks the page's language: Russian field names and values", async () => {
    const messages = await loadMessages("ru");
    const props = { locale: "ru", messages, timeZone: "UTC" } as Omit<ComponentProps<typeof NextIntlClientProvider>, "children">;
    const html = renderToStaticMarkup(
      createElement(
        NextIntlClientProvider,
        props as ComponentProps<typeof NextIntlClientProvider>,
        createElement(VersionDiff, { diff: revised() }),
      ),
    );
    const shown = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(shown).toContain("Направление Рост Снижение");
    expect(shown).toContain("Тип Процент Число");
    expect(shown).toContain("Верхний уровень");
    expect(shown).not.toMatch(/\b(Direction|Increase|Top level|final)\b/);
  });
});
