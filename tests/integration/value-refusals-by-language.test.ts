/**
 * A Romanian focal point's refused values, and the secretariat's refused review, come back in
 * the language Accept-Language asks for, row by row, with nothing saved (issue 13, decision 057).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { POST as reviewRoute } from "@/app/api/v1/cycles/[framework]/[year]/review/route";
import { PUT as saveValuesRoute } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import { apiRequest, routeParams } from "../fixtures/factories";
import { createBadInputSetting, snapshotEveryTable, type BadInputSetting } from "./bad-input/bad-input-setting";

type ErrorBody = { error: { code: string; message: string; rows?: { row: number; field: string; message: string }[] } };

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

const cycleParams = () => routeParams({ framework: setting.frameworkCode, year: String(setting.year) });

const saveValues = (headers: Record<string, string>, body: unknown, query = "") =>
  saveValuesRoute(
    apiRequest(`/api/v1/cycles/${setting.frameworkCode}/${setting.year}/values${query}`, {
      token: setting.tokens.mlsp,
      method: "PUT",
      body,
      headers,
    }),
    cycleParams(),
  );

/** The answer, after checking that nothing in the database changed. */
async function refusedWithoutChange(call: () => Promise<Response>, status: number): Promise<ErrorBody> {
  const before = await snapshotEveryTable();
  const response = await call();
  expect(response.status).toBe(status);
  const body = (await response.json()) as ErrorBody;
  expect(await snapshotEveryTable()).toEqual(before);
  return body;
}

// A1.1 counts persons (at least 0) and is a draft of MLSP; A1.2 is submitted; A2.1 is MFA's.
const REFUSED_ROWS = [
  { indicator: "A1.1", value: -5 },
  { indicator: "A1.2", value: 41 },
  { indicator: "A2.1", value: 3 },
  { indicator: "A1.3", value: "maybe" },
  { indicator: "A1.6", disaggregation: "REGION=N", value: 2 },
];

describe("a refused save of values", () => {
  it("names each row's problem in Romanian when Accept-Language asks for it, and saves nothing", async () => {
    const body = await refusedWithoutChange(() => saveValues({ "accept-language": "ro" }, REFUSED_ROWS), 422);
    expect(body.error.code).toBe("UNPROCESSABLE");
    expect(body.error.message).toBe("5 rânduri au probleme; nu s-a salvat nimic");
    expect(body.error.rows).toEqual([
      { row: 1, field: "value", message: "Introduceți o valoare de cel puțin 0 persons" },
      {
        row: 2,
        field: "value",
        message:
          "Această valoare este transmisă și așteaptă examinarea; ca să o modificați, cereți secretariatului să o returneze pentru corectare",
      },
      { row: 3, field: "indicator", message: "Indicatorul A2.1 este raportat de MFA, nu de MLSP" },
      { row: 4, field: "value", message: "Alegeți una dintre: no, yes" },
      { row: 5, field: "disaggregation", message: "Indicatorul A1.6 este dezagregat numai după SEX, nu după REGION" },
    ]);
  });

  it("keeps the English word for word for a client that asks for no language", async () => {
    const body = await refusedWithoutChange(() => saveValues({}, REFUSED_ROWS.slice(0, 2)), 422);
    expect(body.error.rows?.map((row) => row.message)).toEqual([
      "Enter a value of at least 0 persons",
      "This value is submitted and awaits review; ask the secretariat to return it to change it",
    ]);
  });

  it("words the query's headline and its parameter in Russian", async () => {
    const body = await refusedWithoutChange(
      () => saveValues({ "accept-language": "ru" }, [{ indicator: "A1.1", value: 5 }], "?dryRun=maybe"),
      400,
    );
    expect(body.error.message).toBe("Запрос недействителен");
    expect(JSON.stringify(body)).toContain("dryRun принимает значение true или false");
  });
});

describe("a refused review", () => {
  it("says in Romanian that a draft was not submitted yet, and changes nothing", async () => {
    const body = await refusedWithoutChange(
      () =>
        reviewRoute(
          apiRequest(`/api/v1/cycles/${setting.frameworkCode}/${setting.year}/review`, {
            token: setting.tokens.secretariat,
            method: "POST",
            body: {
              decisions: [
                { indicator: "A1.1", decision: "approve" },
                { indicator: "A9.9", decision: "approve" },
              ],
            },
            headers: { "accept-language": "ro-RO,ro;q=0.9,en;q=0.5" },
          }),
          cycleParams(),
        ),
      422,
    );
    expect(body.error.rows).toEqual([
      { row: 1, field: "decision", message: "Această valoare este un proiect: instituția nu a transmis-o încă" },
      { row: 2, field: "indicator", message: `Nu există indicatorul A9.9 în ${setting.frameworkCode}` },
    ]);
  });
});
