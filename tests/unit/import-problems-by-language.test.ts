import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { STANDARD_DIMENSIONS } from "@/lib/frameworks/builtin/dimensions";
import { readIndicatorForm } from "@/lib/frameworks/editor/indicator-form";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { parseOpenSdgData } from "@/lib/open-sdg/parse-open-sdg-data";
import { asProblem } from "@/lib/open-sdg/open-sdg-refusal";
import { parseSdmxMl } from "@/lib/open-sdg/parse-sdmx-ml";
import type { Problem } from "@/lib/problems/problem";
import { parseValuesFile } from "@/lib/uploads/parse-values-file";
import { TEMPLATE_COLUMNS } from "@/lib/uploads/template-columns";

/**
 * The refusals of the matrix editor, the Open SDG import and the values upload are worded in
 * the reader's language at the boundary (decision 035), at the same row and field.
 */
async function worded(locale: "ro" | "ru", problems: readonly Problem[]): Promise<Problem[]> {
  return (await libTranslator(locale)).problems(problems);
}

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("the matrix editor's indicator form", () => {
  const form = new FormData();
  form.set("code", "B.2");
  form.set("name", "Plan adopted");
  form.set("type", "colour");
  form.set("targets", "soon");

  const { problems } = readIndicatorForm(form, { institutions: [], dimensions: STANDARD_DIMENSIONS }) as { problems: Problem[] };

  it("refuses in English without a language", () => {
    expect(problems.find((problem) => problem.field === "type")?.message).toMatch(/^“colour” is not a value type; use one of NUMBER/);
  });

  it("words the refusal at the same field in Romanian and Russian", async () => {
    const ro = await worded("ro", problems);
    const ru = await worded("ru", problems);
    expect(ro.map((problem) => problem.field)).toEqual(problems.map((problem) => problem.field));
    expect(ro.find((problem) => problem.field === "type")?.message).toMatch(
      /^„colour” nu este un tip de valoare; folosiți unul dintre NUMBER/,
    );
    expect(ru.find((problem) => problem.field === "targets")?.message).toBe(
      "«soon» — не целевое значение; пишите год:значение, например 2025:40, а последнее завершите знаком *",
    );
  });
});

describe("an Open SDG data file", () => {
  const parsed = parseOpenSdgData("data/indicator_10-7-2.csv", "Year,Sex,Value\n2019-Q1,F,3\n2020,M,many\n");
  const problems = parsed.problems.map(asProblem);

  it("refuses each bad row in English without a language", () => {
    expect(problems).toEqual([
      { file: "data/indicator_10-7-2.csv", row: 2, field: "Year", message: '"2019-Q1" is a quarter; the tracker keeps yearly values only' },
      { file: "data/indicator_10-7-2.csv", row: 3, field: "Value", message: '"many" is not a number' },
    ]);
  });

  it("words them at the same file, row and column in Romanian and Russian", async () => {
    expect(await worded("ro", problems)).toEqual([
      {
        file: "data/indicator_10-7-2.csv",
        row: 2,
        field: "Year",
        message: "„2019-Q1” este un trimestru; aplicația păstrează doar valori anuale",
      },
      { file: "data/indicator_10-7-2.csv", row: 3, field: "Value", message: "„many” nu este un număr" },
    ]);
    const ru = await worded("ru", problems);
    expect(ru[0]?.message).toBe("«2019-Q1» — квартал; система хранит только годовые значения");
    expect(ru[1]).toMatchObject({ row: 3, field: "Value", message: "«many» — не число" });
  });
});

describe("an SDMX-ML observation", () => {
  const parsed = parseSdmxMl(
    "data/generic.xml",
    fs.readFileSync(path.join(import.meta.dirname, "../fixtures/sdmx-ml/generic.xml"), "utf8"),
  );
  const problems = (parsed.isSdmx ? parsed.parts.flatMap((part) => part.problems) : []).map(asProblem);

  it("is refused with its place and its problem, both worded in Romanian and Russian", async () => {
    expect(problems[0]).toMatchObject({ row: 7, field: "TIME_PERIOD" });
    expect(problems[0]?.message).toMatch(
      /^Observation 7 \(line \d+; .*INDICATOR=3_2_1.*\): ".+" is a quarter; the tracker keeps yearly values only$/,
    );
    const [ro] = await worded("ro", problems);
    const [ru] = await worded("ru", problems);
    expect(ro).toMatchObject({ row: 7, field: "TIME_PERIOD" });
    expect(ro?.message).toMatch(
      /^Observația 7 \(rândul \d+; .*INDICATOR=3_2_1.*\): „.+” este un trimestru; aplicația păstrează doar valori anuale$/,
    );
    expect(ru?.message).toMatch(/^Наблюдение 7 \(строка \d+; .*\): «.+» — квартал; система хранит только годовые значения$/);
  });
});

describe("an uploaded values file", () => {
  const csv = (lines: string[]) => new TextEncoder().encode([TEMPLATE_COLUMNS.join(","), ...lines].join("\r\n"));

  it("refuses a line with more cells than the header, worded in Romanian and Russian at the line", async () => {
    const error = await refusal(() =>
      parseValuesFile({ fileName: "values.csv", bytes: csv(["A1.1,,,,,,2025,4,,,", "A1.1,,,,,,2025,4,,,,stray"]) }),
    );
    expect(error.problems).toEqual([
      {
        row: 3,
        code: "unreadable",
        message: "This line has more cells than the header line has columns (11); check for a stray separator",
      },
    ]);
    const [ro] = await worded("ro", error.problems);
    const [ru] = await worded("ru", error.problems);
    expect(ro).toMatchObject({ row: 3, code: "unreadable" });
    expect(ro?.message).toBe(
      "Acest rând are mai multe celule decât coloanele rândului de antet (11); verificați dacă nu există un separator în plus",
    );
    expect(ru?.message).toBe("В этой строке больше ячеек, чем столбцов в строке заголовков (11); проверьте, нет ли лишнего разделителя");
  });

  it("words the header's refusals sentence by sentence", async () => {
    const header = TEMPLATE_COLUMNS.filter((column) => column !== "source");
    const error = await refusal(() =>
      parseValuesFile({ fileName: "values.csv", bytes: new TextEncoder().encode(`${header.join(",")}\r\nA1.1`) }),
    );
    expect(error.message).toBe('Missing column "source"');
    expect((await libTranslator("ro")).error(error).message).toBe('Lipsește coloana "source"');
  });
});

describe("a text of lib/ that quotes another", () => {
  it("words both in the reader's language", async () => {
    const text = libText("importProblems.sentences", {
      first: libText("importProblems.uploadColumnTwice", { column: "year" }),
      next: libText("importProblems.uploadFileEmpty"),
    });
    expect(text.english).toBe('Column "year" appears twice. The file is empty');
    expect((await libTranslator("fr")).text(text)).toBe("La colonne « year » apparaît deux fois. Le fichier est vide");
  });
});
