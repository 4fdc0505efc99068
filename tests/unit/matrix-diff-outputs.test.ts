/**
 * The same diff in three forms: the XLSX workbook (read back with exceljs), the sentences of
 * the report annex, and the page component (rendered to HTML on the server).
 */
import ExcelJS from "exceljs";
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderInEnglish } from "../fixtures/render-in-english";
import { VersionDiff } from "@/components/matrix/version-diff";
import { diffDefinitions } from "@/lib/matrix/diff-definitions";
import { diffSentences } from "@/lib/matrix/diff-sentences";
import { writeDiffWorkbook } from "@/lib/matrix/write-diff-workbook";
import { baseMatrix, findArea, findIndicator, nextVersionOf, takeIndicator } from "../fixtures/matrix-versions";

const FORMULA_NAME = '=HYPERLINK("http://evil.example","click")';

/** A revision with one change of every kind. */
function revisedDiff() {
  const before = baseMatrix();
  const after = nextVersionOf(before);
  after.name = "Test matrix, revised";
  findArea(after, "A").name = "Migrants' rights";
  const insured = findIndicator(after, "A.1");
  insured.code = "A.1.1";
  insured.leadInstitution = "NBS";
  takeIndicator(after, "A.X.2");
  findArea(after, "A.X").indicators!.push({ code: "A.X.3", name: FORMULA_NAME, valueType: "NUMBER" });
  for (const code of ["B.1", "B.2", "B.3", "C.1"]) takeIndicator(after, code);
  findArea(after, "B").indicators!.push(
    { code: "B.1a", name: "Labour agreements", valueType: "NUMBER" },
    { code: "B.1b", name: "Social security agreements", valueType: "NUMBER" },
    { code: "B.23", name: "Diaspora events and consular offices", valueType: "NUMBER" },
  );
  return diffDefinitions(before, after, [
    { kind: "renamed", from: "A.1", to: "A.1.1" },
    { kind: "split", from: "B.1", to: ["B.1a", "B.1b"] },
    { kind: "merged", from: ["B.2", "B.3"], to: "B.23", note: "One consular programme" },
    { kind: "retired", from: "C.1" },
  ]);
}

const emptyDiff = () => {
  const before = baseMatrix();
  return diffDefinitions(before, nextVersionOf(before));
};

async function readWorkbook(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const sheet = workbook.getWorksheet(name)!;
    const result: (string | number | null)[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const values: (string | number | null)[] = [];
      for (let column = 1; column <= sheet.columnCount; column += 1)
        values.push((row.getCell(column).value as string | number | null) ?? null);
      result.push(values);
    });
    return result;
  };
  return { names: workbook.worksheets.map((sheet) => sheet.name), rows };
}

describe("writeDiffWorkbook", () => {
  it("writes Summary, Indicators and Areas, one row per change, formulas neutralised", async () => {
    const { names, rows } = await readWorkbook(await writeDiffWorkbook(revisedDiff(), { generatedAt: new Date("2026-01-01") }));
    expect(names).toEqual(["Summary", "Indicators", "Areas"]);

    expect(rows("Indicators")).toEqual([
      ["Area", "Code", "Old code", "Indicator", "Change", "Field", "Before", "After", "Note"],
      ["A Migrants' rights", "A.1.1", "A.1", "Migrants with health insurance", "Renamed", "Code", "A.1", "A.1.1", null],
      ["A Migrants' rights", "A.1.1", "A.1", "Migrants with health insurance", "Changed", "Lead institution", "MH", "NBS", null],
      ["A.X Access to justice", "A.X.3", null, `'${FORMULA_NAME}`, "Added", null, null, null, null],
      ["A.X Access to justice", "A.X.2", null, "Narrative on legal aid", "Removed", null, null, null, null],
      [
        "B Partnerships",
        "B.23",
        "B.2, B.3",
        "Diaspora events and consular offices",
        "Merged",
        "Code",
        "B.2, B.3",
        "B.23",
        "One consular programme",
      ],
      ["B Partnerships", "B.1", null, "Bilateral agreements signed", "Split", "Code", "B.1", "B.1a, B.1b", null],
      ["C Crises", "C.1", null, "Contingency plan", "Retired", null, null, null, null],
    ]);

    expect(rows("Areas")).toEqual([
      ["Code", "Area", "Change", "Field", "Before", "After"],
      ["A", "A Migrants' rights", "Renamed", "Name", "Rights", "Migrants' rights"],
    ]);

    const summary = rows("Summary");
    expect(summary[0]).toEqual(["What", "Count", "Before", "After"]);
    expect(summary[1]).toEqual(["Versions compared", null, 'TST version 1 "2020" (Approved)', 'TST version 2 "2025 revision" (Draft)']);
    const counts = Object.fromEntries(summary.slice(2).map((row) => [row[0], row[1]]));
    expect(counts).toMatchObject({
      "Indicators added": 1,
      "Indicators removed": 1,
      "Indicators changed": 1,
      "of which renamed (new code)": 1,
      "Indicators split": 1,
      "Indicators merged": 1,
      "Indicators retired": 1,
      "Indicators unchanged": 4,
      "Areas changed": 1,
      "Framework fields changed": 1,
    });
    expect(summary.at(-1)).toEqual(["Framework: Framework name", null, "Test matrix", "Test matrix, revised"]);
  });

  it("writes only headers and zero counts for identical versions", async () => {
    const { rows } = await readWorkbook(await writeDiffWorkbook(emptyDiff()));
    expect(rows("Indicators")).toHaveLength(1);
    expect(rows("Areas")).toHaveLength(1);
    expect(
      rows("Summary")
        .slice(2)
        .every((row) => row[1] === 0 || row[0] === "Indicators unchanged" || row[0] === "Areas unchanged"),
    ).toBe(true);
  });
});

describe("diffSentences", () => {
  it("tells the changes in sentences and small tables, area by area", () => {
    const annex = diffSentences(revisedDiff());
    expect(annex.title).toBe("Changes from version 1 to version 2 of Test matrix, revised");
    expect(annex.summary).toEqual([
      'This annex compares TST version 1 "2020" (Approved) with TST version 2 "2025 revision" (Draft).',
      "Indicators: 1 added, 1 removed, 1 changed (1 with a new code), 1 split, 1 merger, 1 retired; 4 unchanged.",
      "Areas: 1 renamed; 3 unchanged.",
      "Framework: framework name changed.",
    ]);
    expect(annex.sections.map((section) => section.heading)).toEqual([
      "Framework",
      "Areas",
      "A Migrants' rights",
      "A.X Access to justice",
      "B Partnerships",
      "C Crises",
    ]);
    const [, areas, rights, justice, partnerships, crises] = annex.sections;
    expect(areas!.tables[0]!.rows).toEqual([["A Migrants' rights", "Renamed: Name", "Rights", "Migrants' rights"]]);
    expect(rights!.tables).toEqual([
      {
        caption: "A.1.1 Migrants with health insurance (formerly A.1)",
        columns: ["Field", "Before", "After"],
        rows: [
          ["Code", "A.1", "A.1.1"],
          ["Lead institution", "MH", "NBS"],
        ],
      },
    ]);
    expect(justice!.paragraphs).toEqual([`Added: A.X.3 ${FORMULA_NAME}.`, "Removed: A.X.2 Narrative on legal aid."]);
    expect(partnerships!.paragraphs).toEqual([
      "Split: B.1 Bilateral agreements signed into B.1a, B.1b; each continues its series.",
      "Merged: B.2, B.3 into B.23 Diaspora events and consular offices, which continues their series. One consular programme",
    ]);
    expect(crises!.paragraphs).toEqual(["Retired: C.1 Contingency plan; its values stay in the history."]);
  });

  it("counts areas whose description or translations changed", () => {
    const before = baseMatrix();
    const after = nextVersionOf(before);
    findArea(after, "A").description = "The rights of migrants.";
    findArea(after, "B").name = "International partnerships";
    expect(diffSentences(diffDefinitions(before, after)).summary.slice(1)).toEqual([
      "Indicators: none changed (10 unchanged).",
      "Areas: 1 renamed, 1 with a new description or translation; 2 unchanged.",
    ]);
  });

  it("says so when the versions define the same matrix", () => {
    const annex = diffSentences(emptyDiff());
    expect(annex.summary[1]).toBe("The two versions define the same matrix: no framework field, area or indicator changed.");
    expect(annex.sections).toEqual([]);
  });
});

describe("VersionDiff", () => {
  // The component speaks the person's language; these expectations are the English texts.
  const render = (diff: ReturnType<typeof emptyDiff>) => renderInEnglish(createElement(VersionDiff, { diff }));
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, " ")
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/\s+/g, " ");

  it("renders counts, then each area's changes in captioned tables with header scopes", () => {
    const html = render(revisedDiff());
    const shown = text(html);
    expect(shown).toContain("Changes from version 1 to version 2");
    expect(shown).toContain("Indicators added 1");
    expect(shown).toContain("Indicators unchanged 4");
    expect(shown).toContain("Added A.X.3 " + FORMULA_NAME);
    expect(shown).toContain("Removed A.X.2 Narrative on legal aid");
    expect(shown).toContain("Split B.1 Bilateral agreements signed into B.1a, B.1b; each continues its series.");
    expect(shown).toContain(
      "Merged B.2, B.3 into B.23 Diaspora events and consular offices, which continues their series. One consular programme",
    );
    expect(shown).toContain("Retired C.1 Contingency plan; its values stay in the history.");
    expect(shown).toContain("A.1.1 Migrants with health insurance Formerly A.1");
    expect(shown).toContain("Lead institution MH NBS");
    expect(shown).toContain("A Migrants' rights Renamed Rights Migrants' rights");

    const tables = html.match(/<table/g) ?? [];
    expect(tables).toHaveLength(3);
    expect(html.match(/<caption[\s>]/g)).toHaveLength(tables.length);
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/);
    // Areas are sections named by their heading.
    expect(html).toContain('aria-labelledby="version-diff-area-B"');
  });

  it("says 'Not set' in words for an empty field", () => {
    const before = baseMatrix();
    const after = nextVersionOf(before);
    delete findIndicator(after, "A.1").verification;
    expect(text(render(diffDefinitions(before, after)))).toContain("Means of verification Annual report Not set");
  });

  it("says that nothing changed between identical versions", () => {
    const html = render(emptyDiff());
    expect(text(html)).toContain("The two versions define the same matrix");
    expect(html).not.toContain("<table");
  });
});
