import { describe, expect, it } from "vitest";
import { z } from "zod";
import { actionError } from "@/lib/actions/action-state";
import { withApiErrors } from "@/lib/api/api-response";
import { openCycleSchema } from "@/lib/cycles/schemas";
import { AppError, rowsRefused } from "@/lib/errors";
import { libText, refusedBy } from "@/lib/i18n/lib-text";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { LOCALES } from "@/lib/i18n/locales";
import englishErrors from "@/messages/en/errors.json";
import englishImportProblems from "@/messages/en/import-problems.json";
import englishValidation from "@/messages/en/validation.json";
import { keyedProblem } from "@/lib/problems/problem";
import { parseOrThrow } from "@/lib/validation/parse-input";

/**
 * What lib/ says is worded at the boundary in the reader's language (decision 035): the
 * English message stays word for word where no language is asked for.
 */
function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

const closedCycle = () =>
  new AppError("CONFLICT", libText("errors.cycleClosedForChange", { year: "2025", framework: "MGI" }), {
    problems: [keyedProblem({ field: "year" }, libText("errors.yearHasCycle", { year: "2025" }))],
  });

describe("an AppError with a message key", () => {
  it("keeps its English message for logs, e-mails and clients without a language", () => {
    const error = closedCycle();
    expect(error.message).toBe("The 2025 cycle of MGI is closed; values can no longer change");
    expect(error.problems).toEqual([{ field: "year", message: "2025 already has a cycle" }]);
    expect(actionError(error)).toEqual({
      status: "error",
      message: "The 2025 cycle of MGI is closed; values can no longer change",
      problems: [{ field: "year", message: "2025 already has a cycle" }],
    });
  });

  it("is answered in Romanian by actionError with the page's language", async () => {
    const state = actionError(closedCycle(), { year: "2025" }, await libTranslator("ro"));
    expect(state).toEqual({
      status: "error",
      message: "Ciclul de raportare 2025 al MGI este închis; valorile nu mai pot fi modificate",
      problems: [{ field: "year", message: "Anul 2025 are deja un ciclu de raportare" }],
      values: { year: "2025" },
    });
  });

  it("formats counts in the reader's language and chooses the plural form", async () => {
    const error = rowsRefused([
      { row: 1, message: "x" },
      { row: 2, message: "y" },
      ...Array.from({ length: 1200 }, (_, index) => ({ row: index + 3, message: "z" })),
    ]);
    expect(error.message).toBe("1,202 rows have problems; nothing was saved");
    expect((await libTranslator("ru")).error(error).message).toBe("В 1\u00A0202 строках есть ошибки; ничего не сохранено");
    expect((await libTranslator("fr")).error(rowsRefused([{ row: 4, message: "x" }])).message).toBe(
      "1 ligne présente des problèmes ; rien n'a été enregistré",
    );
  });

  it("keeps its code, details and the places of its problems in every language", async () => {
    const error = new AppError("CONFLICT", libText("errors.valuesChangedByOthers", { count: 2 }), { details: { conflicts: [1, 2] } });
    const worded = (await libTranslator("es")).error(error);
    expect(worded.code).toBe("CONFLICT");
    expect(worded.status).toBe(409);
    expect(worded.details).toEqual({ conflicts: [1, 2] });
    expect(worded.message).toMatch(/^Otra persona cambió 2 valores/);
  });

  it("answers an unexpected failure generically, in the page's language, and logs it", async () => {
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      expect(actionError(new Error("boom"), undefined, await libTranslator("ro")).message).toBe(
        "A apărut o eroare pe server și nu s-a salvat nimic. Eroarea a fost înregistrată.",
      );
    } finally {
      console.error = original;
    }
    expect(errors).toHaveLength(1);
  });
});

describe("zod refusals", () => {
  const badCycle = { frameworkCode: "", year: "x", submissionDeadline: "soon" };

  it("stay in English, word for word, without a language", () => {
    const error = refusal(() => parseOrThrow(openCycleSchema, badCycle, libText("errors.checkCycle")));
    expect(error.message).toBe("Check the cycle's details");
    expect(error.problems.map((problem) => problem.message)).toEqual([
      "Choose a framework",
      "Give the year as a number",
      "Give the submission deadline as a date, e.g. 2027-01-25",
    ]);
  });

  it("come back in Romanian: the schema's own messages by key", async () => {
    const error = (await libTranslator("ro")).error(refusal(() => parseOrThrow(openCycleSchema, badCycle, libText("errors.checkCycle"))));
    expect(error.message).toBe("Verificați datele ciclului de raportare");
    expect(error.fieldErrors).toEqual({
      frameworkCode: ["Alegeți un cadru de indicatori"],
      year: ["Dați anul ca număr"],
      submissionDeadline: ["Dați termenul de transmitere ca dată, de ex. 2027-01-25"],
    });
  });

  it("word zod's default messages with zod's locale of the language, type received included", async () => {
    const schema = z.strictObject({ year: z.number(), name: z.string().max(3) });
    const error = refusal(() => parseOrThrow(schema, { year: "2025", name: "abcdef", extra: 1 }));
    expect(error.problems.map((problem) => problem.message)).toEqual([
      "Invalid input: expected number, received string",
      "Too big: expected string to have <=3 characters",
      'Unrecognized key: "extra"',
    ]);
    const ru = (await libTranslator("ru")).problems(error.problems).map((problem) => problem.message);
    // zod's Russian locale names the received type by its JavaScript name; "string", not "undefined", shows it was kept.
    expect(ru[0]).toBe("Неверный ввод: ожидалось число, получено string");
    expect(ru[1]).toMatch(/^Слишком большое значение/);
    const ro = (await libTranslator("ro")).problems(error.problems).map((problem) => problem.message);
    expect(ro[0]).toBe("Intrare invalidă: așteptat număr, primit șir");
  });

  it("keep a custom refusal's key through the issue's params, with its values", async () => {
    const schema = z.string().refine((text) => text.length > 10, refusedBy("errors.noSuchCycle", { year: "2031", framework: "SDG" }));
    const error = refusal(() => parseOrThrow(schema, "short"));
    expect(error.problems[0]?.message).toBe("There is no 2031 reporting cycle for SDG");
    expect((await libTranslator("fr")).problems(error.problems)[0]?.message).toBe("Il n'y a pas de cycle de rapportage 2031 pour SDG");
  });

  it("leave a message written without a key as it was written", async () => {
    const schema = z.object({ code: z.string().min(2, "Two letters at least") });
    const error = refusal(() => parseOrThrow(schema, { code: "A" }));
    expect((await libTranslator("ro")).problems(error.problems)).toEqual([
      { field: "code", code: "too_small", message: "Two letters at least" },
    ]);
  });
});

describe("the API's error messages", () => {
  const route = withApiErrors(async () => {
    throw closedCycle();
  });
  const call = (acceptLanguage?: string) =>
    route(
      new Request("http://localhost/api/v1/x", { headers: acceptLanguage === undefined ? {} : { "accept-language": acceptLanguage } }),
      {},
    );

  it("follow the request's Accept-Language", async () => {
    const response = await call("ro-MD,ro;q=0.9,en;q=0.5");
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({
      error: {
        code: "CONFLICT",
        message: "Ciclul de raportare 2025 al MGI este închis; valorile nu mai pot fi modificate",
        fieldErrors: { year: ["Anul 2025 are deja un ciclu de raportare"] },
      },
    });
  });

  it.each([
    ["no header", undefined],
    ["a malformed quality", "xx;q=bad"],
    ["a language Capacitas does not speak", "de-DE"],
    ["any language", "*"],
    ["nothing but separators", ";;;,q="],
    ["a header of 3,000 characters", "ro;q=x".repeat(500)],
  ])("are English, never a 500, with %s", async (_case, acceptLanguage) => {
    const response = await call(acceptLanguage);
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "The 2025 cycle of MGI is closed; values can no longer change",
    );
  });
});

describe("the messages of lib/", () => {
  const english: [string, string][] = [
    ...Object.entries(englishErrors.errors).map(([key, text]): [string, string] => [`errors.${key}`, text]),
    ...Object.entries(englishValidation.validation).map(([key, text]): [string, string] => [`validation.${key}`, text]),
    ...Object.entries(englishImportProblems.importProblems).map(([key, text]): [string, string] => [`importProblems.${key}`, text]),
  ];
  /** A value for each argument of the English text, a number for those the text counts. */
  const valuesOf = (text: string) =>
    Object.fromEntries([...text.matchAll(/\{\s*(\w+)\s*([,}])/g)].map(([, name = "", after]) => [name, after === "," ? 2 : "X"]));

  // A message that ICU cannot read ("<token>" taken for a tag) would answer a refusal with its key.
  it.each(LOCALES)("all read as ICU messages in %s", async (locale) => {
    const translator = await libTranslator(locale);
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      for (const [key, text] of english) {
        expect(translator.text({ key: key as never, values: valuesOf(text), english: "" }), key).not.toBe("");
      }
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([]);
  });
});
