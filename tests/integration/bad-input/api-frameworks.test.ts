/**
 * Bad input to the framework, version, job and import routes (/api/v1/frameworks/..., /jobs,
 * /imports, /matrix-template.xlsx): each case answers a 4xx with a clear message and leaves the
 * database unchanged row for row (issue 18, item 9). The values list's limit and cursor are
 * another change's; they have no cases here.
 */
import { beforeAll, describe, it } from "vitest";
import { GET as exportRoute } from "@/app/api/v1/frameworks/[code]/export/route";
import { GET as progressRoute } from "@/app/api/v1/frameworks/[code]/indicators/[indicator]/progress/route";
import { GET as frameworkRoute } from "@/app/api/v1/frameworks/[code]/route";
import { GET as scoresRoute } from "@/app/api/v1/frameworks/[code]/scores/route";
import { GET as frameworkValuesRoute } from "@/app/api/v1/frameworks/[code]/values/route";
import { GET as consultationRoute } from "@/app/api/v1/frameworks/[code]/versions/[number]/consultation/route";
import { GET as diffRoute } from "@/app/api/v1/frameworks/[code]/versions/[number]/diff/route";
import { GET as editorRoute } from "@/app/api/v1/frameworks/[code]/versions/[number]/editor/route";
import {
  DELETE as retireRoute,
  PUT as updateIndicatorRoute,
} from "@/app/api/v1/frameworks/[code]/versions/[number]/indicators/[indicator]/route";
import { POST as createIndicatorRoute } from "@/app/api/v1/frameworks/[code]/versions/[number]/indicators/route";
import { GET as matrixRoute } from "@/app/api/v1/frameworks/[code]/versions/[number]/matrix.xlsx/route";
import { GET as translationsRoute } from "@/app/api/v1/frameworks/[code]/versions/[number]/translations.xlsx/route";
import { GET as versionRoute } from "@/app/api/v1/frameworks/[code]/versions/[number]/route";
import { GET as versionsRoute, POST as createVersionRoute } from "@/app/api/v1/frameworks/[code]/versions/route";
import { GET as frameworksRoute } from "@/app/api/v1/frameworks/route";
import { POST as openSdgRoute } from "@/app/api/v1/imports/open-sdg/route";
import { GET as jobFileRoute } from "@/app/api/v1/jobs/[id]/file/route";
import { GET as jobRoute } from "@/app/api/v1/jobs/[id]/route";
import { POST as startJobRoute } from "@/app/api/v1/jobs/route";
import { GET as matrixTemplateRoute } from "@/app/api/v1/matrix-template.xlsx/route";
import { apiRequest, routeParams } from "../../fixtures/factories";
import { browserRequest, createBadInputSetting, expectApiRefusal, MEGABYTE, type ApiCase, type BadInputSetting } from "./bad-input-setting";

/** The handlers these cases exercise (read by coverage.test.ts). */
export const covers = [
  "app/api/v1/frameworks/[code]/export/route.ts GET",
  "app/api/v1/frameworks/[code]/indicators/[indicator]/progress/route.ts GET",
  "app/api/v1/frameworks/[code]/route.ts GET",
  "app/api/v1/frameworks/[code]/scores/route.ts GET",
  "app/api/v1/frameworks/[code]/values/route.ts GET",
  "app/api/v1/frameworks/[code]/versions/[number]/consultation/route.ts GET",
  "app/api/v1/frameworks/[code]/versions/[number]/diff/route.ts GET",
  "app/api/v1/frameworks/[code]/versions/[number]/editor/route.ts GET",
  "app/api/v1/frameworks/[code]/versions/[number]/indicators/[indicator]/route.ts DELETE",
  "app/api/v1/frameworks/[code]/versions/[number]/indicators/[indicator]/route.ts PUT",
  "app/api/v1/frameworks/[code]/versions/[number]/indicators/route.ts POST",
  "app/api/v1/frameworks/[code]/versions/[number]/matrix.xlsx/route.ts GET",
  "app/api/v1/frameworks/[code]/versions/[number]/translations.xlsx/route.ts GET",
  "app/api/v1/frameworks/[code]/versions/[number]/route.ts GET",
  "app/api/v1/frameworks/[code]/versions/route.ts GET",
  "app/api/v1/frameworks/[code]/versions/route.ts POST",
  "app/api/v1/frameworks/route.ts GET",
  "app/api/v1/imports/open-sdg/route.ts POST",
  "app/api/v1/jobs/[id]/file/route.ts GET",
  "app/api/v1/jobs/[id]/route.ts GET",
  "app/api/v1/jobs/route.ts POST",
  "app/api/v1/matrix-template.xlsx/route.ts GET",
];

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

const get = (path: string, token = setting.tokens.secretariat) => apiRequest(path, { token });
const send = (method: string, path: string, body: unknown, token = setting.tokens.secretariat) => apiRequest(path, { token, method, body });
const raw = (method: string, path: string, body: string, token = setting.tokens.secretariat) =>
  new Request(`http://localhost${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body,
  });
const fw = () => `/api/v1/frameworks/${setting.frameworkCode}`;
const code = () => routeParams({ code: setting.frameworkCode });
const version = (number = String(setting.draftNumber)) => routeParams({ code: setting.frameworkCode, number });
const draft = () => `${fw()}/versions/${setting.draftNumber}`;
const indicator = (name = "A1.1", number = String(setting.draftNumber)) =>
  routeParams({ code: setting.frameworkCode, number, indicator: name });

const CASES: ApiCase[] = [
  // GET /frameworks
  {
    name: "frameworks: a query parameter",
    call: () => frameworksRoute(get("/api/v1/frameworks?status=APPROVED"), undefined as never),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "frameworks: a malformed percent-escape in the address",
    call: () => frameworkRoute(get("/api/v1/frameworks/%E0%A4%A"), routeParams({ code: "%E0%A4%A" })),
    status: 400,
    message: "malformed percent-escape",
  },

  // GET /frameworks/{code}
  {
    name: "framework: a query parameter",
    call: () => frameworkRoute(get(`${fw()}?lang=ro`), code()),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "framework: a 1 MB code, not echoed",
    call: () => frameworkRoute(get("/api/v1/frameworks/x"), routeParams({ code: MEGABYTE })),
    status: 400,
    message: "longer than 200 characters",
  },
  {
    name: "framework: an unknown code",
    call: () => frameworkRoute(get("/api/v1/frameworks/NOPE"), routeParams({ code: "NOPE" })),
    status: 404,
    message: "No framework with code NOPE",
  },

  // GET /frameworks/{code}/scores
  {
    name: "scores: ?provisional=1",
    call: () => scoresRoute(get(`${fw()}/scores?provisional=1`), code()),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "scores: an unknown parameter",
    call: () => scoresRoute(get(`${fw()}/scores?area=A1`), code()),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "scores: from after to",
    call: () => scoresRoute(get(`${fw()}/scores?from=2025&to=2020`), code()),
    status: 400,
    message: "The query is not valid",
  },

  // GET /frameworks/{code}/values (from and to only: limit and cursor are another change's)
  {
    name: "values list: a year of two digits",
    call: () => frameworkValuesRoute(get(`${fw()}/values?from=25`), code()),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "values list: a 1 MB code",
    call: () => frameworkValuesRoute(get("/api/v1/frameworks/x/values"), routeParams({ code: MEGABYTE })),
    status: 400,
    message: "longer than 200 characters",
  },

  // GET /frameworks/{code}/indicators/{indicator}/progress
  {
    name: "progress: ?provisional=yes",
    call: () =>
      progressRoute(
        get(`${fw()}/indicators/A1.1/progress?provisional=yes`),
        routeParams({ code: setting.frameworkCode, indicator: "A1.1" }),
      ),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "progress: an unknown parameter",
    call: () =>
      progressRoute(get(`${fw()}/indicators/A1.1/progress?year=2025`), routeParams({ code: setting.frameworkCode, indicator: "A1.1" })),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "progress: a 1 MB indicator code",
    call: () => progressRoute(get(`${fw()}/indicators/x/progress`), routeParams({ code: setting.frameworkCode, indicator: MEGABYTE })),
    status: 400,
    message: "longer than 200 characters",
  },

  // GET /frameworks/{code}/export
  {
    name: "export: an unknown format",
    call: () => exportRoute(get(`${fw()}/export?format=exe`), code()),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "export: ?provisional=1",
    call: () => exportRoute(get(`${fw()}/export?format=csv&provisional=1`), code()),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "export: an unknown parameter",
    call: () => exportRoute(get(`${fw()}/export?format=csv&sheet=2`), code()),
    status: 400,
    message: "The query is not valid",
  },

  // /frameworks/{code}/versions
  {
    name: "versions: a query parameter",
    call: () => versionsRoute(get(`${fw()}/versions?status=DRAFT`), code()),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "new draft: an unknown field",
    call: () => createVersionRoute(send("POST", `${fw()}/versions`, { label: "3.0", status: "APPROVED" }), code()),
    status: 400,
    message: "Check the new version",
  },
  {
    name: "new draft: a 1 MB label",
    call: () => createVersionRoute(send("POST", `${fw()}/versions`, { label: MEGABYTE }), code()),
    status: 400,
    message: "Check the new version",
  },
  {
    name: "new draft: a list instead of an object",
    call: () => createVersionRoute(send("POST", `${fw()}/versions`, ["3.0"]), code()),
    status: 400,
    message: "Send a JSON object",
  },
  {
    name: "new draft: a body of 5 MB",
    call: () => createVersionRoute(raw("POST", `${fw()}/versions`, JSON.stringify({ label: "x".repeat(5 * 1024 * 1024) })), code()),
    status: 413,
    message: "The request body is larger than 4 MB",
  },
  {
    name: 'new draft: a "__proto__" field',
    call: () => createVersionRoute(raw("POST", `${fw()}/versions`, '{"label":"3.0","__proto__":{"frameworkCode":"X"}}'), code()),
    status: 400,
    message: "Check the new version",
  },
  {
    name: "new draft: a cross-site browser request",
    call: () =>
      createVersionRoute(
        browserRequest(`${fw()}/versions`, setting.cookies.secretariat, {
          method: "POST",
          body: JSON.stringify({ label: "3.0" }),
          headers: { origin: "https://evil.example" },
        }),
        code(),
      ),
    status: 403,
    message: "Cross-site request refused",
  },

  // GET /frameworks/{code}/versions/{number}
  {
    name: "version: a number of letters",
    call: () => versionRoute(get(`${fw()}/versions/two`), version("two")),
    status: 400,
    message: "The address names no version number",
  },
  {
    name: "version: a query parameter",
    call: () => versionRoute(get(`${draft()}?format=xml`), version()),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "diff: no against",
    call: () => diffRoute(get(`${draft()}/diff`), version()),
    status: 400,
    message: "Name the version to compare with",
  },
  {
    name: "diff: against=0",
    call: () => diffRoute(get(`${draft()}/diff?against=0`), version()),
    status: 400,
    message: "Name the version to compare with",
  },
  {
    name: "diff: an unknown parameter",
    call: () => diffRoute(get(`${draft()}/diff?against=1&fields=all`), version()),
    status: 400,
    message: "Name the version to compare with",
  },
  {
    name: "editor: a query parameter",
    call: () => editorRoute(get(`${draft()}/editor?expand=1`), version()),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "consultation: a query parameter",
    call: () => consultationRoute(get(`${draft()}/consultation?all=true`), version()),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "matrix workbook: a query parameter other than the language",
    call: () => matrixRoute(get(`${draft()}/matrix.xlsx?sheet=1`), version()),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "matrix workbook: a language the tracker does not speak",
    call: () => matrixRoute(get(`${draft()}/matrix.xlsx?locale=de`), version()),
    status: 400,
    message: "The query is not valid",
    detail: "Choose one of the languages: en, ro, ru, fr, es",
  },

  {
    name: "translation workbook: a query parameter other than the language",
    call: () => translationsRoute(get(`${draft()}/translations.xlsx?sheet=1`), version()),
    status: 400,
    message: "The query is not valid",
  },

  // /frameworks/{code}/versions/{number}/indicators
  {
    name: "new indicator: an unknown field",
    call: () => createIndicatorRoute(send("POST", `${draft()}/indicators`, { areaId: "x", indicator: {}, color: "red" }), version()),
    status: 400,
    message: "Check the indicator",
    detail: 'Unrecognized key: \"color\"',
  },
  {
    name: "new indicator: not JSON",
    call: () => createIndicatorRoute(raw("POST", `${draft()}/indicators`, "areaId=x"), version()),
    status: 400,
    message: "The body is not valid JSON",
  },
  {
    name: "new indicator: a query parameter",
    call: () => createIndicatorRoute(send("POST", `${draft()}/indicators?dryRun=true`, { areaId: "x", indicator: {} }), version()),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "change indicator: an unknown field",
    call: () => updateIndicatorRoute(send("PUT", `${draft()}/indicators/A1.1`, { indicator: {}, force: true }), indicator()),
    status: 400,
    message: "Check the indicator",
    detail: 'Unrecognized key: \"force\"',
  },
  {
    name: "change indicator: a 1 MB indicator code in the address",
    call: () => updateIndicatorRoute(send("PUT", `${draft()}/indicators/x`, { indicator: {} }), indicator(MEGABYTE)),
    status: 400,
    message: "longer than 200 characters",
  },
  {
    name: "change indicator: a version number of letters",
    call: () => updateIndicatorRoute(send("PUT", `${fw()}/versions/two/indicators/A1.1`, { indicator: {} }), indicator("A1.1", "two")),
    status: 400,
    message: "The address names no version number",
  },
  {
    name: "retire indicator: a query parameter",
    call: () => retireRoute(send("DELETE", `${draft()}/indicators/A1.1?note=x`, undefined), indicator()),
    status: 400,
    message: "This request takes no query parameters",
  },

  // GET /matrix-template.xlsx
  {
    name: "matrix template: a query parameter other than the language",
    call: () => matrixTemplateRoute(get("/api/v1/matrix-template.xlsx?lang=ro"), undefined as never),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "matrix template: a language the tracker does not speak",
    call: () => matrixTemplateRoute(get("/api/v1/matrix-template.xlsx?locale=de-DE"), undefined as never),
    status: 400,
    message: "The query is not valid",
    detail: "Choose one of the languages",
  },

  // /jobs
  {
    name: "start job: an Open SDG import",
    call: () => startJobRoute(send("POST", "/api/v1/jobs", { kind: "open-sdg-import", params: {} }), undefined as never),
    status: 400,
    message: "The request is not valid",
  },
  {
    name: "start job: an unknown field",
    call: () =>
      startJobRoute(
        send("POST", "/api/v1/jobs", {
          kind: "framework-export",
          params: { frameworkCode: setting.frameworkCode, format: "csv" },
          priority: 1,
        }),
        undefined as never,
      ),
    status: 400,
    message: "The request is not valid",
    detail: 'Unrecognized key: \"priority\"',
  },
  {
    name: "start job: an unknown export parameter",
    call: () =>
      startJobRoute(
        send("POST", "/api/v1/jobs", {
          kind: "framework-export",
          params: { frameworkCode: setting.frameworkCode, format: "csv", sheet: 2 },
        }),
        undefined as never,
      ),
    status: 400,
    message: "The job's parameters are not valid",
    detail: 'Unrecognized key: \"sheet\"',
  },
  {
    name: "start job: a query parameter",
    call: () =>
      startJobRoute(
        send("POST", "/api/v1/jobs?wait=1", { kind: "framework-export", params: { frameworkCode: setting.frameworkCode, format: "csv" } }),
        undefined as never,
      ),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "start job: a body of 5 MB",
    call: () => startJobRoute(raw("POST", "/api/v1/jobs", JSON.stringify({ kind: "x".repeat(5 * 1024 * 1024) })), undefined as never),
    status: 413,
    message: "The request body is larger than 4 MB",
  },
  {
    name: "job: a query parameter",
    call: () => jobRoute(get("/api/v1/jobs/x?verbose=1"), routeParams({ id: "x" })),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "job: a 1 MB id",
    call: () => jobRoute(get("/api/v1/jobs/x"), routeParams({ id: MEGABYTE })),
    status: 400,
    message: "longer than 200 characters",
  },
  {
    name: "job file: a query parameter",
    call: () => jobFileRoute(get("/api/v1/jobs/x/file?inline=1"), routeParams({ id: "x" })),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "job file: a 1 MB id",
    call: () => jobFileRoute(get("/api/v1/jobs/x/file"), routeParams({ id: MEGABYTE })),
    status: 400,
    message: "longer than 200 characters",
  },

  // POST /imports/open-sdg
  {
    name: "Open SDG import: ?dryRun=1",
    call: () =>
      openSdgRoute(
        new Request("http://localhost/api/v1/imports/open-sdg?dryRun=1", {
          method: "POST",
          headers: { authorization: `Bearer ${setting.tokens.secretariat}`, "content-type": "application/zip" },
          body: "PK",
        }),
        undefined as never,
      ),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "Open SDG import: a framework code with spaces",
    call: () =>
      openSdgRoute(
        new Request("http://localhost/api/v1/imports/open-sdg?framework=A%20B", {
          method: "POST",
          headers: { authorization: `Bearer ${setting.tokens.secretariat}`, "content-type": "application/zip" },
          body: "PK",
        }),
        undefined as never,
      ),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "Open SDG import: a JSON body",
    call: () =>
      openSdgRoute(
        new Request("http://localhost/api/v1/imports/open-sdg", {
          method: "POST",
          headers: { authorization: `Bearer ${setting.tokens.secretariat}`, "content-type": "application/json" },
          body: "{}",
        }),
        undefined as never,
      ),
    status: 400,
    message: "application/zip",
  },
];

describe("bad input to /api/v1/frameworks, /jobs, /imports and /matrix-template.xlsx", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", async (_name, testCase) => {
    await expectApiRefusal(testCase);
  });
});
