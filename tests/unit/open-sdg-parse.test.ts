/**
 * Reading Open SDG files: data CSVs (byte-order marks, quoted headers, blank values, line
 * numbers of problems), metadata front matter (good, missing, broken), codes from file names,
 * and the source readers (paths, zips, folders).
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { codeFromSlug, compareCodes, deriveUniqueCode, slugOfCode } from "@/lib/open-sdg/open-sdg-codes";
import { parseOpenSdgData } from "@/lib/open-sdg/parse-open-sdg-data";
import { parseOpenSdgMeta } from "@/lib/open-sdg/parse-open-sdg-meta";
import { parseOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import { normaliseOpenSdgPath, readOpenSdgFolder, readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { zipFiles } from "@/lib/open-sdg/write-zip";
import { catchAppError } from "../fixtures/factories";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/open-sdg");

describe("parseOpenSdgData", () => {
  it("reads a file with a byte-order mark, CRLF, a quoted header with a comma and blank values", () => {
    const text =
      '\uFEFFYear,Sex,"Age of the head of the household, years",Value\r\n2015,,,10.5\r\n2015,Women,"Under 30, urban",\r\n\r\n2016,Men,,-9.75\r\n';
    const parsed = parseOpenSdgData("data/indicator_1-1-1.csv", text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.columns).toEqual(["Sex", "Age of the head of the household, years"]);
    expect(parsed.observations).toEqual([
      { line: 2, year: 2015, disaggregation: {}, value: 10.5 },
      { line: 3, year: 2015, disaggregation: { Sex: "Women", "Age of the head of the household, years": "Under 30, urban" }, value: null },
      { line: 5, year: 2016, disaggregation: { Sex: "Men" }, value: -9.75 },
    ]);
  });

  it("counts lines as the file has them, across LF and CRLF and quoted line breaks", () => {
    const text = 'Year,Group,Value\n2010,"two\nlines",1\r\n2011,,2\n2012,,3';
    const parsed = parseOpenSdgData("data/indicator_x.csv", text);
    expect(parsed.observations.map((observation) => [observation.line, observation.year])).toEqual([
      [2, 2010],
      [4, 2011],
      [5, 2012],
    ]);
    expect(parsed.observations[0]!.disaggregation).toEqual({ Group: "two\nlines" });
  });

  it("reads numbers exactly: decimals, exponents, 17 significant digits", () => {
    const parsed = parseOpenSdgData("f.csv", "Year,Value\n2010,0.30000000000000004\n2011,1.5e-7\n2012,+3\n2013,.5\n2014, 7 \n");
    expect(parsed.observations.map((observation) => observation.value)).toEqual([0.30000000000000004, 1.5e-7, 3, 0.5, 7]);
  });

  it("reports a value that is not a number and a year that is not four digits, by line and column", () => {
    const parsed = parseOpenSdgData("data/indicator_1-2-1.csv", "Year,Sex,Value\n2010,,1\n2011,Men,n/a\n20x2,,3\n2013,,1,234\n");
    expect(parsed.problems).toEqual([
      { file: "data/indicator_1-2-1.csv", row: 3, field: "Value", reason: "not a number", message: '"n/a" is not a number' },
      {
        file: "data/indicator_1-2-1.csv",
        row: 4,
        field: "Year",
        reason: "not a year",
        message: '"20x2" is not a year (four digits, or a period such as 2014/2015)',
      },
      { file: "data/indicator_1-2-1.csv", row: 5, reason: "malformed line", message: "The line has 4 cells; the header has 3" },
    ]);
    expect(parsed.observations).toHaveLength(1);
    expect(parsed.rows).toBe(4);
  });

  it("refuses a header without Year or without Value, and repeated column names", () => {
    expect(parseOpenSdgData("a.csv", "Sex,Value\n").problems[0]).toMatchObject({
      row: 1,
      reason: "header",
      message: expect.stringContaining("a column Year"),
    });
    expect(parseOpenSdgData("b.csv", "Year,Amount\n").problems[0]).toMatchObject({ row: 1, reason: "header" });
    expect(parseOpenSdgData("c.csv", "Year,Sex,sex,Value\n").problems.map((problem) => problem.message)).toEqual([
      "The column sex appears twice",
    ]);
  });

  it("undoes the quote our exports put before texts a spreadsheet would run as formulas", () => {
    const parsed = parseOpenSdgData("f.csv", "Year,Group,Value\n2010,'=Total,1\n2010,'Total,2\n");
    expect(parsed.observations.map((observation) => observation.disaggregation.Group)).toEqual(["=Total", "'Total"]);
  });
});

describe("parseOpenSdgMeta", () => {
  it("reads the fields of the front matter, keeping codes as written", () => {
    const text =
      "\uFEFF---\nindicator: 1.10.1\nsdg_goal: 1\ntarget_id: 1.10\nindicator_name: >-\n  Proportion of population\n  below the line\ntarget: 'By 2030, eradicate'\ncomputation_units: Percentage\n---\nBody\n";
    expect(parseOpenSdgMeta("meta/1-10-1.md", text)).toEqual({
      meta: {
        indicator: "1.10.1",
        sdgGoal: "1",
        targetId: "1.10",
        indicatorName: "Proportion of population below the line",
        target: "By 2030, eradicate",
        unit: "Percentage",
      },
      warnings: [],
    });
  });

  it("warns, without failing, about missing, unclosed or broken front matter", () => {
    expect(parseOpenSdgMeta("meta/a.md", "# Just a title\n")).toEqual({
      meta: {},
      warnings: [{ file: "meta/a.md", line: 1, message: expect.stringContaining("no YAML front matter") }],
    });
    expect(parseOpenSdgMeta("meta/b.md", "---\nindicator: 1.1.1\n").warnings[0]!.message).toContain("not closed");
    const broken = parseOpenSdgMeta("meta/c.md", "---\nindicator: 1.1.1\nindicator_name: [unclosed\nsdg_goal: 1\n---\n");
    expect(broken.meta).toEqual({});
    expect(broken.warnings).toHaveLength(1);
    expect(broken.warnings[0]).toMatchObject({ file: "meta/c.md", message: expect.stringContaining("cannot be read") });
    expect(broken.warnings[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it("ignores empty and non-text fields", () => {
    expect(parseOpenSdgMeta("m.md", "---\nindicator:\nindicator_name: ''\ntarget: [a, b]\n---\n").meta).toEqual({});
  });
});

describe("codes", () => {
  it("derives indicator codes and file slugs from each other", () => {
    expect(codeFromSlug("12-b-1-1")).toBe("12.b.1.1");
    expect(slugOfCode("12.b.1.1")).toBe("12-b-1-1");
  });

  it("orders codes as people read them", () => {
    expect(["1.10", "1.a", "1.2", "10.1", "1.1.1", "1.1", "2.1"].sort(compareCodes)).toEqual([
      "1.1",
      "1.1.1",
      "1.2",
      "1.10",
      "1.a",
      "2.1",
      "10.1",
    ]);
  });

  it("derives unique upper-case codes from names", () => {
    const taken = new Set(["SEX"]);
    expect(deriveUniqueCode("Sex", taken, "D")).toBe("SEX_2");
    expect(deriveUniqueCode("Area of residence", taken, "D")).toBe("AREA_OF_RESIDENCE");
    expect(deriveUniqueCode("Bărbați", taken, "D")).toBe("BARBATI");
    expect(deriveUniqueCode("15-24", taken, "D")).toBe("15_24");
    expect(deriveUniqueCode("15 24", taken, "D")).toBe("15_24_2");
    expect(deriveUniqueCode("—", taken, "MEMBER")).toBe("MEMBER");
    expect(deriveUniqueCode("x".repeat(60), taken, "D")).toHaveLength(40);
  });
});

describe("reading a data set", () => {
  it("normalises paths under any leading folder and ignores everything else", () => {
    expect(normaliseOpenSdgPath("open-sdg-data-starter-main/data/indicator_1-1-1.csv")).toBe("data/indicator_1-1-1.csv");
    expect(normaliseOpenSdgPath("x/meta/ro/1-1-1.md")).toBe("meta/ro/1-1-1.md");
    expect(normaliseOpenSdgPath("meta/1-1-1.md")).toBe("meta/1-1-1.md");
    expect(normaliseOpenSdgPath("README.md")).toBeNull();
    expect(normaliseOpenSdgPath("__MACOSX/data/._indicator_1-1-1.csv")).toBeNull();
    expect(normaliseOpenSdgPath("meta/Not A Language/1-1-1.md")).toBeNull();
    expect(normaliseOpenSdgPath("site/_data/x.yml")).toBeNull();
  });

  it("reads the test folder and the same files zipped under a leading folder alike", async () => {
    const folder = readOpenSdgFolder(FIXTURE);
    expect(folder.files.map((file) => file.path)).toEqual([
      "data/demo_indicator.csv",
      "data/indicator_1-1-1.csv",
      "data/indicator_10-7-2-1.csv",
      "data/indicator_12-b-1-1.csv",
      "data/indicator_8-8-1.csv",
      "meta/1-1-1.md",
      "meta/10-7-2-1.md",
      "meta/8-8-1.md",
      "meta/ro/1-1-1.md",
      "meta/ro/10-7-2-1.md",
      "meta/ro/8-8-1.md",
    ]);
    const zipped = readOpenSdgZip(zipFiles(folder.files.map((file) => ({ ...file, path: `open-sdg-data-main/${file.path}` }))));
    expect(zipped).toEqual(folder);

    const parsed = await parseOpenSdgSource(folder);
    expect(parsed.problems).toEqual([]);
    expect(parsed.skipped).toEqual([{ file: "data/demo_indicator.csv", reason: expect.stringContaining("template") }]);
    expect(parsed.languages).toEqual(["en", "ro"]);
    // The byte-order mark is gone: the first column is Year.
    expect(parsed.dataFiles.find((file) => file.slug === "1-1-1")!.columns).toEqual(["Sex", "Age of the head of the household, years"]);
    expect(parsed.metadata.get("10-7-2-1")!.get("en")).toMatchObject({ indicator: "10.7.2.1", sdgGoal: "10", targetId: "10.7" });
  });

  it("refuses a file that is not a zip, a zip without indicator files and a file twice", async () => {
    expect((await catchAppError(async () => readOpenSdgZip(new TextEncoder().encode("Year,Value\n2010,1\n")))).message).toBe(
      "The file is not a zip archive",
    );
    expect(await catchAppError(async () => readOpenSdgZip(new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(40).fill(0)])))).toMatchObject({
      code: "BAD_REQUEST",
      message: "The file is not a zip archive",
    });
    const onlyMeta = zipFiles([{ path: "meta/1-1-1.md", text: "---\nindicator: 1.1.1\n---\n" }]);
    expect((await catchAppError(async () => readOpenSdgZip(onlyMeta))).message).toContain("no data/indicator_*.csv");
    const twice = zipFiles([
      { path: "a/data/indicator_1-1-1.csv", text: "Year,Value\n" },
      { path: "b/data/indicator_1-1-1.csv", text: "Year,Value\n" },
    ]);
    expect((await catchAppError(async () => readOpenSdgZip(twice))).message).toContain("twice");
    expect((await catchAppError(async () => readOpenSdgFolder(path.join(FIXTURE, "nope")))).code).toBe("NOT_FOUND");
  });
});
