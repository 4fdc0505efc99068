/** Formula-injection safety of the cells the templates write (lib/uploads/neutralize-cell.ts). */
import { describe, expect, it } from "vitest";
import type { TidyRow } from "@/lib/exports/build-tidy-rows";
import { writeTidyCsv } from "@/lib/exports/write-tidy-csv";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";

describe("neutralizeCell", () => {
  it.each(["=SUM(A1:A9)", "+1+2", "-2+3", "@SUM(1)", "\t=1", "\r=1", '=HYPERLINK("http://evil.example","click")', "-"])(
    "prefixes a text that a spreadsheet would run (%j) with a single quote",
    (text) => {
      expect(neutralizeCell(text)).toBe(`'${text}`);
    },
  );

  it("leaves ordinary texts, including Romanian ones and texts with a formula character later on, unchanged", () => {
    for (const text of ["Ministerul Muncii și Protecției Sociale", "1 250 persons", "a=b", "e-mail@example.org", "'quoted", " =spaced"]) {
      expect(neutralizeCell(text)).toBe(text);
    }
  });

  it("keeps numbers as numbers, negative ones included", () => {
    expect(neutralizeCell(-12.5)).toBe(-12.5);
    expect(neutralizeCell(0)).toBe(0);
    expect(neutralizeCell(1250)).toBe(1250);
  });

  it("turns a negative number written as text into text, since a spreadsheet would read it as a formula", () => {
    expect(neutralizeCell("-12.5")).toBe("'-12.5");
  });

  it("passes empty cells and booleans through", () => {
    expect(neutralizeCell(null)).toBeNull();
    expect(neutralizeCell(undefined)).toBeUndefined();
    expect(neutralizeCell("")).toBe("");
    expect(neutralizeCell(true)).toBe(true);
  });
});

describe("neutralizeCell and bidirectional controls", () => {
  it.each([
    ["right-to-left override", "invoice\u202Egpj.exe", "invoicegpj.exe"],
    ["left-to-right override", "\u202D1250\u202C", "1250"],
    ["embeddings", "a\u202Ab\u202Bc\u202C", "abc"],
    ["isolates", "\u2066x\u2067y\u2068z\u2069", "xyz"],
  ])("removes %s, which would show the cell in another order than it holds", (_name, text, expected) => {
    expect(neutralizeCell(text)).toBe(expected);
  });

  it("still guards a formula hidden behind a bidi control", () => {
    expect(neutralizeCell('\u202E=HYPERLINK("http://evil.example")')).toBe('\'=HYPERLINK("http://evil.example")');
  });

  it("keeps right-to-left text and the direction marks, which change no order", () => {
    expect(neutralizeCell("وزارة العمل")).toBe("وزارة العمل");
    expect(neutralizeCell("abc\u200Fdef\u200E")).toBe("abc\u200Fdef\u200E");
  });
});

describe("the CSV export and bidi controls", () => {
  it("writes a comment with a right-to-left override as the characters it holds, in their order", () => {
    const row: TidyRow = {
      framework: "DMD",
      area: "A1",
      areaName: "Labour",
      indicator: "A1.1",
      indicatorName: "Workers abroad",
      year: 2025,
      breakdown: "Total",
      disaggregation: {},
      value: 1250,
      valueShown: "1,250",
      unit: null,
      status: "APPROVED",
      progressStatus: "",
      comment: "see annex\u202Efdp.exe",
      source: "\u2066=cmd\u2069",
    };
    const csv = writeTidyCsv([row]);
    expect(csv).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(csv).toContain("see annexfdp.exe");
    expect(csv).toContain("'=cmd");
  });
});
