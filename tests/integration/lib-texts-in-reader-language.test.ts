/**
 * Texts that lib/ writes into files and job results, in the reader's language (issue 13,
 * decision 057): the Excel matrix sheet's targets in the export's language, and the Open SDG
 * import's stored report (skipped files, warnings) worded in the language the job poll asks for,
 * English without one.
 */
import path from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as GET_JOB } from "@/app/api/v1/jobs/[id]/route";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { exportFramework } from "@/lib/exports/export-framework";
import { claimNextJob } from "@/lib/jobs/claim-next-job";
import { runJob } from "@/lib/jobs/run-job";
import type { OpenSdgImportReport } from "@/lib/open-sdg/open-sdg-report";
import { readOpenSdgFolder } from "@/lib/open-sdg/read-open-sdg-source";
import { startOpenSdgImport } from "@/lib/open-sdg/start-open-sdg-import";
import { zipFiles } from "@/lib/open-sdg/write-zip";
import { createExportWorkspace } from "../fixtures/export-files";
import { apiRequest, routeParams, uniqueCode } from "../fixtures/factories";
import { loadXlsx } from "../fixtures/spreadsheets";

let secretariat: AccessContext;
let token: string;
let code: string;

beforeAll(async () => {
  ({ secretariat, token, code } = await createExportWorkspace());
});

async function targetCell(locale: "en" | "ro" | "ru"): Promise<ExcelJS.CellValue> {
  const file = await exportFramework(secretariat, {
    frameworkCode: code,
    format: "xlsx",
    includeProvisional: false,
    dataset: "values",
    locale,
  });
  const matrix = (await loadXlsx(file.bytes)).worksheets[0]!;
  let target: ExcelJS.CellValue = null;
  matrix.eachRow((row) => {
    if (row.getCell(1).value === "A1.1") target = row.getCell(6).value;
  });
  return target;
}

describe("the Excel matrix sheet", () => {
  it("writes each target in the export's language, English by default", async () => {
    const english = await targetCell("en");
    expect(english).toMatch(/^.+ by \d{4}$/);
    const year = String(english).slice(-4);
    expect(await targetCell("ro")).toMatch(new RegExp(`^.+ până în ${year}$`));
    expect(await targetCell("ru")).toMatch(new RegExp(`^.+ к ${year} году$`));
  });
});

describe("the Open SDG import's stored report", () => {
  it("is worded in the language the job poll asks for, and stays English without one", async () => {
    // Jobs of earlier files in this database must not take the claim below.
    await db.job.updateMany({ where: { status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", error: "test over" } });
    const files = readOpenSdgFolder(path.resolve(import.meta.dirname, "../fixtures/open-sdg")).files;
    // Metadata of an indicator without data: imported without it, with a warning.
    const orphan = { path: "meta/9-9-9.md", text: "---\nindicator: 9.9.9\nindicator_name: Orphan\n---\n" };
    const job = await startOpenSdgImport(
      secretariat,
      { fileName: "open-sdg.zip", bytes: zipFiles([...files, orphan]) },
      { frameworkCode: uniqueCode("SDG"), dryRun: true },
    );
    const claim = await claimNextJob("lib-texts-runner", new Date());
    expect(claim?.jobId).toBe(job.id);
    await runJob(claim!, () => undefined);

    const poll = async (acceptLanguage?: string) => {
      const headers: Record<string, string> = acceptLanguage ? { "accept-language": acceptLanguage } : {};
      const response = await GET_JOB(apiRequest(`/api/v1/jobs/${job.id}`, { token, headers }), routeParams({ id: job.id }));
      expect(response.status).toBe(200);
      return ((await response.json()) as { status: string; result: OpenSdgImportReport }).result;
    };
    const english = await poll();
    expect(english.files.skipped).toContainEqual(
      expect.objectContaining({ file: "data/demo_indicator.csv", reason: "The Open SDG template's example file, not an indicator" }),
    );
    const romanian = await poll("ro");
    expect(romanian.files.skipped).toContainEqual(
      expect.objectContaining({ file: "data/demo_indicator.csv", reason: "Fișierul exemplu al șablonului Open SDG, nu un indicator" }),
    );
    const russian = await poll("ru");
    expect(russian.values).toEqual(english.values);
    const warningOf = (report: OpenSdgImportReport) => report.warnings.find((warning) => warning.file === orphan.path)?.message;
    expect(warningOf(english)).toBe("No data file data/indicator_9-9-9.csv goes with this metadata; it is not imported");
    expect(warningOf(russian)).toMatch(/data\/indicator_9-9-9\.csv/);
    expect(warningOf(russian)).toMatch(/[а-яё]/i);
  });
});

describe("a failed Open SDG import's problems", () => {
  it("are worded in the language the job poll asks for, and stay English without one", async () => {
    // Jobs of earlier files in this database must not take the claim below.
    await db.job.updateMany({ where: { status: { in: ["QUEUED", "RUNNING"] } }, data: { status: "FAILED", error: "test over" } });
    const files = readOpenSdgFolder(path.resolve(import.meta.dirname, "../fixtures/open-sdg")).files;
    // NUL bytes between the characters: UTF-16 without a byte-order mark, which the import refuses.
    const notText = { path: "data/indicator_4-1-1.csv", text: "Year,Value\n2015,1\n".split("").join("\u0000") };
    const job = await startOpenSdgImport(
      secretariat,
      { fileName: "open-sdg.zip", bytes: zipFiles([...files, notText]) },
      { frameworkCode: uniqueCode("SDG"), dryRun: true },
    );
    const claim = await claimNextJob("lib-texts-runner", new Date());
    expect(claim?.jobId).toBe(job.id);
    await runJob(claim!, () => undefined);

    const problemOf = async (acceptLanguage?: string) => {
      const headers: Record<string, string> = acceptLanguage ? { "accept-language": acceptLanguage } : {};
      const response = await GET_JOB(apiRequest(`/api/v1/jobs/${job.id}`, { token, headers }), routeParams({ id: job.id }));
      const view = (await response.json()) as { status: string; result: { details: { problems: { file: string; message: string }[] } } };
      expect(view.status).toBe("FAILED");
      return view.result.details.problems.find((problem) => problem.file === notText.path)?.message;
    };
    expect(await problemOf()).toMatch(/^data\/indicator_4-1-1\.csv is not text in an encoding the import can tell/);
    expect(await problemOf("ro")).toMatch(/^data\/indicator_4-1-1\.csv .*[ăâîșț]/);
    expect(await problemOf("ru")).toMatch(/^data\/indicator_4-1-1\.csv .*[а-яё]/i);
  });
});
