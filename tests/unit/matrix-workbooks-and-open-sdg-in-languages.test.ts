/**
 * The explanatory texts of the matrix workbooks (the template's and a version's "Read me" and
 * meanings, the translations file's "Read me") and the Open SDG and SDMX-ML refusals in the
 * reader's language (issue 13, decision 057). What imports read (sheet names, column codes)
 * stays as it is, and without a language every text stays its English.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { libText } from "@/lib/i18n/lib-text";
import { libTranslator } from "@/lib/i18n/lib-translator";
import type { MatrixReferences } from "@/lib/matrix/matrix-references";
import { writeMatrixTemplate } from "@/lib/matrix/write-matrix-template";
import { writeTranslationWorkbook } from "@/lib/matrix-translations/write-translation-workbook";
import { readOpenSdgFolder } from "@/lib/open-sdg/read-open-sdg-source";
import { parseSdmxMl } from "@/lib/open-sdg/parse-sdmx-ml";
import { catchAppError } from "../fixtures/factories";

const REFERENCES: MatrixReferences = { institutions: [{ code: "MFA", name: "Ministry of Foreign Affairs" }], dimensions: [] };

async function sheetsOf(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const rows = (name: string) =>
    workbook
      .getWorksheet(name)!
      .getSheetValues()
      .flatMap((row) => (Array.isArray(row) ? [row.slice(1)] : []));
  return { names: workbook.worksheets.map((sheet) => sheet.name), rows };
}

describe("the matrix template's explanations", () => {
  it("are Romanian in a Romanian template, with the sheet names and column codes the import reads", async () => {
    const { names, rows } = await sheetsOf(await writeMatrixTemplate(REFERENCES, "ro"));
    expect(names).toEqual(["Indicators", "Areas", "Framework", "Institutions", "Dimensions", "Value types", "Directions", "Read me"]);
    const [header, first] = rows("Read me");
    expect(header).toEqual(["foaie", "coloană", "obligatoriu", "semnificație", "exemplu"]);
    expect(first).toEqual([
      "Indicators",
      "code",
      "da",
      "Codul indicatorului, unic în matrice: litere, cifre, punct, cratimă sau linie de subliniere",
      "A1.01",
    ]);
    expect(rows("Read me").at(-1)?.[0]).toBe("Toate foile");
    expect(rows("Framework")[1]).toEqual(["code", undefined, "Codul cadrului de indicatori"]);
    expect(rows("Value types")).toContainEqual(["TEXT", "Narativ", "Un răspuns narativ; fără valoare de referință și fără ținte"]);
    expect(rows("Directions")).toContainEqual(["INCREASE", "Creștere"]);
  });

  it("are Russian in a Russian template, and English word for word without a language", async () => {
    const russian = await sheetsOf(await writeMatrixTemplate(REFERENCES, "ru"));
    expect(russian.rows("Read me")[1]![3]).toBe("Код показателя, уникальный в матрице: буквы, цифры, точка, дефис или подчёркивание");
    const english = await sheetsOf(await writeMatrixTemplate(REFERENCES));
    expect(english.rows("Read me")[0]).toEqual(["sheet", "column", "required", "meaning", "example"]);
    expect(english.rows("Read me")[1]![3]).toBe("Indicator code, unique in the matrix: letters, digits, dot, dash or underscore");
    expect(russian.rows("Directions")).toContainEqual(["DECREASE", "Снижение"]);
    expect(english.rows("Value types")).toContainEqual(["YES_NO", "Yes / no", expect.any(String)]);
    expect(english.rows("Read me").at(-1)![3]).toMatch(/A list item holding ; = \* or \\ needs a \\ before it\.$/);
  });
});

describe("the translations workbook's Read me", () => {
  const rows = [
    { kind: "indicator", code: "A1.01", field: "name", main: "Diaspora associations", translations: { ro: "Asociații" } },
  ] as const;

  it("is written in the chosen language, after the Translations sheet the import reads", async () => {
    const russian = await sheetsOf(await writeTranslationWorkbook([...rows], "DMD 2018", "ru"));
    expect(russian.names).toEqual(["Translations", "Инструкция"]);
    expect(russian.rows("Инструкция")[0]).toEqual(["Переводы текстов версии системы показателей."]);
    const english = await sheetsOf(await writeTranslationWorkbook([...rows], "DMD 2018"));
    expect(english.names).toEqual(["Translations", "Read me"]);
    expect(english.rows("Read me").at(-1)).toEqual([
      "Import the file into a draft version from its editor page. Rows you delete are left as they are.",
    ]);
  });
});

describe("Open SDG and SDMX-ML refusals", () => {
  it("word a missing folder and the import's conflicts in Romanian and Russian", async () => {
    const missing = await catchAppError(async () => readOpenSdgFolder("/no/such/open-sdg/folder"));
    expect(missing.message).toBe("No folder at /no/such/open-sdg/folder");
    const [ro, ru] = await Promise.all([libTranslator("ro"), libTranslator("ru")]);
    expect(ro.error(missing).message).toBe("Nu există niciun dosar la /no/such/open-sdg/folder");
    expect(ru.error(missing).message).toBe("Папка /no/such/open-sdg/folder не найдена");

    const entered = libText("errors.openSdgValuesEnteredMeanwhile", { count: 3 });
    expect(entered.english).toBe("3 values were entered while the import ran; nothing was imported. Run it again");
    expect(ro.text(entered)).toBe("3 valori au fost introduse în timpul importului; nu s-a importat nimic. Rulați-l din nou");
    expect(ru.text(libText("errors.openSdgValuesChangedMeanwhile", { count: 1 }))).toBe(
      "1 значение было изменено во время импорта; ничего не импортировано. Запустите его снова",
    );
  });

  it("word a component a structure-specific message does not explain in Russian", async () => {
    const message = `<message:StructureSpecificData xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"><message:DataSet><Series INDICATOR="1_1_1" HOUSEHOLD_TYPE="H1"><Obs TIME_PERIOD="2020" OBS_VALUE="4"/></Series></message:DataSet></message:StructureSpecificData>`;
    const parsed = parseSdmxMl("data/bad.xml", message);
    if (!parsed.isSdmx) throw new Error("not read as SDMX-ML");
    const problems = parsed.parts.flatMap((part) => part.problems);
    expect(problems[0]!.message).toContain("HOUSEHOLD_TYPE is not a dimension or attribute the import knows");
    const [worded] = (await libTranslator("ru")).problems(problems);
    expect(worded!.message).toMatch(/^Series в строке 1 \(.*INDICATOR=1_1_1.*\): HOUSEHOLD_TYPE — не известное импорту измерение/);
  });
});
