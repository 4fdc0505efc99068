/**
 * Reading uploaded values files (lib/uploads/parse-values-file.ts): CSV as Excel and
 * LibreOffice write it, workbooks built here with exceljs, and every way a file is refused.
 */
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseValuesFile } from "@/lib/uploads/parse-values-file";
import { MAX_UPLOAD_ROWS } from "@/lib/uploads/upload-limits";
import { buildXlsx, csvBytes, fileRow, HEADER } from "../fixtures/spreadsheets";

const UNREADABLE = "The file is not a readable Excel workbook (.xlsx) or CSV file";

async function refusal(file: { fileName: string; bytes: Uint8Array }): Promise<AppError> {
  try {
    await parseValuesFile(file);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("Expected the file to be refused");
}

const csv = (lines: string[], options: { bom?: boolean } = {}) => ({
  fileName: "values.csv",
  bytes: csvBytes(`${lines.join("\r\n")}\r\n`, options),
});

describe("CSV files", () => {
  it("reads a UTF-8 file with a byte-order mark, maps the columns and ignores the informational ones", async () => {
    const parsed = await parseValuesFile(
      csv([
        HEADER.join(","),
        'A1.1,Persons employed,,Total,persons,"number, at least 0",2025,1250,Checked by the bureau,Labour survey,https://example.org/report',
        'A1.6,Persons trained,SEX=F,Female,persons,number,2025,"12,5",,,',
      ]),
    );
    expect(parsed.rowNumbers).toEqual([2, 3]);
    expect(parsed.rows).toEqual([
      {
        indicator: "A1.1",
        disaggregation: null,
        year: 2025,
        value: "1250",
        comment: "Checked by the bureau",
        source: "Labour survey",
        evidenceUrl: "https://example.org/report",
      },
      { indicator: "A1.6", disaggregation: "SEX=F", year: 2025, value: "12,5", comment: null, source: null, evidenceUrl: null },
    ]);
  });

  it("detects semicolons, keeps quoted separators and line breaks inside a field, and reads Romanian letters", async () => {
    const parsed = await parseValuesFile(
      csv(
        [
          HEADER.map((column) => column.toUpperCase()).join(";"),
          'A1.5;Narrative;;Total;;text;2025;"Strategia națională; adoptată, în vigoare";"Ședința din\nIași";Ministerul Muncii și Protecției Sociale;',
          "A1.1;Persons;;Total;persons;number;2025;7,5;;;",
        ],
        { bom: false },
      ),
    );
    expect(parsed.rows[0]).toMatchObject({
      indicator: "A1.5",
      value: "Strategia națională; adoptată, în vigoare",
      comment: "Ședința din\nIași",
      source: "Ministerul Muncii și Protecției Sociale",
    });
    // A line break inside a quoted field does not start a new spreadsheet row.
    expect(parsed.rowNumbers).toEqual([2, 3]);
    expect(parsed.rows[1]).toMatchObject({ indicator: "A1.1", value: "7,5" });
  });

  it("accepts the headers in any order and case, with spaces around them", async () => {
    const shuffled = [...HEADER].reverse();
    const parsed = await parseValuesFile(
      csv([
        shuffled.map((column) => `  ${column.toUpperCase()} `).join(","),
        shuffled.map((column) => (column === "indicator" ? "A1.1" : column === "value" ? "3" : "")).join(","),
      ]),
    );
    expect(parsed.rows).toEqual([{ indicator: "A1.1", disaggregation: null, value: "3", comment: null, source: null, evidenceUrl: null }]);
  });

  it("skips blank lines and numbers the rows as the spreadsheet does (header = line 1)", async () => {
    const row = (indicator: string) =>
      fileRow({ indicator, value: "1" })
        .map((cell) => cell ?? "")
        .join(",");
    const parsed = await parseValuesFile(csv([HEADER.join(","), row("A1.1"), "", ",,,,,,,,,,", row("A1.2"), "", row("A1.3")]));
    expect(parsed.rows.map((item) => item.indicator)).toEqual(["A1.1", "A1.2", "A1.3"]);
    expect(parsed.rowNumbers).toEqual([2, 5, 7]);
  });

  it("undoes the quote the template puts before texts that look like formulas, and leaves other quotes", async () => {
    const parsed = await parseValuesFile(csv([HEADER.join(","), "A1.5,,,,,,2025,'-3 offices closed,'=SUM(A1),'quoted,"]));
    expect(parsed.rows[0]).toMatchObject({ value: "-3 offices closed", comment: "=SUM(A1)", source: "'quoted" });
  });

  it("keeps a year that is not a number as written, for the row check to report at its line", async () => {
    const parsed = await parseValuesFile(csv([HEADER.join(","), "A1.1,,,,,,two thousand,1,,,", "A1.2,,,,,,,2,,,"]));
    expect(parsed.rows[0]!.year).toBe("two thousand");
    expect(parsed.rows[1]).not.toHaveProperty("year");
  });

  it("refuses a line with more cells than the header has columns", async () => {
    const error = await refusal(csv([HEADER.join(","), "A1.1,,,,,,2025,1,,,,stray"]));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.details).toEqual({ rows: [{ row: 2, field: "row", message: expect.stringContaining("more cells than the header") }] });
  });

  it("refuses a CSV that is not UTF-8, saying how to save it", async () => {
    const latin = Uint8Array.from([...new TextEncoder().encode(`${HEADER.join(",")}\r\nA1.5,,,,,,2025,`), 0xe2, 0x74, 0x61, 0x0d, 0x0a]);
    const error = await refusal({ fileName: "values.csv", bytes: latin });
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("CSV UTF-8");
  });

  it("refuses a quoted field that is never closed", async () => {
    const error = await refusal(csv([HEADER.join(","), 'A1.5,,,,,,2025,"open,,,']));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("quoted field");
  });
});

describe("Excel workbooks", () => {
  it("reads the sheet “Values” wherever it is, with numbers, rich text, formula results, links and booleans", async () => {
    const bytes = await buildXlsx([
      { name: "Instructions", rows: [["Read me"]] },
      {
        name: "Values",
        rows: [
          HEADER,
          fileRow({
            indicator: "A1.1",
            year: 2025,
            value: 1250.5,
            comment: { richText: [{ text: "Checked " }, { text: "twice", font: { bold: true } }] },
          }),
          fileRow({
            indicator: "A1.2",
            breakdown: "",
            year: { formula: "2024+1", result: 2025 },
            value: { formula: "40+2.5", result: 42.5 },
          }),
          fileRow({
            indicator: "A1.3",
            value: true,
            evidence_url: { text: "https://example.org/law", hyperlink: "https://example.org/law" },
          }),
          fileRow({ indicator: "A1.4", breakdown: "SEX=F", value: "initiated", source: "Raport anual, județul Cluj" }),
          fileRow({ indicator: "A1.1", value: -3 }),
        ],
      },
    ]);
    const parsed = await parseValuesFile({ fileName: "values.xlsx", bytes });
    expect(parsed.rowNumbers).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.rows).toEqual([
      { indicator: "A1.1", disaggregation: null, year: 2025, value: 1250.5, comment: "Checked twice", source: null, evidenceUrl: null },
      { indicator: "A1.2", disaggregation: null, year: 2025, value: 42.5, comment: null, source: null, evidenceUrl: null },
      { indicator: "A1.3", disaggregation: null, value: true, comment: null, source: null, evidenceUrl: "https://example.org/law" },
      {
        indicator: "A1.4",
        disaggregation: "SEX=F",
        value: "initiated",
        comment: null,
        source: "Raport anual, județul Cluj",
        evidenceUrl: null,
      },
      { indicator: "A1.1", disaggregation: null, value: -3, comment: null, source: null, evidenceUrl: null },
    ]);
  });

  it("reads the first sheet when none is called “Values”, and skips blank rows keeping the line numbers", async () => {
    const bytes = await buildXlsx([
      { name: "Sheet1", rows: [HEADER, fileRow({ indicator: "A1.1", value: 1 }), [], fileRow({ indicator: "A1.2", value: 2 })] },
      { name: "Other", rows: [["ignored"]] },
    ]);
    const parsed = await parseValuesFile({ fileName: "values.xlsx", bytes });
    expect(parsed.rows.map((row) => row.indicator)).toEqual(["A1.1", "A1.2"]);
    expect(parsed.rowNumbers).toEqual([2, 4]);
  });

  it("refuses dates and error results in the value column, at their rows, and never evaluates formulas", async () => {
    const bytes = await buildXlsx([
      {
        name: "Values",
        rows: [
          HEADER,
          fileRow({ indicator: "A1.1", value: new Date(Date.UTC(2025, 2, 1)) }),
          fileRow({ indicator: "A1.2", value: { formula: "1/0", result: { error: "#DIV/0!" } } }),
          fileRow({ indicator: "A1.3", value: { formula: "1+1" } }),
          fileRow({ indicator: "A1.4", value: "initiated", comment: new Date(Date.UTC(2025, 0, 15)) }),
        ],
      },
    ]);
    const error = await refusal({ fileName: "values.xlsx", bytes });
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toBe("3 rows have problems; nothing was saved");
    expect(error.details).toEqual({
      rows: [
        { row: 2, field: "value", message: expect.stringContaining("holds a date (2025-03-01)") },
        { row: 3, field: "value", message: expect.stringContaining("#DIV/0!") },
        { row: 4, field: "value", message: expect.stringContaining("never calculated") },
      ],
    });
    expect(error.fieldErrors).toHaveProperty(["2.value"]);
  });
});

describe("files refused as a whole", () => {
  it("refuses a damaged workbook", async () => {
    const bytes = await buildXlsx([{ name: "Values", rows: [HEADER] }]);
    const damaged = bytes.slice(0, Math.floor(bytes.length / 2));
    expect((await refusal({ fileName: "values.xlsx", bytes: damaged })).message).toBe(UNREADABLE);
  });

  it("refuses a zip archive that is not a workbook, a binary file and a text file named .xlsx", async () => {
    const zipHeader = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await refusal({ fileName: "values.xlsx", bytes: zipHeader })).message).toBe(UNREADABLE);
    expect((await refusal({ fileName: "values.png", bytes: png })).message).toBe(UNREADABLE);
    expect((await refusal({ fileName: "values.xlsx", bytes: csvBytes(HEADER.join(",")) })).message).toBe(UNREADABLE);
  });

  it("says how to convert an old .xls workbook", async () => {
    const xls = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await refusal({ fileName: "values.xls", bytes: xls })).message).toContain("old Excel workbook (.xls)");
  });

  it("refuses an unknown column, naming it and the expected columns", async () => {
    const header = HEADER.map((column) => (column === "value" ? "valeur" : column));
    const error = await refusal(csv([header.join(","), "A1.1,,,,,,2025,1,,,"]));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe(
      'Unknown column "valeur"; the columns are: indicator, indicator_name, breakdown, breakdown_label, unit, allowed_values, year, value, comment, source, evidence_url. Missing column "value"',
    );
  });

  it("refuses a missing column and a column that appears twice", async () => {
    const withoutComment = HEADER.filter((column) => column !== "comment");
    expect((await refusal(csv([withoutComment.join(","), "A1.1,,,,,,2025,1,,"]))).message).toBe('Missing column "comment"');
    const doubled = [...HEADER, "value"];
    expect((await refusal(csv([doubled.join(","), "A1.1,,,,,,2025,1,,,,"]))).message).toBe('Column "value" appears twice');
  });

  it("refuses a workbook with values under a column without header", async () => {
    const bytes = await buildXlsx([{ name: "Values", rows: [HEADER, [...fileRow({ indicator: "A1.1", value: 1 }), "stray"]] }]);
    expect((await refusal({ fileName: "values.xlsx", bytes })).message).toBe("Column L has values but no header; name it or delete it");
  });

  it("refuses a file whose first line is not the header", async () => {
    const error = await refusal(csv(["A1.1,Persons,,Total,persons,number,2025,1,,,"]));
    expect(error.message).toContain("The first line must hold the column headers");
  });

  it("refuses empty files and files with only a header", async () => {
    expect((await refusal({ fileName: "values.csv", bytes: new Uint8Array(0) })).message).toBe("The file is empty");
    expect((await refusal({ fileName: "values.csv", bytes: csvBytes(" \r\n\r\n") })).message).toBe("The file is empty");
    expect((await refusal(csv([HEADER.join(","), "", ",,,,,,,,,,"]))).message).toBe(
      "The file has no values: fill in the rows below the header line",
    );
    const headerOnly = await buildXlsx([{ name: "Values", rows: [HEADER] }]);
    expect((await refusal({ fileName: "values.xlsx", bytes: headerOnly })).message).toBe(
      "The file has no values: fill in the rows below the header line",
    );
    const emptyWorkbook = await buildXlsx([{ name: "Values", rows: [] }]);
    expect((await refusal({ fileName: "values.xlsx", bytes: emptyWorkbook })).message).toBe("The file is empty");
  });

  it(`refuses more than ${MAX_UPLOAD_ROWS.toLocaleString("en-GB")} rows`, async () => {
    const lines = [HEADER.join(","), ...Array.from({ length: MAX_UPLOAD_ROWS + 1 }, (_, index) => `A1.${index},,,,,,2025,1,,,`)];
    const error = await refusal(csv(lines));
    expect(error.message).toBe("The file has 10,001 rows of values; upload at most 10,000 at a time (split it into several files)");
    const exactly = await parseValuesFile(csv(lines.slice(0, MAX_UPLOAD_ROWS + 1)));
    expect(exactly.rows).toHaveLength(MAX_UPLOAD_ROWS);
  });
});
