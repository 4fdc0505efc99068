/**
 * Refusals come back in the person's language (issue 13, decision 035): a form's in the page's
 * language, the API's in the language its Accept-Language asks for, with nothing saved.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { openCycleAction } from "@/app/actions/cycles";
import { PUT as saveValuesRoute } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import { IDLE } from "@/lib/actions/action-state";
import { db } from "@/lib/db";
import { apiRequest, routeParams } from "../fixtures/factories";
import { actAs, form } from "./bad-input/action-request";
import { createBadInputSetting, type BadInputSetting } from "./bad-input/bad-input-setting";

vi.mock("next/headers", async () => (await import("./bad-input/action-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./bad-input/action-request")).nextCacheMock);
// The page's language, as next-intl's request configuration resolves it from the person's cookie.
const pageLocale = vi.hoisted(() => ({ current: "en" }));
vi.mock("next-intl/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl/server")>()),
  getLocale: async () => pageLocale.current,
}));

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

describe("a form's refusal", () => {
  const openCycle = async (locale: string) => {
    pageLocale.current = locale;
    actAs(setting.cookies.secretariat);
    return openCycleAction(IDLE, form({ frameworkCode: setting.frameworkCode, year: "twenty", submissionDeadline: "soon" }));
  };

  it("comes back in Romanian on a Romanian page, field by field, and opens no cycle", async () => {
    const cycles = await db.reportingCycle.count();
    expect(await openCycle("ro")).toEqual({
      status: "error",
      message: "Verificați datele ciclului de raportare",
      problems: [
        { field: "year", code: "invalid_type", message: "Dați anul ca număr" },
        { field: "submissionDeadline", code: "invalid_format", message: "Dați termenul de transmitere ca dată, de ex. 2027-01-25" },
      ],
      values: { frameworkCode: setting.frameworkCode, year: "twenty", submissionDeadline: "soon" },
    });
    expect(await db.reportingCycle.count()).toBe(cycles);
  });

  it("stays in English, word for word, on an English page", async () => {
    const state = await openCycle("en");
    expect(state).toMatchObject({
      status: "error",
      message: "Check the cycle's details",
      problems: [
        { field: "year", message: "Give the year as a number" },
        { field: "submissionDeadline", message: "Give the submission deadline as a date, e.g. 2027-01-25" },
      ],
    });
  });

  it("words a rule of the domain in the page's language too", async () => {
    pageLocale.current = "ru";
    actAs(setting.cookies.secretariat);
    const state = await openCycleAction(IDLE, form({ frameworkCode: setting.frameworkCode, year: String(setting.year) }));
    expect(state).toMatchObject({
      status: "error",
      message: `Отчётный цикл ${setting.year} года для ${setting.frameworkCode} уже существует`,
      problems: [{ field: "year", code: "duplicate", message: `Для ${setting.year} года отчётный цикл уже есть` }],
    });
  });
});

describe("an API refusal", () => {
  const save = (headers: Record<string, string>, body: unknown) =>
    saveValuesRoute(
      apiRequest(`/api/v1/cycles/${setting.frameworkCode}/${setting.year}/values`, {
        token: setting.tokens.mlsp,
        method: "PUT",
        body,
        headers,
      }),
      routeParams({ framework: setting.frameworkCode, year: String(setting.year) }),
    );

  it("answers in Romanian when Accept-Language asks for it, with the same code and shape", async () => {
    const response = await save({ "accept-language": "ro-MD, ro;q=0.9" }, [{ indicator: "A1.1", value: 5, year: 2025.5, comment: 7 }]);
    expect(response.status).toBe(422);
    const body = (await response.json()) as {
      error: { code: string; message: string; rows: { row: number; field: string; message: string }[] };
    };
    expect(body.error.code).toBe("UNPROCESSABLE");
    expect(body.error.message).toBe("1 rând are probleme; nu s-a salvat nimic");
    expect(body.error.rows).toEqual([
      { row: 1, field: "year", message: "Anul trebuie să fie un număr întreg" },
      { row: 1, field: "comment", message: "Comentariul trebuie să fie text" },
    ]);
  });

  it("answers in English with a malformed or unknown Accept-Language, never a 500", async () => {
    for (const acceptLanguage of ["xx;q=bad", "tlh", "*;q=0"]) {
      const response = await save({ "accept-language": acceptLanguage }, [{ indicator: "A1.1", value: 5, year: 2025.5 }]);
      expect(response.status).toBe(422);
      const body = (await response.json()) as { error: { message: string; rows: { message: string }[] } };
      expect(body.error.message).toBe("1 row has problems; nothing was saved");
      expect(body.error.rows.map((row) => row.message)).toEqual(["The year must be a whole number"]);
    }
  });
});
