/**
 * Open SDG files as national offices publish them: encodings (UTF-8 with and without a
 * byte-order mark, UTF-16 by its mark, Windows-1252 read with a warning, refused when it cannot
 * be told), any column order, unnamed columns at the end of the header, CRLF and quoted commas,
 * and numbers with 17 significant digits. Fixtures are built here from the format's rules.
 */
import { zipSync } from "fflate";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeOpenSdgText } from "@/lib/open-sdg/decode-open-sdg-text";
import { parseOpenSdgData } from "@/lib/open-sdg/parse-open-sdg-data";
import { parseOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import { readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";

const TEXT = "Year,Région,Value\r\n2015,Öst,1.5\r\n";
const bytesOf = (text: string, encoding: string, mark: number[] = []) => new Uint8Array([...mark, ...iconv.encode(text, encoding)]);

describe("decodeOpenSdgText", () => {
  it("reads UTF-8 with and without a byte-order mark, and UTF-16 little- and big-endian by their marks", () => {
    for (const bytes of [
      bytesOf(TEXT, "utf-8"),
      bytesOf(TEXT, "utf-8", [0xef, 0xbb, 0xbf]),
      bytesOf(TEXT, "utf-16le", [0xff, 0xfe]),
      bytesOf(TEXT, "utf-16be", [0xfe, 0xff]),
    ])
      expect(decodeOpenSdgText("data/indicator_1-1-1.csv", bytes)).toEqual({ ok: true, text: TEXT });
  });

  it("reads Windows-1252 (and so ISO-8859-1) with a warning naming the file", () => {
    const decoded = decodeOpenSdgText("data/indicator_1-1-1.csv", bytesOf(`${TEXT}2016,€ “quoted”,2\r\n`, "windows-1252"));
    expect(decoded).toEqual({
      ok: true,
      text: `${TEXT}2016,€ “quoted”,2\r\n`,
      warning: expect.objectContaining({
        english: expect.stringMatching(/^data\/indicator_1-1-1\.csv is not UTF-8; it was read as Windows-1252/),
      }),
    });
  });

  it("refuses, naming the file, what it cannot tell: UTF-16 without a mark, bytes no single-byte text has", () => {
    expect(decodeOpenSdgText("data/indicator_2-1-1.csv", bytesOf(TEXT, "utf-16le"))).toEqual({
      ok: false,
      message: expect.stringMatching(/^data\/indicator_2-1-1\.csv is not text in an encoding the import can tell/),
    });
    expect(decodeOpenSdgText("data/indicator_2-1-2.csv", new Uint8Array([0x59, 0x81, 0xe9, 0x0a]))).toEqual({
      ok: false,
      message: expect.stringContaining("data/indicator_2-1-2.csv is neither UTF-8 nor Windows-1252"),
    });
    expect(decodeOpenSdgText("meta/1-1-1.md", new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0x28]))).toMatchObject({ ok: false });
  });

  it("carries the warning and the refusal through a zipped data set", async () => {
    const zip = zipSync({
      "data/indicator_1-1-1.csv": bytesOf(TEXT, "windows-1252"),
      "data/indicator_2-1-1.csv": bytesOf(TEXT, "utf-16le"),
    });
    const source = readOpenSdgZip(zip);
    expect(source.files.map((file) => file.path)).toEqual(["data/indicator_1-1-1.csv"]);
    expect(source.warnings).toEqual([{ file: "data/indicator_1-1-1.csv", message: expect.stringContaining("Windows-1252") }]);
    const parsed = await parseOpenSdgSource(source);
    expect(parsed.dataFiles[0]!.readObservations()[0]!.disaggregation).toEqual({ Région: "Öst" });
    expect(parsed.problems).toEqual([{ file: "data/indicator_2-1-1.csv", reason: "encoding", message: expect.stringContaining("UTF-16") }]);
  });
});

describe("parseOpenSdgData on real-world layouts", () => {
  it("accepts the columns in any order", () => {
    const parsed = parseOpenSdgData("f.csv", "SEX,Value,REF_AREA,Year\nF,12.5,MD,2015\n,13,,2016\n");
    expect(parsed.problems).toEqual([]);
    expect(parsed.columns).toEqual(["SEX", "REF_AREA"]);
    expect(parsed.observations).toEqual([
      { line: 2, year: 2015, disaggregation: { SEX: "F", REF_AREA: "MD" }, value: 12.5 },
      { line: 3, year: 2016, disaggregation: {}, value: 13 },
    ]);
  });

  it("ignores trailing unnamed columns that are empty, with a warning, whether the rows have their cells or not", () => {
    const parsed = parseOpenSdgData("f.csv", "Year,UNIT_MEASURE,REF_AREA,SEX,Value,,,,\r\n2015,PT,MD,F,1,,,,\r\n2016,PT,MD,M,2\r\n");
    expect(parsed.problems).toEqual([]);
    expect(parsed.columns).toEqual(["UNIT_MEASURE", "REF_AREA", "SEX"]);
    expect(parsed.observations.map((observation) => observation.value)).toEqual([1, 2]);
    expect(parsed.warnings).toEqual([{ file: "f.csv", line: 1, message: "Columns 6, 7, 8, 9 have no name and no data; ignored" }]);
  });

  it("refuses an unnamed column that holds data, naming its position and the first line", () => {
    const parsed = parseOpenSdgData("f.csv", "Year,SEX,,Value\n2015,F,,1\n2016,M,oops,2\n");
    expect(parsed.problems).toEqual([
      {
        file: "f.csv",
        row: 1,
        reason: "unnamed column with data",
        message: "Column 3 has no name but holds data (line 3); name it or remove it",
      },
    ]);
    expect(parsed.observations).toEqual([]);
    expect(parsed.rows).toBe(2);
  });

  it("reads CRLF, quoted commas and quoted quotes, and numbers with 17 significant digits exactly", () => {
    const parsed = parseOpenSdgData(
      "f.csv",
      'Year,"Group, detail",Value\r\n2015,"Urban, ""core""",0.30000000000000004\r\n2016,,1234567890.1234567\r\n2017,,-1.2345678901234567e-8\r\n',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.observations.map((observation) => [observation.disaggregation, String(observation.value)])).toEqual([
      [{ "Group, detail": 'Urban, "core"' }, "0.30000000000000004"],
      [{}, "1234567890.1234567"],
      [{}, "-1.2345678901234567e-8"],
    ]);
  });
});
