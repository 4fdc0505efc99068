/**
 * Bad input to GET /api/v1/evidence/{id} (an evidence file, decision 034): each case answers a
 * 4xx with a clear message, never echoes a huge id, and leaves the database unchanged row for
 * row (issue 18).
 */
import { beforeAll, describe, it } from "vitest";
import { GET as evidenceRoute } from "@/app/api/v1/evidence/[id]/route";
import { apiRequest, routeParams } from "../../fixtures/factories";
import { browserRequest, createBadInputSetting, expectApiRefusal, MEGABYTE, type ApiCase, type BadInputSetting } from "./bad-input-setting";

/** The handlers these cases exercise (read by coverage.test.ts). */
export const covers = ["app/api/v1/evidence/[id]/route.ts GET"];

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

/** `token` null: a request without any credential. */
const fileOf = (id: string, query = "", token: string | null = setting.tokens.mlsp) =>
  evidenceRoute(apiRequest(`/api/v1/evidence/${encodeURIComponent(id)}${query}`, token ? { token } : {}), routeParams({ id }));

const CASES: ApiCase[] = [
  { name: "an unknown id", call: () => fileOf("no-such-file"), status: 404, message: "No such evidence file" },
  { name: "a 1 MB id", call: () => fileOf(MEGABYTE), status: 400, message: "its id is longer than" },
  { name: "a path for an id", call: () => fileOf("../../../etc/passwd"), status: 404, message: "No such evidence file" },
  { name: "a value's id for a file's", call: () => fileOf(setting.draftValueId), status: 404, message: "No such evidence file" },
  { name: "a query", call: () => fileOf("no-such-file", "?download=1"), status: 400, message: "This request takes no query parameters" },
  {
    name: "a 1 MB query",
    call: () => fileOf("no-such-file", `?q=${MEGABYTE}`),
    status: 400,
    message: "This request takes no query parameters",
  },
  { name: "no token", call: () => fileOf("no-such-file", "", null), status: 401, message: /sign in|token|authenticat/i },
  {
    name: "a made-up token",
    call: () => fileOf("no-such-file", "", "cap_not-a-real-token"),
    status: 401,
    message: /token|authenticat|sign in/i,
  },
  {
    name: "a viewer's browser asks for an unknown id",
    call: () => evidenceRoute(browserRequest("/api/v1/evidence/no-such-file", setting.cookies.viewer), routeParams({ id: "no-such-file" })),
    status: 404,
    message: "No such evidence file",
  },
];

describe("bad input to the evidence file route", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase]))("%s", async (_name, testCase) => {
    await expectApiRefusal(testCase);
  });
});
