/**
 * Writing Open SDG files (the export direction): file names, header and row order, quoting,
 * numbers that read back exactly, metadata front matter, and the round trip through the
 * import's own parsers and the zip.
 */
import { describe, expect, it } from "vitest";
import { buildOpenSdgFiles, openSdgDataPath, type OpenSdgExportIndicator } from "@/lib/open-sdg/build-open-sdg-files";
import { parseOpenSdgData } from "@/lib/open-sdg/parse-open-sdg-data";
import { parseOpenSdgMeta } from "@/lib/open-sdg/parse-open-sdg-meta";
import { readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { zipFiles } from "@/lib/open-sdg/write-zip";

const INDICATOR: OpenSdgExportIndicator = {
  code: "1.1.10",
  name: 'Proportion "below the line", by sex',
  nameTranslations: { ro: "Proporția sub prag, pe sexe", fr: "Proportion sous le seuil" },
  targetCode: "1.1",
  goalCode: "1",
  columns: ["Sex", "Age of the head of the household, years"],
  values: [
    { year: 2016, disaggregation: { Sex: "Women" }, value: 0.30000000000000004 },
    { year: 2015, disaggregation: { Sex: "Women", "Age of the head of the household, years": "Under 30, urban" }, value: 12 },
    { year: 2015, disaggregation: {}, value: -10.5 },
    { year: 2016, disaggregation: {}, value: 1.5e-7 },
    { year: 2015, disaggregation: { Sex: "Men" }, value: 123456789.123 },
    { year: 2015, disaggregation: { Sex: "=SUM(A1)" }, value: 1e21 },
  ],
};

describe("buildOpenSdgFiles", () => {
  const files = buildOpenSdgFiles([INDICATOR, { ...INDICATOR, code: "1.1.2", nameTranslations: {}, values: [], columns: [] }]);

  it("names files by the code with dots as dashes, data and metadata per language, in code order", () => {
    expect(files.map((file) => file.path)).toEqual([
      "data/indicator_1-1-2.csv",
      "meta/1-1-2.md",
      "data/indicator_1-1-10.csv",
      "meta/1-1-10.md",
      "meta/fr/1-1-10.md",
      "meta/ro/1-1-10.md",
    ]);
    expect(openSdgDataPath("12.b.1.1")).toBe("data/indicator_12-b-1-1.csv");
  });

  it("writes Year, the columns, Value; rows by year with the headline first; quotes where needed; neutralises formulas", () => {
    expect(files[2]!.text).toBe(
      [
        'Year,Sex,"Age of the head of the household, years",Value',
        "2015,,,-10.5",
        "2015,'=SUM(A1),,1e+21",
        "2015,Men,,123456789.123",
        '2015,Women,"Under 30, urban",12',
        "2016,,,1.5e-7",
        "2016,Women,,0.30000000000000004",
        "",
      ].join("\n"),
    );
    expect(files[0]!.text).toBe("Year,Value\n");
  });

  it("reads back, through the import's parsers, as the same values and names", () => {
    const parsed = parseOpenSdgData("data/indicator_1-1-10.csv", files[2]!.text);
    expect(parsed.problems).toEqual([]);
    const asSet = (rows: { year: number; disaggregation: Record<string, string>; value: number | null }[]) =>
      new Set(rows.map((row) => JSON.stringify([row.year, Object.entries(row.disaggregation).sort(), row.value])));
    expect(asSet(parsed.observations)).toEqual(asSet(INDICATOR.values));

    expect(parseOpenSdgMeta("meta/1-1-10.md", files[3]!.text).meta).toEqual({
      indicator: "1.1.10",
      indicatorName: 'Proportion "below the line", by sex',
      targetId: "1.1",
      sdgGoal: "1",
    });
    expect(parseOpenSdgMeta("meta/ro/1-1-10.md", files[5]!.text).meta.indicatorName).toBe("Proporția sub prag, pe sexe");
  });

  it("keeps codes that look like numbers as text in the metadata", () => {
    const [, meta] = buildOpenSdgFiles([{ ...INDICATOR, code: "1.10", targetCode: "1.10", nameTranslations: {} }]);
    expect(parseOpenSdgMeta("meta/1-10.md", meta!.text).meta).toMatchObject({ indicator: "1.10", targetId: "1.10" });
  });

  it("zips the files so that the import reads them back unchanged", () => {
    expect(readOpenSdgZip(zipFiles(files)).files).toEqual([...files].sort((a, b) => (a.path < b.path ? -1 : 1)));
  });
});
