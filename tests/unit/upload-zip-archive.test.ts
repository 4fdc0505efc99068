/**
 * Zip bombs and hostile archives (issue 18, item 4): every upload that is a zip (values
 * workbook, matrix workbook, Open SDG data set) is checked from its directory before anything
 * is inflated (lib/uploads/inspect-zip-archive.ts).
 */
import { unzipSync, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { openMatrixFile } from "@/lib/matrix/open-matrix-file";
import { checkOpenSdgZip, readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { inspectZipArchive, unpackZipArchive, type ZipLimits } from "@/lib/uploads/inspect-zip-archive";
import { parseValuesFile } from "@/lib/uploads/parse-values-file";
import { VALUES_WORKBOOK_LIMITS } from "@/lib/uploads/read-xlsx-table";
import { catchAppError } from "../fixtures/factories";
import { buildXlsx, fileRow, HEADER } from "../fixtures/spreadsheets";
import { renameEntry, zipBomb, zipOf } from "../fixtures/zip-bombs";

const LIMITS: ZipLimits = { maxEntries: 10, maxUnpackedBytes: 10 * 1024 * 1024, maxRatio: 200, noun: "workbook", advice: "split it" };

/** Bytes held by the process, to show that a refused bomb was never inflated. */
const heldBytes = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;

let bomb: Uint8Array;
let workbook: Uint8Array;

beforeAll(async () => {
  // 300 MB of zeros in about 300 KB.
  bomb = zipBomb(300);
  workbook = await buildXlsx([{ name: "Values", rows: [HEADER, fileRow({ indicator: "A.1", year: 2025, value: 1 })] }]);
});

describe("the values upload (an .xlsx workbook)", () => {
  it("refuses a workbook whose sheet inflates to hundreds of MB, before inflating it", async () => {
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const before = heldBytes();
    const error = await catchAppError(parseValuesFile({ fileName: "values.xlsx", bytes: bomb }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toBe("The workbook unpacks to more than 50 MB; remove images and unused sheets, or split it into several files");
    expect(heldBytes() - before).toBeLessThan(64 * 1024 * 1024);
  });

  it("refuses an entry that inflates far more than any real file, even within the total", async () => {
    const dense = zipBomb(20);
    const error = await catchAppError(parseValuesFile({ fileName: "values.xlsx", bytes: dense }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(/^The workbook holds a file \("xl\/worksheets\/sheet1\.xml"\) that unpacks to \d+ times its packed size/);
  });

  it("still reads a real workbook", async () => {
    const parsed = await parseValuesFile({ fileName: "values.xlsx", bytes: workbook });
    expect(parsed.rows).toEqual([expect.objectContaining({ indicator: "A.1", year: 2025, value: 1 })]);
  });

  it("reads only what an entry declares: an entry that lies about its size is cut short, and the file refused as unreadable", async () => {
    const files = unzipSync(workbook);
    const honest = zipSync({ ...files, "xl/media/pad.bin": new Uint8Array(2_000_000) }, { level: 9 });
    const view = new DataView(honest.buffer, honest.byteOffset, honest.byteLength);
    // Declare 1,000 bytes for every entry in the central directory.
    for (let index = 0; index < honest.byteLength - 4; index += 1) {
      if (view.getUint32(index, true) === 0x02014b50) view.setUint32(index + 24, 1000, true);
    }
    const unpacked = unpackZipArchive(honest, VALUES_WORKBOOK_LIMITS);
    expect(Math.max(...Object.values(unpacked).map((content) => content.byteLength))).toBeLessThanOrEqual(1000);
    expect((await catchAppError(parseValuesFile({ fileName: "values.xlsx", bytes: honest }))).code).toBe("BAD_REQUEST");
  });
});

describe("inspectZipArchive", () => {
  it("refuses too many entries", () => {
    const many = zipOf(Array.from({ length: 11 }, (_, index) => `file-${index}.xml`));
    expect(() => inspectZipArchive(many, LIMITS)).toThrow("The workbook holds more than 10 files; split it");
  });

  it.each(["../evil.xml", "xl/../../evil.xml", "/etc/passwd", "\\windows\\evil.xml", "C:/evil.xml", "xl\\..\\evil.xml", "xl/a\u0001b.xml"])(
    "refuses the unsafe path %j",
    (name) => {
      expect(() => inspectZipArchive(zipOf(["xl/workbook.xml", name]), LIMITS)).toThrow(/holds a file with an unsafe path/);
    },
  );

  it("refuses an entry that appears twice", () => {
    const twice = renameEntry(zipOf(["xl/sheet-a.xml", "xl/sheet-b.xml"]), "xl/sheet-b.xml", "xl/sheet-a.xml");
    expect(() => inspectZipArchive(twice, LIMITS)).toThrow('The workbook holds the file "xl/sheet-a.xml" twice; it was refused');
  });

  it("refuses what is not a zip with the caller's message", () => {
    expect(() => inspectZipArchive(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), { ...LIMITS, damaged: "Not a zip" })).toThrow("Not a zip");
  });

  it("counts only the entries to be read against the size and ratio limits", () => {
    const mixed = zipBomb(20, "site/assets/huge.bin", { "data/indicator_1-1-1.csv": new TextEncoder().encode("Year,Value\n2020,1\n") });
    expect(() => inspectZipArchive(mixed, LIMITS)).toThrow(/^The workbook unpacks to more than 10 MB/);
    expect(inspectZipArchive(mixed, LIMITS, (name) => name.startsWith("data/")).map((entry) => entry.name)).toEqual([
      "data/indicator_1-1-1.csv",
    ]);
  });
});

describe("the other zip uploads use the same check", () => {
  it("the matrix workbook reader refuses the bomb as a problem of the file", async () => {
    expect(await openMatrixFile(bomb)).toEqual({
      problems: [
        {
          sheet: null,
          row: null,
          column: null,
          message: "The workbook unpacks to more than 200 MB; remove images and unused sheets, or split the matrix",
        },
      ],
    });
  });

  it("the Open SDG import refuses a data file that is a bomb, and an unsafe path", () => {
    const sdgBomb = zipBomb(220, "data/indicator_1-1-1.csv");
    expect(() => checkOpenSdgZip(sdgBomb)).toThrow("The archive unpacks to more than 200 MB; import it in parts");
    expect(() => readOpenSdgZip(sdgBomb)).toThrow("The archive unpacks to more than 200 MB; import it in parts");
    expect(() => checkOpenSdgZip(zipOf(["data/indicator_1-1-1.csv", "../../etc/cron.d/evil"]))).toThrow(/unsafe path/);
  });
});
