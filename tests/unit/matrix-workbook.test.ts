import ExcelJS from "exceljs";
import { unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { DEMO_MATRIX } from "@/lib/demo/demo-matrix";
import { STANDARD_DIMENSIONS } from "@/lib/frameworks/builtin/dimensions";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import {
  frameworkDefinitionSchema,
  type AreaDefinition,
  type FrameworkDefinition,
  type IndicatorDefinition,
} from "@/lib/frameworks/schemas";
import { MATRIX_SHEETS } from "@/lib/matrix/matrix-columns";
import type { MatrixProblem } from "@/lib/matrix/matrix-problem";
import type { MatrixReferences } from "@/lib/matrix/matrix-references";
import { MAX_MATRIX_BYTES } from "@/lib/matrix/open-matrix-file";
import { readMatrixWorkbook } from "@/lib/matrix/read-matrix-workbook";
import { writeMatrixTemplate } from "@/lib/matrix/write-matrix-template";
import { writeMatrixWorkbook } from "@/lib/matrix/write-matrix-workbook";
import { cellAt, editedWorkbook, generatedMatrix, SMALL_REFERENCES, smallMatrix } from "../fixtures/matrix-workbooks";

const DEMO_REFERENCES: MatrixReferences = { institutions: DEMO_INSTITUTIONS, dimensions: STANDARD_DIMENSIONS };

/**
 * The matrix workbook carries names in other languages (name:<language>); the other texts'
 * translations travel in the translation workbook (decision 042), so a round trip leaves them out.
 */
function withNamesTranslatedOnly(definition: FrameworkDefinition): FrameworkDefinition {
  const indicator = ({
    definitionTranslations: _d,
    unitTranslations: _u,
    dataSourceTranslations: _s,
    verificationTranslations: _v,
    ...rest
  }: IndicatorDefinition) => ({
    ...rest,
    ...(rest.levels ? { levels: rest.levels.map(({ labelTranslations: _l, ...level }) => level) } : {}),
  });
  const area = ({ descriptionTranslations: _d, ...rest }: AreaDefinition): AreaDefinition => ({
    ...rest,
    ...(rest.areas ? { areas: rest.areas.map(area) } : {}),
    ...(rest.indicators ? { indicators: rest.indicators.map(indicator) } : {}),
  });
  const { nameTranslations: _n, descriptionTranslations: _d, ...framework } = definition;
  return { ...framework, areas: framework.areas.map(area) };
}

async function roundTrip(definition: FrameworkDefinition, references: MatrixReferences) {
  const result = await readMatrixWorkbook(await writeMatrixWorkbook(definition, references), { references });
  if (!result.ok) throw new Error(`Problems: ${JSON.stringify(result.problems.slice(0, 5))}`);
  return result.definition;
}

/** The problems of a small matrix after one edit of its workbook. */
async function problemsAfter(edit: (workbook: ExcelJS.Workbook) => void): Promise<MatrixProblem[]> {
  const result = await readMatrixWorkbook(await editedWorkbook(smallMatrix(), SMALL_REFERENCES, edit), { references: SMALL_REFERENCES });
  if (result.ok) throw new Error("The edited workbook was accepted");
  return result.problems;
}

const setCell = (sheet: string, row: number, header: string, value: ExcelJS.CellValue) => (workbook: ExcelJS.Workbook) => {
  cellAt(workbook, sheet, row, header).value = value;
};

const one = (sheet: string, row: number | null, column: string | null, message: string) => [
  { sheet, row, column, message: expect.stringContaining(message) as string },
];

describe("writeMatrixWorkbook then readMatrixWorkbook", () => {
  it.each([
    ["MGI", MGI_FRAMEWORK, { institutions: [], dimensions: [] }],
    ["SDG 10.7.2", SDG_10_7_2_FRAMEWORK, { institutions: [], dimensions: [] }],
    ["the demo DMD matrix", DEMO_MATRIX, DEMO_REFERENCES],
    ["a matrix of odd texts, translations, nesting and every type", smallMatrix(), SMALL_REFERENCES],
  ])("gives %s back identical", async (_, definition, references) => {
    expect(await roundTrip(definition, references)).toEqual(frameworkDefinitionSchema.parse(withNamesTranslatedOnly(definition)));
  });

  it("writes the documented sheets, columns and reference lists", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeMatrixWorkbook(DEMO_MATRIX, DEMO_REFERENCES)) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(Object.values(MATRIX_SHEETS));
    const indicators = workbook.getWorksheet("Indicators")!;
    expect(indicators.actualRowCount).toBe(66);
    expect(indicators.getRow(1).values).toContain("gcm_objectives");
    expect(cellAt(workbook, "Indicators", 2, "targets").value).toBe("2020:260; 2025:320*");
    expect(cellAt(workbook, "Indicators", 2, "baseline_value").value).toBe(210);
    expect(workbook.getWorksheet("Institutions")!.actualRowCount).toBe(DEMO_INSTITUTIONS.length + 1);
    const readMe = workbook.getWorksheet("Read me")!;
    expect(readMe.getColumn(2).values).toEqual(expect.arrayContaining(["levels", "parent_code", "version_label", "name:<language>"]));
  });

  it("neutralises texts a spreadsheet would run, and reads them back unchanged", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await writeMatrixWorkbook(smallMatrix(), SMALL_REFERENCES)) as unknown as ArrayBuffer);
    expect(cellAt(workbook, "Indicators", 2, "definition").value).toBe("'-5 means a decrease");
    expect(cellAt(workbook, "Framework", 4, "value").value).toBe("'=cmd|' /C calc'!A0 stays text");
  });

  it("writes a blank template with the same sheets and headers", async () => {
    const template = new ExcelJS.Workbook();
    await template.xlsx.load((await writeMatrixTemplate(SMALL_REFERENCES)) as unknown as ArrayBuffer);
    const full = new ExcelJS.Workbook();
    await full.xlsx.load((await writeMatrixWorkbook(MGI_FRAMEWORK, SMALL_REFERENCES)) as unknown as ArrayBuffer);
    expect(template.worksheets.map((sheet) => sheet.name)).toEqual(full.worksheets.map((sheet) => sheet.name));
    // A name column per language comes from the data (MGI carries French and Spanish names); a blank template has none.
    const isLanguageColumn = (value: unknown) => typeof value === "string" && value.startsWith("name:");
    const headers = (workbook: ExcelJS.Workbook, sheet: string) => (workbook.getWorksheet(sheet)!.getRow(1).values as unknown[]).slice(1);
    for (const name of ["Indicators", "Areas", "Read me"]) {
      expect(headers(template, name)).toEqual(headers(full, name).filter((value) => !isLanguageColumn(value)));
    }
    expect(headers(full, "Indicators").filter(isLanguageColumn)).toEqual(["name:es", "name:fr"]);
    expect(template.getWorksheet("Indicators")!.actualRowCount).toBe(1);
    expect(template.getWorksheet("Institutions")!.actualRowCount).toBe(3);
  });

  it("reads what people type in Excel: a date cell, numbers as text, labels and other cases for codes, loose headers", async () => {
    const bytes = await editedWorkbook(smallMatrix(), SMALL_REFERENCES, (workbook) => {
      cellAt(workbook, "Framework", 10, "value").value = new Date(Date.UTC(2019, 5, 30));
      cellAt(workbook, "Indicators", 2, "baseline_year").value = "2016";
      cellAt(workbook, "Indicators", 2, "mgi_domain").value = " 6 ";
      cellAt(workbook, "Indicators", 3, "type").value = "Percentage";
      cellAt(workbook, "Indicators", 3, "direction").value = "decrease";
      cellAt(workbook, "Indicators", 3, "baseline_value").value = "40,0";
      cellAt(workbook, "Indicators", 6, "type").value = "yes/no";
      cellAt(workbook, "Indicators", 1, "area_code").value = "Area code";
      cellAt(workbook, "Areas", 1, "parent_code").value = "Parent Code";
      cellAt(workbook, "Areas", 1, "name:fr-CA").value = "Name:FR-CA";
    });
    const expected = smallMatrix();
    expected.version.approvedAt = "2019-06-30";
    expect(await readMatrixWorkbook(bytes, { references: SMALL_REFERENCES })).toEqual({
      ok: true,
      definition: frameworkDefinitionSchema.parse(expected),
    });
  });

  it("writes and reads a 500-indicator matrix (time printed, not asserted)", async () => {
    const definition = generatedMatrix(500);
    const started = performance.now();
    const bytes = await writeMatrixWorkbook(definition, SMALL_REFERENCES);
    const written = performance.now();
    const result = await readMatrixWorkbook(bytes, { references: SMALL_REFERENCES });
    const read = performance.now();
    console.info(
      `500 indicators: write ${Math.round(written - started)} ms, read ${Math.round(read - written)} ms, ${Math.round(bytes.byteLength / 1024)} KB`,
    );
    expect(result).toEqual({ ok: true, definition: frameworkDefinitionSchema.parse(definition) });
  });
});

describe("readMatrixWorkbook refuses, at the sheet, row and column", () => {
  it.each([
    [
      "a duplicate indicator code",
      setCell("Indicators", 3, "code", "I1"),
      one("Indicators", 3, "code", "Indicator code I1 is already used at row 2"),
    ],
    [
      "a duplicate area code",
      (workbook: ExcelJS.Workbook) => void workbook.getWorksheet("Areas")!.addRow(["A1", null, "Area one again"]),
      one("Areas", 5, "code", "Area code A1 is already used at row 2"),
    ],
    [
      "an area that would contain itself",
      setCell("Areas", 2, "parent_code", "A1.1"),
      one("Areas", 2, "parent_code", "Area A1 would contain itself (parent codes A1 → A1.1 → A1)"),
    ],
    [
      "an area that is its own parent",
      setCell("Areas", 4, "parent_code", "A2"),
      one("Areas", 4, "parent_code", "Area A2 would contain itself"),
    ],
    ["an unknown parent area", setCell("Areas", 3, "parent_code", "A9"), one("Areas", 3, "parent_code", "There is no area A9")],
    [
      "an indicator in an unknown area",
      setCell("Indicators", 6, "area_code", "A9"),
      one("Indicators", 6, "area_code", "There is no area A9"),
    ],
    [
      "a target on a narrative indicator",
      setCell("Indicators", 5, "targets", "2025:10"),
      one("Indicators", 5, "targets", "A narrative (TEXT) indicator has no baseline or targets"),
    ],
    [
      "a baseline level outside the scale",
      setCell("Indicators", 4, "baseline_value", "started"),
      one("Indicators", 4, "baseline_value", "“started” is not a level of this indicator; use one of none, initiated"),
    ],
    [
      "a yes/no target that is not yes or no",
      setCell("Indicators", 6, "targets", "2025:maybe*"),
      one("Indicators", 6, "targets", "use one of no, yes"),
    ],
    [
      "an unknown lead institution",
      setCell("Indicators", 2, "lead_institution", "MOH"),
      one("Indicators", 2, "lead_institution", "There is no institution MOH"),
    ],
    [
      "an unknown contributor",
      setCell("Indicators", 2, "contributors", "MFA; XYZ"),
      one("Indicators", 2, "contributors", "There is no institution XYZ"),
    ],
    [
      "an unknown dimension",
      setCell("Indicators", 2, "dimensions", "SEX; AGE"),
      one("Indicators", 2, "dimensions", "There is no dimension AGE"),
    ],
    [
      "an MGI domain that does not exist",
      setCell("Indicators", 3, "mgi_domain", 7),
      one("Indicators", 3, "mgi_domain", "7 is not an MGI domain; type a whole number from 1 to 6"),
    ],
    [
      "an SDG target that does not exist",
      setCell("Indicators", 3, "sdg_targets", "10.7; 10.9"),
      one("Indicators", 3, "sdg_targets", "There is no SDG target 10.9"),
    ],
    [
      "a GCM objective that does not exist",
      setCell("Indicators", 3, "gcm_objectives", "23; 24"),
      one("Indicators", 3, "gcm_objectives", "There is no GCM objective 24"),
    ],
    ["an unknown type", setCell("Indicators", 3, "type", "Ratio"), one("Indicators", 3, "type", "“Ratio” is not a value type")],
    ["an unknown direction", setCell("Indicators", 3, "direction", "Up"), one("Indicators", 3, "direction", "“Up” is not a direction")],
    ["a bad number", setCell("Indicators", 2, "lower_limit", "ten"), one("Indicators", 2, "lower_limit", "“ten” is not a number")],
    [
      "a bad target",
      setCell("Indicators", 3, "targets", "2025=30"),
      one("Indicators", 3, "targets", "“2025=30” is not a target; write year:value"),
    ],
    [
      "a level without a score",
      setCell("Indicators", 4, "levels", "none=Not started; done=Done=1"),
      one("Indicators", 4, "levels", "“none=Not started” is not a level"),
    ],
    [
      "levels on a number",
      setCell("Indicators", 2, "levels", "a=A=0; b=B=1"),
      one("Indicators", 2, "levels", "Only LEVELS indicators have levels"),
    ],
    [
      "an unknown column",
      setCell("Indicators", 1, "verification", "verfication"),
      one("Indicators", 1, "verfication", "There is no column “verfication”"),
    ],
    [
      "a missing required column",
      setCell("Indicators", 1, "type", "kind"),
      [...one("Indicators", 1, "kind", "There is no column “kind”"), ...one("Indicators", 1, "type", "Add a column named type")],
    ],
    [
      "an unknown scoring method",
      setCell("Framework", 5, "value", "AVERAGE"),
      one("Framework", 5, "value", "“AVERAGE” is not allowed here"),
    ],
    // The schema's own checks, placed at their cells.
    [
      "limits in the wrong order (schema)",
      setCell("Indicators", 2, "upper_limit", -20),
      one("Indicators", 2, "upper_limit", "The upper limit is below the lower limit"),
    ],
    [
      "a baseline outside the limits (schema)",
      setCell("Indicators", 3, "baseline_value", 140),
      one("Indicators", 3, "baseline_value", "outside the indicator's limits"),
    ],
    [
      "an invalid code (schema)",
      setCell("Indicators", 6, "code", "I 5"),
      one("Indicators", 6, "code", "Use letters, digits, dot, dash or underscore"),
    ],
    ["an area without a name", setCell("Areas", 3, "name", null), one("Areas", 3, "name", "Give the area a name")],
    ["an empty version label (schema)", setCell("Framework", 8, "value", null), one("Framework", 8, "value", "Fill in this cell")],
    [
      "a translation too long (schema)",
      setCell("Areas", 2, "name:ro", "x".repeat(1001)),
      one("Areas", 2, "name:ro", "Shorten this text to at most 1000 characters"),
    ],
  ])("%s", async (_, edit, expected) => {
    expect(await problemsAfter(edit)).toEqual(expected);
  });

  it("a formula cell, wherever it is", async () => {
    const problems = await problemsAfter((workbook) => {
      cellAt(workbook, "Indicators", 3, "lower_limit").value = { formula: "1+1", result: 2 };
      cellAt(workbook, "Institutions", 2, "name").value = { formula: 'UPPER("x")', result: "X" };
    });
    expect(problems).toEqual([
      ...one("Indicators", 3, "lower_limit", "Cell H3 holds a formula (=1+1); replace it with the value it shows"),
      ...one("Institutions", 2, "name", "Cell B2 holds a formula"),
    ]);
  });

  it("merged cells, with or without a value", async () => {
    const problems = await problemsAfter((workbook) => {
      workbook.getWorksheet("Areas")!.mergeCells("C2:D2");
      workbook.getWorksheet("Read me")!.mergeCells("F5:G6");
    });
    expect(problems).toEqual([
      ...one("Areas", 2, "name", "Cells C2:D2 are merged; unmerge them"),
      ...one("Read me", 5, "F", "Cells F5:G6 are merged"),
    ]);
  });

  it("a workbook without sheets, one without an Indicators sheet, and one with an empty Indicators sheet", async () => {
    const blank = new ExcelJS.Workbook();
    expect(await readMatrixWorkbook(Buffer.from(await blank.xlsx.writeBuffer()), { references: SMALL_REFERENCES })).toEqual({
      ok: false,
      problems: one("Indicators", null, null, "The workbook has no Indicators sheet"),
    });
    const noSheet = new ExcelJS.Workbook();
    noSheet.addWorksheet("Sheet1").addRow(["x"]);
    const result = await readMatrixWorkbook(Buffer.from(await noSheet.xlsx.writeBuffer()), { references: SMALL_REFERENCES });
    expect(result).toEqual({ ok: false, problems: one("Indicators", null, null, "The workbook has no Indicators sheet") });
    const empty = await readMatrixWorkbook(await writeMatrixTemplate(SMALL_REFERENCES), { references: SMALL_REFERENCES });
    expect(empty.ok === false && empty.problems.map((problem) => problem.message)).toContain(
      "The Indicators sheet lists no indicators; add one row per indicator",
    );
  });

  it("more than 20,000 rows", async () => {
    const problems = await problemsAfter((workbook) => {
      const sheet = workbook.getWorksheet("Indicators")!;
      for (let row = 7; row <= 20_003; row += 1) sheet.getRow(row).getCell(1).value = `X${row}`;
    });
    expect(problems).toEqual(one("Indicators", null, null, "The sheet has 20,002 rows; a matrix may have at most 20,000"));
  });

  it("a file over 30 MB, an empty file, an old .xls, a damaged workbook and a zip that is no workbook", async () => {
    const read = (bytes: Uint8Array) => readMatrixWorkbook(bytes, { references: SMALL_REFERENCES });
    const big = new Uint8Array(MAX_MATRIX_BYTES + 1);
    big.set([0x50, 0x4b, 3, 4]);
    expect(await read(big)).toEqual({
      ok: false,
      problems: [{ sheet: null, row: null, column: null, message: expect.stringContaining("a matrix file may have at most 30 MB") }],
    });
    expect(await read(new Uint8Array())).toMatchObject({
      ok: false,
      problems: [{ message: expect.stringContaining("The file is empty") }],
    });
    expect(await read(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toMatchObject({
      problems: [{ message: expect.stringContaining("(.xls)") }],
    });
    const workbook = await writeMatrixWorkbook(smallMatrix(), SMALL_REFERENCES);
    expect(await read(workbook.subarray(0, workbook.byteLength / 2))).toMatchObject({
      problems: [{ message: expect.stringContaining("The file is damaged") }],
    });
    const notWorkbook = zipSync({ "readme.txt": new TextEncoder().encode("hello") });
    expect(await read(notWorkbook)).toMatchObject({ problems: [{ message: expect.stringContaining("is not an Excel workbook") }] });
    expect(await read(new Uint8Array([1, 0, 2, 0, 3]))).toMatchObject({
      problems: [{ message: expect.stringContaining("not a readable Excel workbook") }],
    });
  });

  it("an archive that would unpack to too much, before inflating it", async () => {
    const bytes = new Uint8Array(await writeMatrixWorkbook(smallMatrix(), SMALL_REFERENCES));
    // Declares 2 GB for the first entry in the central directory, as a zip bomb would.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const directory = bytes.findIndex((_, index) => view.getUint32(index, true) === 0x02014b50);
    view.setUint32(directory + 24, 0x7fffffff, true);
    expect(await readMatrixWorkbook(bytes, { references: SMALL_REFERENCES })).toEqual({
      ok: false,
      problems: [{ sheet: null, row: null, column: null, message: expect.stringContaining("The workbook unpacks to more than 200 MB") }],
    });
  });
  it("an entry that inflates to more than it declares, without inflating more than declared", async () => {
    const files = unzipSync(new Uint8Array(await writeMatrixWorkbook(smallMatrix(), SMALL_REFERENCES)));
    const bytes = zipSync({ ...files, "xl/media/bomb.bin": new Uint8Array(5_000_000) });
    // The bomb's entry claims 1,000 bytes in its local header and in the central directory.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = new TextEncoder().encode("xl/media/bomb.bin");
    for (let index = 0; index < bytes.byteLength - 46; index += 1) {
      const signature = view.getUint32(index, true);
      const at = signature === 0x04034b50 ? 30 : signature === 0x02014b50 ? 46 : -1;
      const isBomb = at > 0 && name.every((byte, offset) => bytes[index + at + offset] === byte);
      if (isBomb) view.setUint32(index + (signature === 0x04034b50 ? 22 : 24), 1000, true);
    }
    // Inflated only up to its declared size, the entry is harmless and the matrix reads.
    expect(await readMatrixWorkbook(bytes, { references: SMALL_REFERENCES })).toEqual({
      ok: true,
      definition: frameworkDefinitionSchema.parse(smallMatrix()),
    });
  });
});

describe("readMatrixWorkbook of a CSV file (the Indicators sheet alone)", () => {
  const FALLBACK = { code: "CSV", name: "From CSV", versionLabel: "2025" };
  const csv = (lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}`);

  it("takes areas from area_code and area_name, in order of first appearance", async () => {
    const result = await readMatrixWorkbook(
      csv([
        "code;area_code;area_name;name;type;unit;baseline_year;baseline_value;targets;lead_institution;name:ro",
        "B1;B;Second area;Migrants helped;NUMBER;persons;2020;12,5;2025:20*;MLSP;Migranți ajutați",
        "A1;A;First area;Strategy adopted;Yes / no;;;;;;",
        "B2;B;;Plan;narrative;;;;;MFA;",
      ]),
      { references: SMALL_REFERENCES, framework: FALLBACK },
    );
    expect(result).toEqual({
      ok: true,
      definition: frameworkDefinitionSchema.parse({
        code: "CSV",
        name: "From CSV",
        version: { label: "2025" },
        areas: [
          {
            code: "B",
            name: "Second area",
            indicators: [
              {
                code: "B1",
                name: "Migrants helped",
                nameTranslations: { ro: "Migranți ajutați" },
                valueType: "NUMBER",
                unit: "persons",
                baseline: { year: 2020, value: 12.5 },
                targets: [{ year: 2025, value: 20, isFinal: true }],
                leadInstitution: "MLSP",
              },
              { code: "B2", name: "Plan", valueType: "TEXT", leadInstitution: "MFA" },
            ],
          },
          { code: "A", name: "First area", indicators: [{ code: "A1", name: "Strategy adopted", valueType: "YES_NO" }] },
        ],
      }),
    });
  });

  it("asks for an area's name, one name per area, and the framework when the caller gives none", async () => {
    const lines = [
      "code,area_code,area_name,name,type",
      "B1,B,,One,NUMBER",
      "B2,B,,Two,NUMBER",
      "C1,C,Sea,Three,NUMBER",
      "C2,C,See,Four,NUMBER",
    ];
    expect(await readMatrixWorkbook(csv(lines), { references: SMALL_REFERENCES })).toEqual({
      ok: false,
      problems: [
        ...one("Framework", null, null, "The file has no Framework sheet"),
        ...one("Indicators", 2, "area_name", "Name area B in the area_name column"),
        ...one("Indicators", 5, "area_name", "Area C is named “Sea” at row 4; give an area one name"),
      ],
    });
  });
});
