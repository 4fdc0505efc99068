/**
 * Bad input to the cycle routes (/api/v1/cycles/{framework}/{year}/...): each case answers a
 * 4xx with a clear message and leaves the database unchanged row for row (issue 18, item 9).
 */
import { beforeAll, describe, it } from "vitest";
import { GET as completenessRoute } from "@/app/api/v1/cycles/[framework]/[year]/completeness/route";
import { POST as reviewRoute } from "@/app/api/v1/cycles/[framework]/[year]/review/route";
import { POST as submitRoute } from "@/app/api/v1/cycles/[framework]/[year]/submit/route";
import { GET as templateRoute } from "@/app/api/v1/cycles/[framework]/[year]/template/route";
import { POST as uploadRoute } from "@/app/api/v1/cycles/[framework]/[year]/upload/route";
import { PUT as valuesRoute } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import { apiRequest, routeParams } from "../../fixtures/factories";
import { browserRequest, createBadInputSetting, expectApiRefusal, MEGABYTE, type ApiCase, type BadInputSetting } from "./bad-input-setting";

/** The handlers these cases exercise (read by coverage.test.ts). */
export const covers = [
  "app/api/v1/cycles/[framework]/[year]/completeness/route.ts GET",
  "app/api/v1/cycles/[framework]/[year]/review/route.ts POST",
  "app/api/v1/cycles/[framework]/[year]/submit/route.ts POST",
  "app/api/v1/cycles/[framework]/[year]/template/route.ts GET",
  "app/api/v1/cycles/[framework]/[year]/upload/route.ts POST",
  "app/api/v1/cycles/[framework]/[year]/values/route.ts PUT",
];

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

const path = (rest: string, query = "") => `/api/v1/cycles/${setting.frameworkCode}/${setting.year}/${rest}${query}`;
const params = (framework = setting.frameworkCode, year = String(setting.year)) => routeParams({ framework, year });

function put(body: unknown, query = "", token = setting.tokens.mlsp) {
  return valuesRoute(apiRequest(path("values", query), { token, method: "PUT", body }), params());
}
function rawPut(body: string, headers: Record<string, string> = {}) {
  return valuesRoute(
    new Request(`http://localhost${path("values")}`, {
      method: "PUT",
      headers: { authorization: `Bearer ${setting.tokens.mlsp}`, "content-type": "application/json", ...headers },
      body,
    }),
    params(),
  );
}
function review(body: unknown, query = "") {
  return reviewRoute(apiRequest(path("review", query), { token: setting.tokens.secretariat, method: "POST", body }), params());
}
function upload(body: BodyInit, contentType: string, query = "") {
  return uploadRoute(
    new Request(`http://localhost${path("upload", query)}`, {
      method: "POST",
      headers: { authorization: `Bearer ${setting.tokens.mlsp}`, "content-type": contentType },
      body,
    }),
    params(),
  );
}
const HEADER = "indicator,indicator_name,breakdown,breakdown_label,unit,allowed_values,year,value,comment,source,evidence_url";
const csv = (line = "A1.1,,,,,,2025,99,,,") => `${HEADER}\n${line}\n`;

const CASES: ApiCase[] = [
  // PUT .../values
  {
    name: "values: ?dryRun=1 is refused, not read as a write",
    call: () => put([{ indicator: "A1.1", value: 5 }], "?dryRun=1"),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "values: ?dryRun=yes",
    call: () => put([{ indicator: "A1.1", value: 5 }], "?dryRun=yes"),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "values: ?dryRun=TRUE",
    call: () => put([{ indicator: "A1.1", value: 5 }], "?dryRun=TRUE"),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "values: an unknown query parameter",
    call: () => put([{ indicator: "A1.1", value: 5 }], "?dryrun=true"),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "values: a 1 MB evidenceUrl",
    call: () => put([{ indicator: "A1.1", value: 5, evidenceUrl: `https://example.org/${MEGABYTE}` }]),
    status: 422,
    message: "1 row has problems",
    detail: "Keep the evidence address under 2000 characters",
  },
  {
    name: "values: an evidenceUrl that is no web address",
    call: () => put([{ indicator: "A1.1", value: 5, evidenceUrl: "javascript:alert(1)" }]),
    status: 422,
    message: "1 row has problems",
    detail: "Give the evidence as a web address starting with https://",
  },
  {
    name: 'values: a breakdown { "__proto__": "F" }',
    call: () => rawPut('[{"indicator":"A1.6","disaggregation":{"__proto__":"F"},"value":3}]'),
    status: 422,
    message: "1 row has problems",
    detail: '"__proto__" is not a dimension',
  },
  {
    name: 'values: a breakdown { "constructor": "F" }',
    call: () => put([{ indicator: "A1.6", disaggregation: { constructor: "F" }, value: 3 }]),
    status: 422,
    message: "1 row has problems",
    detail: '"constructor" is not a dimension',
  },
  {
    name: "values: a breakdown of eleven dimensions",
    call: () =>
      put([{ indicator: "A1.6", disaggregation: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`D${i}`, "x"])), value: 3 }]),
    status: 422,
    message: "1 row has problems",
  },
  {
    name: "values: a breakdown as a number",
    call: () => put([{ indicator: "A1.6", disaggregation: 5, value: 3 }]),
    status: 422,
    message: "1 row has problems",
  },
  {
    name: "values: an unknown field in a row",
    call: () => put([{ indicator: "A1.1", value: 5, evidence_url: "https://example.org" }]),
    status: 422,
    message: "1 row has problems",
    detail: 'Unrecognized key: \"evidence_url\"',
  },
  {
    name: "values: a 1 MB indicator code, not echoed",
    call: () => put([{ indicator: MEGABYTE, value: 5 }]),
    status: 422,
    message: "1 row has problems",
    detail: "An indicator code has at most 40 characters",
  },
  {
    name: "values: a 1 MB comment",
    call: () => put([{ indicator: "A1.1", value: 5, comment: MEGABYTE }]),
    status: 422,
    message: "1 row has problems",
  },
  {
    name: "values: a 1 MB source",
    call: () => put([{ indicator: "A1.1", value: 5, source: MEGABYTE }]),
    status: 422,
    message: "1 row has problems",
  },
  {
    name: "values: a 1 MB text value",
    call: () => put([{ indicator: "A1.5", value: MEGABYTE }]),
    status: 422,
    message: "1 row has problems",
  },
  {
    name: "values: a 1 MB breakdown key",
    call: () => put([{ indicator: "A1.6", disaggregation: MEGABYTE, value: 3 }]),
    status: 422,
    message: "1 row has problems",
  },
  {
    name: "values: a body of 5 MB",
    call: () => rawPut(JSON.stringify([{ indicator: "A1.1", value: 5, comment: "x".repeat(5 * 1024 * 1024) }])),
    status: 413,
    message: "The request body is larger than 4 MB",
  },
  {
    name: "values: a Content-Length of 50 MB",
    call: () => rawPut("[]", { "content-length": String(50 * 1024 * 1024) }),
    status: 413,
    message: "The request body is larger than 4 MB",
  },
  { name: "values: a body that is not JSON", call: () => rawPut("{indicator: A1.1}"), status: 400, message: "The body is not valid JSON" },
  { name: "values: an empty body", call: () => rawPut(""), status: 400, message: "The request has no body" },
  {
    name: "values: an object with an unknown key",
    call: () => put({ values: [{ indicator: "A1.1", value: 5 }], extra: 1 }),
    status: 400,
    message: "The body is not valid",
  },
  { name: "values: an empty list", call: () => put([]), status: 400, message: "The body is not valid" },
  {
    name: "values: a year of three digits in the address",
    call: () =>
      valuesRoute(
        apiRequest(path("values"), { token: setting.tokens.mlsp, method: "PUT", body: [{ indicator: "A1.1", value: 5 }] }),
        params(setting.frameworkCode, "202"),
      ),
    status: 400,
    message: "The address is not valid",
  },
  {
    name: "values: a 1 MB framework code in the address",
    call: () =>
      valuesRoute(
        apiRequest(path("values"), { token: setting.tokens.mlsp, method: "PUT", body: [{ indicator: "A1.1", value: 5 }] }),
        params(MEGABYTE),
      ),
    status: 400,
    message: "longer than 200 characters",
  },
  {
    name: "values: a malformed percent-escape in the address",
    call: () =>
      valuesRoute(
        apiRequest(`/api/v1/cycles/%E0%A4%A/${setting.year}/values`, { token: setting.tokens.mlsp, method: "PUT", body: [] }),
        params("%E0%A4%A"),
      ),
    status: 400,
    message: "malformed percent-escape",
  },
  {
    name: "values: a cross-site browser request",
    call: () =>
      valuesRoute(
        browserRequest(path("values"), setting.cookies.mlsp, {
          method: "PUT",
          body: JSON.stringify([{ indicator: "A1.1", value: 5 }]),
          headers: { origin: "https://evil.example" },
        }),
        params(),
      ),
    status: 403,
    message: "Cross-site request refused",
  },
  {
    name: "values: a forged X-Forwarded-Host matching a foreign Origin",
    call: () =>
      valuesRoute(
        browserRequest(path("values"), setting.cookies.mlsp, {
          method: "PUT",
          body: JSON.stringify([{ indicator: "A1.1", value: 5 }]),
          headers: { origin: "https://evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https" },
        }),
        params(),
      ),
    status: 403,
    message: "Cross-site request refused",
  },

  // POST .../review
  {
    name: "review: a decision that is neither approve nor return",
    call: () => review({ decisions: [{ indicator: "A1.2", decision: "reject" }] }),
    status: 400,
    message: "The review decisions are not valid",
  },
  {
    name: "review: an unknown field in a decision",
    call: () => review({ decisions: [{ indicator: "A1.2", decision: "approve", approvedBy: "me" }] }),
    status: 400,
    message: "The review decisions are not valid",
  },
  {
    name: "review: an unknown field in the body",
    call: () => review({ decisions: [{ indicator: "A1.2", decision: "approve" }], force: true }),
    status: 400,
    message: "The review decisions are not valid",
  },
  {
    name: "review: a 1 MB reason",
    call: () => review({ decisions: [{ indicator: "A1.2", decision: "return", reason: MEGABYTE }] }),
    status: 400,
    message: "The review decisions are not valid",
  },
  {
    name: 'review: a breakdown { "__proto__": "F" }',
    call: () =>
      reviewRoute(
        new Request(`http://localhost${path("review")}`, {
          method: "POST",
          headers: { authorization: `Bearer ${setting.tokens.secretariat}`, "content-type": "application/json" },
          body: '{"decisions":[{"indicator":"A1.2","decision":"approve","disaggregation":{"__proto__":"F"}}]}',
        }),
        params(),
      ),
    status: 400,
    message: "The review decisions are not valid",
  },
  { name: "review: no decisions", call: () => review({ decisions: [] }), status: 400, message: "The review decisions are not valid" },
  {
    name: "review: a query parameter",
    call: () => review({ decisions: [{ indicator: "A1.2", decision: "approve" }] }, "?dryRun=true"),
    status: 400,
    message: "This request takes no query parameters",
  },

  // POST .../submit
  {
    name: "submit: a query parameter",
    call: () => submitRoute(apiRequest(path("submit", "?force=true"), { token: setting.tokens.mlsp, method: "POST" }), params()),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "submit: a year of letters",
    call: () =>
      submitRoute(apiRequest(path("submit"), { token: setting.tokens.mlsp, method: "POST" }), params(setting.frameworkCode, "20x5")),
    status: 400,
    message: "The address is not valid",
  },

  // GET .../completeness
  {
    name: "completeness: a query parameter",
    call: () => completenessRoute(apiRequest(path("completeness", "?institution=MLSP"), { token: setting.tokens.secretariat }), params()),
    status: 400,
    message: "This request takes no query parameters",
  },
  {
    name: "completeness: a 1 MB framework code",
    call: () => completenessRoute(apiRequest(path("completeness"), { token: setting.tokens.secretariat }), params(MEGABYTE)),
    status: 400,
    message: "longer than 200 characters",
  },

  // GET .../template
  {
    name: "template: an unknown format",
    call: () => templateRoute(apiRequest(path("template", "?format=pdf"), { token: setting.tokens.mlsp }), params()),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "template: an unknown query parameter",
    call: () => templateRoute(apiRequest(path("template", "?format=csv&lang=ro"), { token: setting.tokens.mlsp }), params()),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "template: a language Capacitas does not speak",
    call: () => templateRoute(apiRequest(path("template", "?format=csv&locale=de"), { token: setting.tokens.mlsp }), params()),
    status: 400,
    message: "The query is not valid",
    detail: "Choose one of the languages: en, ro, ru, fr, es",
  },

  // POST .../upload
  {
    name: "upload: ?dryRun=1 is refused, not read as an import",
    call: () => upload(csv(), "text/csv", "?dryRun=1"),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "upload: an unknown query parameter",
    call: () => upload(csv(), "text/csv", "?mode=replace"),
    status: 400,
    message: "The query is not valid",
  },
  {
    name: "upload: a file over 5 MB",
    call: () => upload("x".repeat(5 * 1024 * 1024 + 1), "text/csv"),
    status: 413,
    message: "The file is larger than 5 MB",
  },
  {
    name: "upload: a 1 MB evidence address in a file",
    call: () => upload(csv(`A1.1,,,,,,2025,5,,,https://example.org/${"x".repeat(3000)}`), "text/csv"),
    status: 422,
    message: "1 row has problems",
  },
  { name: "upload: a JSON body", call: () => upload("[]", "application/json"), status: 400, message: "multipart/form-data" },
  {
    name: "upload: a CSV with a bidi override in an indicator code",
    call: () => upload(csv("A1.1\u202E,,,,,,2025,5,,,"), "text/csv"),
    status: 422,
    message: "1 row has problems",
  },
];

describe("bad input to /api/v1/cycles/{framework}/{year}/...", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", async (_name, testCase) => {
    await expectApiRefusal(testCase);
  });
});
