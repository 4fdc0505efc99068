import { describe, expect, it } from "vitest";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { parseIndicatorValue, type IndicatorValueRules } from "@/lib/indicators/parse-value";
import { resolveDisaggregation } from "@/lib/monitoring/resolve-disaggregation";
import { checkTransition } from "@/lib/monitoring/value-workflow";
import { AppError } from "@/lib/errors";
import { disaggregationInputSchema } from "@/lib/validation/input-schemas";
import { issueProblem, parseOrThrow } from "@/lib/validation/parse-input";
import { compareYearsSchema } from "@/lib/progress/compare-years";
import type { LibText } from "@/lib/i18n/lib-text";

/**
 * The value workflow's refusals and the value parser's are keyed (decision 057, session 10):
 * the boundary words them in the reader's language, and the English stays word for word.
 */
const PERSONS: IndicatorValueRules = { valueType: "NUMBER", unit: "persons", lowerLimit: 2.5, upperLimit: 5000, levels: [] };
const SHARE: IndicatorValueRules = { valueType: "PERCENTAGE", unit: "%", lowerLimit: null, upperLimit: null, levels: [] };
const LEVELS: IndicatorValueRules = {
  valueType: "LEVELS",
  lowerLimit: null,
  upperLimit: null,
  levels: [
    { code: "none", label: "Not started" },
    { code: "done", label: "Done" },
  ],
};
const OPEN = { status: "OPEN" as const, year: 2025 };
const CLOSED = { status: "CLOSED" as const, year: 2025 };

function refusalOf(result: { ok: true } | { ok: false; message: LibText }) {
  if (result.ok) throw new Error("expected a refusal");
  return result.message;
}

describe("a refused value", () => {
  it("is worded in Romanian, with the limit's decimal comma of that language", async () => {
    const ro = await libTranslator("ro");
    expect(ro.text(refusalOf(parseIndicatorValue("1", PERSONS)))).toBe("Introduceți o valoare de cel puțin 2,5 persons");
    expect(ro.text(refusalOf(parseIndicatorValue("5001", PERSONS)))).toBe("Introduceți o valoare de cel mult 5000 persons");
    expect(ro.text(refusalOf(parseIndicatorValue("3.5", PERSONS)))).toBe("Introduceți un număr întreg: un număr de persons nu are fracții");
    expect(ro.text(refusalOf(parseIndicatorValue("abc", SHARE)))).toBe("Introduceți procentul ca număr, de ex. 42,5");
    expect(ro.text(refusalOf(parseIndicatorValue("maybe", LEVELS)))).toBe("Alegeți una dintre: none, done");
    expect(ro.text(refusalOf(parseIndicatorValue("", LEVELS)))).toBe("Introduceți o valoare");
    expect(ro.text(refusalOf(parseIndicatorValue("1.234", { ...PERSONS, lowerLimit: null, unit: "days" }, "ro")))).toBe(
      "„1.234” poate însemna 1234 sau 1,234: scrieți 1234 pentru numărul întreg sau 1,234 pentru numărul zecimal",
    );
  });

  it("is worded in Russian", async () => {
    const ru = await libTranslator("ru");
    expect(ru.text(refusalOf(parseIndicatorValue("-1", SHARE)))).toBe("Введите значение не меньше 0 %");
    expect(ru.text(refusalOf(parseIndicatorValue("120", SHARE)))).toBe("Введите значение не больше 100 %");
    expect(ru.text(refusalOf(parseIndicatorValue("1,234.5", { ...SHARE, upperLimit: 1e6 }, "ru")))).toBe(
      "На этом языке записывайте число как 1\u00A0234,5",
    );
    expect(ru.text(refusalOf(parseIndicatorValue("x".repeat(10_001), { ...LEVELS, valueType: "TEXT" })))).toBe(
      "Текст должен быть короче 10000 символов",
    );
  });

  it("keeps its English word for word, limits unformatted", () => {
    expect(refusalOf(parseIndicatorValue("1", PERSONS)).english).toBe("Enter a value of at least 2.5 persons");
    expect(refusalOf(parseIndicatorValue("99999", { ...PERSONS, upperLimit: 12500 })).english).toBe(
      "Enter a value of at most 12500 persons",
    );
    expect(refusalOf(parseIndicatorValue("120", SHARE)).english).toBe("Enter a value of at most 100 %");
  });
});

describe("a refused step of the value workflow", () => {
  it("is worded in Romanian and Russian", async () => {
    const [ro, ru] = await Promise.all([libTranslator("ro"), libTranslator("ru")]);
    const closed = refusalOf(checkTransition("edit", "DRAFT", CLOSED));
    expect(ro.text(closed)).toBe("Ciclul de raportare 2025 este închis; valorile nu mai pot fi modificate");
    expect(ru.text(closed)).toBe("Отчётный цикл 2025 года закрыт; значения больше нельзя изменять");
    const submitted = refusalOf(checkTransition("edit", "SUBMITTED", OPEN));
    expect(ro.text(submitted)).toBe(
      "Această valoare este transmisă și așteaptă examinarea; ca să o modificați, cereți secretariatului să o returneze pentru corectare",
    );
    expect(ru.text(refusalOf(checkTransition("approve", "DRAFT", OPEN)))).toBe(
      "Это значение — черновик: учреждение ещё не представило его",
    );
    expect(ro.text(refusalOf(checkTransition("reopen", "SUBMITTED", OPEN)))).toBe("Numai valorile aprobate pot fi redeschise");
  });

  it("carries its English into an AppError for logs and clients without a language", () => {
    const error = new AppError("CONFLICT", refusalOf(checkTransition("reopen", "DRAFT", OPEN)));
    expect(error.message).toBe("Only approved values can be reopened");
    expect(error.text?.key).toBe("errors.onlyApprovedReopen");
  });
});

describe("a refused breakdown", () => {
  const SEX = { code: "SEX", name: "Sex", members: [{ code: "F", name: "Female" }] };

  it("is worded in Romanian when the indicator has no such dimension or member", async () => {
    const ro = await libTranslator("ro");
    expect(ro.text(refusalOf(resolveDisaggregation({ REGION: "N" }, [SEX], "I1")))).toBe(
      "Indicatorul I1 este dezagregat numai după SEX, nu după REGION",
    );
    expect(ro.text(refusalOf(resolveDisaggregation({ SEX: "X" }, [SEX], "I1")))).toBe("Sex nu are membrul „X”; folosiți unul dintre: F");
  });

  it("of the API's shape is worded in Russian, with the count agreeing", async () => {
    const ru = await libTranslator("ru");
    const tooMany = Object.fromEntries(Array.from({ length: 11 }, (_, index) => [`D${index}`, "A"]));
    let refused: unknown;
    try {
      parseOrThrow(disaggregationInputSchema, tooMany);
    } catch (error) {
      refused = error;
    }
    if (!(refused instanceof AppError)) throw new Error("expected a refusal");
    expect(refused.problems.map((problem) => problem.message)).toEqual(["A breakdown has at most 10 dimensions"]);
    expect(ru.error(refused).problems.map((problem) => problem.message)).toEqual(["В разбивке не больше 10 измерений"]);
  });
});

describe("the years to compare", () => {
  it("are refused in the page's language", async () => {
    const parsed = compareYearsSchema.safeParse(["2024"]);
    if (parsed.success) throw new Error("expected a refusal");
    const [problem] = (await libTranslator("ro")).problems([issueProblem(parsed.error.issues[0]!, {})]);
    expect(problem?.message).toBe("Alegeți cel puțin doi ani de comparat");
    expect(parsed.error.issues[0]?.message).toBe("Choose at least two years to compare");
  });
});
