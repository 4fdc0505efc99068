/**
 * GET /api/v1/cycles/{framework}/{year}/template and POST .../upload: the template as a
 * download, uploads as multipart forms and as raw CSV / .xlsx bodies, ?dryRun=true, errors
 * by line and column, size limit, and who may call them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as TEMPLATE } from "@/app/api/v1/cycles/[framework]/[year]/template/route";
import { POST as UPLOAD } from "@/app/api/v1/cycles/[framework]/[year]/upload/route";
import { MAX_UPLOAD_BYTES, XLSX_CONTENT_TYPE } from "@/lib/uploads/upload-limits";
import {
  apiRequest,
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestWorkspace,
  findTestValue,
  routeParams,
  snapshotDatabaseWithValues,
  type MonitoringMembers,
} from "../fixtures/factories";
import { buildXlsx, csvBytes, fileRow, HEADER, loadXlsx, sheetRecords } from "../fixtures/spreadsheets";
import { buildUploadFrameworkDefinition } from "../fixtures/upload-framework";
import { zipBomb } from "../fixtures/zip-bombs";

let members: MonitoringMembers;
let framework: { versionId: string };
let code: string;
const tokens = { mlsp: "", viewer: "" };

const params = () => routeParams({ framework: code, year: "2025" });

function getTemplate(query = "", token: string | undefined = tokens.mlsp) {
  return TEMPLATE(apiRequest(`/api/v1/cycles/${code}/2025/template${query}`, { token }), params());
}

function upload(body: BodyInit, options: { token?: string; contentType?: string; query?: string; headers?: Record<string, string> } = {}) {
  const headers = new Headers(options.headers);
  if (options.token !== "") headers.set("authorization", `Bearer ${options.token ?? tokens.mlsp}`);
  if (options.contentType) headers.set("content-type", options.contentType);
  const request = new Request(`http://localhost/api/v1/cycles/${code}/2025/upload${options.query ?? ""}`, {
    method: "POST",
    headers,
    body,
  });
  return UPLOAD(request, params());
}

const csvFile = (lines: string[]) => csvBytes(`${HEADER.join(",")}\r\n${lines.join("\r\n")}\r\n`);

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  const cycle = await createTestCycle(workspaceId, members.secretariat, { definition: buildUploadFrameworkDefinition() });
  framework = cycle.framework;
  code = cycle.target.frameworkCode;
  tokens.mlsp = await createTestApiToken(members.mlsp);
  tokens.viewer = await createTestApiToken(members.viewer);
  // A token's first use records when it was used (bookkeeping); do it before any snapshot.
  await getTemplate("?format=csv", tokens.mlsp);
  await getTemplate("", tokens.viewer);
});

describe("GET .../template", () => {
  it("downloads the Excel workbook by default, as an attachment named after the cycle and institution", async () => {
    const response = await getTemplate();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(XLSX_CONTENT_TYPE);
    const xlsxName = `${code}-2025-MLSP-values.xlsx`;
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${xlsxName}"; filename*=UTF-8''${xlsxName}`);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const workbook = await loadXlsx(new Uint8Array(await response.arrayBuffer()));
    expect(sheetRecords(workbook.getWorksheet("Values")!)).toHaveLength(8);
  });

  it("downloads CSV with ?format=csv", async () => {
    const response = await getTemplate("?format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csvName = `${code}-2025-MLSP-values.csv`;
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="${csvName}"; filename*=UTF-8''${csvName}`);
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith(`\uFEFF${HEADER.join(",")}\r\n`)).toBe(true);
  });

  it("is in the language ?locale= names, else the one Accept-Language asks for, and refuses a language Capacitas does not speak", async () => {
    const sheetNames = async (response: Response) =>
      (await loadXlsx(new Uint8Array(await response.arrayBuffer()))).worksheets.map((sheet) => sheet.name);
    const romanian = await getTemplate("?locale=ro");
    expect(romanian.status).toBe(200);
    expect(await sheetNames(romanian)).toEqual(["Values", "Instrucțiuni"]);

    const fromBrowser = (acceptLanguage: string, query = "") =>
      TEMPLATE(
        apiRequest(`/api/v1/cycles/${code}/2025/template${query}`, { token: tokens.mlsp, headers: { "accept-language": acceptLanguage } }),
        params(),
      );
    expect(await sheetNames(await fromBrowser("ru-MD, ro;q=0.8"))).toEqual(["Values", "Инструкция"]);
    // The page's language, passed as ?locale=, wins over the browser's.
    expect(await sheetNames(await fromBrowser("ru", "?locale=es"))).toEqual(["Values", "Instrucciones"]);
    expect(await sheetNames(await fromBrowser("de"))).toEqual(["Values", "Instructions"]);

    const before = await snapshotDatabaseWithValues();
    const german = await getTemplate("?locale=de");
    expect(german.status).toBe(400);
    expect((await german.json()).error.fieldErrors).toEqual({ locale: ["Choose one of the languages: en, ro, ru, fr, es"] });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("answers 400 for an unknown format, 401 without credentials, 403 for a viewer, 404 for an unknown cycle", async () => {
    const badFormat = await getTemplate("?format=ods");
    expect(badFormat.status).toBe(400);
    expect((await badFormat.json()).error.fieldErrors).toEqual({ format: ['The format is "xlsx" or "csv"'] });

    const anonymous = await TEMPLATE(apiRequest(`/api/v1/cycles/${code}/2025/template`), params());
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).error.code).toBe("UNAUTHENTICATED");

    const viewer = await getTemplate("", tokens.viewer);
    expect(viewer.status).toBe(403);
    expect((await viewer.json()).error.code).toBe("FORBIDDEN");

    const unknown = await TEMPLATE(
      apiRequest(`/api/v1/cycles/NOPE/2025/template`, { token: tokens.mlsp }),
      routeParams({ framework: "NOPE", year: "2025" }),
    );
    expect(unknown.status).toBe(404);
  });
});

describe("POST .../upload", () => {
  it("checks a multipart upload with ?dryRun=true without changing anything, then imports it", async () => {
    const bytes = await buildXlsx([
      {
        name: "Values",
        rows: [HEADER, fileRow({ indicator: "A1.1", year: 2025, value: 1250 }), fileRow({ indicator: "A1.3", value: "yes" })],
      },
    ]);
    const form = () => {
      const data = new FormData();
      data.set("file", new File([bytes.slice()], "filled.xlsx", { type: XLSX_CONTENT_TYPE }));
      return data;
    };

    const before = await snapshotDatabaseWithValues();
    const check = await upload(form(), { query: "?dryRun=true" });
    expect(check.status).toBe(200);
    expect(await check.json()).toMatchObject({ dryRun: true, created: 2, updated: 0, unchanged: 0 });
    expect(await snapshotDatabaseWithValues()).toEqual(before);

    const imported = await upload(form());
    expect(imported.status).toBe(200);
    expect(await imported.json()).toMatchObject({ dryRun: false, created: 2 });
    expect(await findTestValue(framework, "A1.1")).toMatchObject({ number: 1250, status: "DRAFT" });
    expect(await findTestValue(framework, "A1.3")).toMatchObject({ levelCode: "yes" });
  });

  it("imports a raw CSV body and a raw .xlsx body", async () => {
    const csv = await upload(csvFile(['A1.2,,,,,,2025,"61,5",,,']).slice(), { contentType: "text/csv; charset=utf-8" });
    expect(csv.status).toBe(200);
    expect(await csv.json()).toMatchObject({ created: 1 });
    expect(await findTestValue(framework, "A1.2")).toMatchObject({ number: 61.5 });

    const workbook = await buildXlsx([{ name: "Values", rows: [HEADER, fileRow({ indicator: "A1.5", value: "Adoptată în 2025" })] }]);
    const xlsx = await upload(workbook.slice(), { contentType: XLSX_CONTENT_TYPE });
    expect(xlsx.status).toBe(200);
    expect(await findTestValue(framework, "A1.5")).toMatchObject({ text: "Adoptată în 2025" });
  });

  it("answers 422 with every problem by line and column, and changes nothing", async () => {
    const before = await snapshotDatabaseWithValues();
    const response = await upload(csvFile(["A1.4,,,,,,2025,initiated,,,", "A2.1,,,,,,2025,5,,,", "", "A1.6,,SEX=X,,,,2025,3,,,"]).slice(), {
      contentType: "text/csv",
    });
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error).toMatchObject({ code: "UNPROCESSABLE", message: "2 rows have problems; nothing was saved" });
    expect(error.rows).toEqual([
      { row: 3, field: "indicator", message: "Indicator A2.1 is reported by MFA, not by MLSP" },
      { row: 5, field: "breakdown", message: "Sex has no member “X”; use one of: F, M" },
    ]);
    expect(Object.keys(error.fieldErrors)).toEqual(["3.indicator", "5.breakdown"]);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("refuses a corrupt workbook, a missing file field, an unknown content type and a file over the limit, changing nothing", async () => {
    const before = await snapshotDatabaseWithValues();
    const corrupt = await upload(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 9, 9, 9, 9]), { contentType: XLSX_CONTENT_TYPE });
    expect(corrupt.status).toBe(400);
    expect((await corrupt.json()).error.message).toBe("The file is not a readable Excel workbook (.xlsx) or CSV file");

    const noFile = new FormData();
    noFile.set("other", "x");
    const missing = await upload(noFile);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error.message).toBe('The form has no file in the field "file"');

    const json = await upload(JSON.stringify([{ indicator: "A1.1", value: 1 }]), { contentType: "application/json" });
    expect(json.status).toBe(400);
    expect((await json.json()).error.message).toContain("multipart/form-data");

    const large = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x41);
    const tooLarge = await upload(large, { contentType: "text/csv" });
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error.message).toBe("The file is larger than 5 MB; split it into several files");

    const declared = await upload("A", { contentType: "text/csv", headers: { "content-length": String(MAX_UPLOAD_BYTES + 1) } });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.message).toBe("The file is larger than 5 MB; split it into several files");
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("refuses a workbook that inflates to hundreds of MB (a zip bomb), as a raw body and in a form, with 400 and changing nothing", async () => {
    const bomb = zipBomb(300);
    const before = await snapshotDatabaseWithValues();
    const raw = await upload(bomb.slice(), { contentType: XLSX_CONTENT_TYPE });
    expect(raw.status).toBe(400);
    const message = "The workbook unpacks to more than 50 MB; remove images and unused sheets, or split it into several files";
    expect((await raw.json()).error.message).toBe(message);
    const form = new FormData();
    form.set("file", new File([bomb.slice()], "values.xlsx", { type: XLSX_CONTENT_TYPE }));
    const multipart = await upload(form, { query: "?dryRun=true" });
    expect(multipart.status).toBe(400);
    expect((await multipart.json()).error.message).toBe(message);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("answers 401 without credentials and 403 for a viewer", async () => {
    const before = await snapshotDatabaseWithValues();
    const body = () => csvFile(["A1.1,,,,,,2025,1,,,"]).slice();
    const anonymous = await upload(body(), { token: "", contentType: "text/csv" });
    expect(anonymous.status).toBe(401);
    const viewer = await upload(body(), { token: tokens.viewer, contentType: "text/csv" });
    expect(viewer.status).toBe(403);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });
});
