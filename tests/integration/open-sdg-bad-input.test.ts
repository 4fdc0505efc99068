/**
 * Bad input to the Open SDG import gets a clear message and changes nothing: a 50 MB single
 * file, a zip of 5,000 files, paths that climb out of the archive, a zip bomb, a file of one
 * 100 MB line (and a line too long for a data file in a file of allowed size).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { readOpenSdgFolder, readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { zipFiles } from "@/lib/open-sdg/write-zip";
import { catchAppError, createTestMember, createTestWorkspace, snapshotDatabaseWithValues } from "../fixtures/factories";

const MB = 1024 * 1024;
let secretariat: AccessContext;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), "open-sdg-bad-input-"));

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** Reads and imports a zip as the job does; the error it ends with, and that the database did not change. */
async function refusalOf(read: () => ReturnType<typeof readOpenSdgZip>) {
  const before = await snapshotDatabaseWithValues();
  const error = await catchAppError(async () =>
    importOpenSdg(secretariat, read(), { frameworkCode: "BAD", sourceName: "bad.zip", dryRun: false }),
  );
  expect(await snapshotDatabaseWithValues()).toEqual(before);
  return error;
}

it("refuses a 50 MB single file, naming it", async () => {
  const line = "2015,Women,Urban,12345.678\n";
  const big = "Year,Sex,Location,Value\n" + line.repeat(Math.ceil((50 * MB) / line.length));
  const zip = zipSync({ "data/indicator_1-1-1.csv": [strToU8(big), { level: 0 }] });
  const error = await refusalOf(() => readOpenSdgZip(zip));
  expect(error).toMatchObject({
    code: "BAD_REQUEST",
    message: expect.stringMatching(/^data\/indicator_1-1-1\.csv is 50 MB; .* at most 20 MB/),
  });
});

it("refuses a zip of 5,000 files", async () => {
  const files = Array.from({ length: 5000 }, (_, index) => ({ path: `data/indicator_${index + 1}-1-1.csv`, text: "Year,Value\n2015,1\n" }));
  const error = await refusalOf(() => readOpenSdgZip(zipFiles(files)));
  expect(error).toMatchObject({
    code: "BAD_REQUEST",
    message: expect.stringContaining("holds 5,000 data and metadata files, more than the 3,000"),
  });
});

it("refuses paths that climb out of the archive", async () => {
  const zip = zipSync({
    "data/indicator_1-1-1.csv": strToU8("Year,Value\n2015,1\n"),
    "../../etc/data/indicator_2-1-1.csv": strToU8("Year,Value\n"),
  });
  const error = await refusalOf(() => readOpenSdgZip(zip));
  expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("unsafe path") });
});

it("refuses a zip bomb before inflating it", async () => {
  const zip = zipSync({ "data/indicator_1-1-1.csv": [new Uint8Array(25 * MB).fill(0x30), { level: 6 }] });
  expect(zip.byteLength).toBeLessThan(MB);
  const error = await refusalOf(() => readOpenSdgZip(zip));
  expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("times its packed size") });
});

it("refuses a file of one 100 MB line, and a line too long in a file of allowed size", async () => {
  fs.mkdirSync(path.join(folder, "data"));
  const file = path.join(folder, "data", "indicator_1-1-1.csv");
  fs.writeFileSync(file, "Year,Value," + "x".repeat(100 * MB));
  const error = await refusalOf(() => readOpenSdgFolder(folder));
  expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^data\/indicator_1-1-1\.csv is 100 MB/) });

  fs.writeFileSync(file, "Year,Value\n2015," + "1".repeat(2 * MB) + "\n");
  const long = await refusalOf(() => readOpenSdgFolder(folder));
  expect(long).toMatchObject({ code: "UNPROCESSABLE" });
  expect(long.problems).toEqual([
    {
      file: "data/indicator_1-1-1.csv",
      message: expect.stringMatching(/^Line 2 has 2,097,\d+ characters; a data line has at most 1,000,000$/),
    },
  ]);
});
