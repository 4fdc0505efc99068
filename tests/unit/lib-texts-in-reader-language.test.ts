/**
 * The last English texts of lib/ worded in the reader's language (issue 13, decision 057): the
 * matrix-changes annex in the report's language, the zip and upload refusals, the code mapping's
 * problems, the indicator definition's messages, the area form's translation lines and the
 * keyed texts a job keeps in its result. Without a language each stays its English.
 */
import { describe, expect, it } from "vitest";
import { indicatorDefinitionSchema } from "@/lib/frameworks/schemas";
import { readTranslationLines } from "@/lib/frameworks/editor/indicator-form";
import { libText } from "@/lib/i18n/lib-text";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { storedResultTexts, wordResultTexts } from "@/lib/jobs/job-result-texts";
import { diffDefinitions } from "@/lib/matrix/diff-definitions";
import { diffSentences } from "@/lib/matrix/diff-sentences";
import { requireValidCodeMapping } from "@/lib/matrix/require-valid-code-mapping";
import { keyedMessage, keyedReason } from "@/lib/problems/problem";
import { inspectZipArchive } from "@/lib/uploads/inspect-zip-archive";
import { readUploadRequest } from "@/lib/uploads/read-upload-request";
import { VALUES_WORKBOOK_LIMITS } from "@/lib/uploads/read-xlsx-table";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { catchAppError } from "../fixtures/factories";
import { baseMatrix, findArea, findIndicator, nextVersionOf, takeIndicator } from "../fixtures/matrix-versions";
import { renameEntry, zipBomb, zipOf } from "../fixtures/zip-bombs";

function refusal(run: () => unknown) {
  return catchAppError(async () => run());
}

describe("the matrix-changes annex", () => {
  const revised = () => {
    const before = baseMatrix();
    const after = nextVersionOf(before);
    findArea(after, "B").name = "International partnerships";
    findIndicator(after, "A.1").leadInstitution = "NBS";
    takeIndicator(after, "C.1");
    return diffDefinitions(before, after, [{ kind: "retired", from: "C.1" }]);
  };

  it("is written in the report's language: title, summary, headings, columns, field names and sentences", () => {
    const annex = diffSentences(revised(), "ro");
    expect(annex.title).toBe("Modificările de la versiunea 1 la versiunea 2 a cadrului Test matrix");
    expect(annex.heading).toBe(`Anexă: ${annex.title}`);
    expect(annex.summary).toEqual([
      "Această anexă compară TST versiunea 1 „2020” (Aprobată) cu TST versiunea 2 „2025 revision” (Proiect).",
      "Indicatori: modificați: 1, retrași: 1; nemodificați: 8.",
      "Domenii: redenumite: 1; nemodificate: 3.",
    ]);
    const [areas, a, c] = annex.sections;
    expect(areas!.heading).toBe("Domenii");
    expect(areas!.tables[0]!.columns).toEqual(["Domeniu", "Modificare", "Înainte", "După"]);
    expect(areas!.tables[0]!.rows[0]!.slice(1, 2)).toEqual(["Redenumit: Denumire"]);
    expect(a!.tables[0]!.columns).toEqual(["Câmp", "Înainte", "După"]);
    expect(a!.tables[0]!.rows.map((row) => row[0])).toEqual(["Instituția responsabilă"]);
    expect(c!.paragraphs[0]).toMatch(/^Retras: C\.1 .+; valorile sale rămân în istoric\.$/);
  });

  it("reads Russian, and English word for word without a language", () => {
    expect(diffSentences(revised(), "ru").summary[1]).toBe("Показатели: изменено: 1, исключено: 1; без изменений: 8.");
    const english = diffSentences(revised());
    expect(english.heading).toBe("Annex: Changes from version 1 to version 2 of Test matrix");
    expect(english.summary[1]).toBe("Indicators: 1 changed, 1 retired; 8 unchanged.");
    expect(english.sections[1]!.tables[0]!.rows.map((row) => row[0])).toEqual(["Lead institution"]);
  });
});

describe("upload refusals", () => {
  it("words the zip checks in the reader's language, the advice quoted in the same language", async () => {
    const error = await refusal(() => inspectZipArchive(zipBomb(60), VALUES_WORKBOOK_LIMITS));
    expect(error.message).toBe("The workbook unpacks to more than 50 MB; remove images and unused sheets, or split it into several files");
    expect((await libTranslator("ro")).error(error).message).toBe(
      "Registrul de calcul se despachetează în mai mult de 50 MB; eliminați imaginile și foile nefolosite sau împărțiți-l în mai multe fișiere",
    );
    const twice = await refusal(() =>
      inspectZipArchive(renameEntry(zipOf(["a.xml", "b.xml"]), "b.xml", "a.xml"), { ...VALUES_WORKBOOK_LIMITS, noun: "archive" }),
    );
    expect((await libTranslator("ru")).error(twice).message).toBe('Архив содержит файл "a.xml" дважды; он отклонён');
  });

  it("words what an upload request lacks", async () => {
    const request = new Request("http://localhost/upload", { method: "POST", headers: { "content-type": "text/plain" }, body: "x" });
    const error = await catchAppError(readUploadRequest(request));
    expect(error.message).toBe(
      'Send the file as multipart/form-data in the field "file", or as the request body with Content-Type text/csv or application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect((await libTranslator("ro")).error(error).message).toBe(
      "Trimiteți fișierul ca multipart/form-data în câmpul „file” sau drept corp al cererii cu Content-Type text/csv sau application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const large = new Request("http://localhost/upload", {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: "x".repeat(3000),
    });
    const tooLarge = await catchAppError(readUploadRequest(large, { maxBytes: 2048 }));
    expect(tooLarge.message).toBe("The file is larger than 2 KB; split it into several files");
    expect((await libTranslator("ru")).error(tooLarge).message).toBe("Файл больше 2 КБ; разделите его на несколько файлов");
  });

  it("words the code mapping's problems, each with its entry", async () => {
    const before = baseMatrix();
    const after = nextVersionOf(before);
    const error = await refusal(() => requireValidCodeMapping([{ kind: "renamed", from: "Z.9", to: "A.1" }], before, after));
    expect(error.problems.map((problem) => problem.message)).toContain("Entry 1: The old version has no indicator Z.9");
    const worded = (await libTranslator("ro")).error(error);
    expect(worded.problems.map((problem) => problem.message)).toContain("Intrarea 1: Versiunea veche nu are indicatorul Z.9");
  });
});

describe("the indicator definition's messages", () => {
  it("come out in the reader's language, at the same fields", async () => {
    const indicator = {
      code: "A 1",
      name: "Persons",
      valueType: "NUMBER",
      lowerLimit: 5,
      upperLimit: 1,
      targets: [{ year: 2030, value: "x" }],
    };
    const error = await refusal(() => parseOrThrow(indicatorDefinitionSchema, indicator));
    expect(error.problems.map((problem) => [problem.field, problem.message])).toEqual([
      ["code", "Use letters, digits, dot, dash or underscore"],
      ["upperLimit", "The upper limit is below the lower limit"],
      ["targets.0.value", "A quantitative indicator needs a number here"],
    ]);
    const worded = (await libTranslator("ro")).error(error);
    expect(worded.problems.map((problem) => [problem.field, problem.message])).toEqual([
      ["code", "Folosiți litere, cifre, punct, cratimă sau liniuță de subliniere"],
      ["upperLimit", "Limita superioară este sub limita inferioară"],
      ["targets.0.value", "Un indicator cantitativ are nevoie aici de un număr"],
    ]);
  });

  it("words the area form's translation lines", async () => {
    const { problems } = readTranslationLines("ro: Drepturi\nnot a line");
    expect(problems.map((problem) => problem.message)).toEqual([
      "“not a line” is not a translation; write one a line as language: name, e.g. ro: Numele",
    ]);
    expect((await libTranslator("ru")).problems(problems).map((problem) => problem.message)).toEqual([
      "«not a line» — не перевод; пишите по одному на строку в виде язык: название, например ro: Numele",
    ]);
  });
});

describe("the keyed texts of a job's result", () => {
  it("are stored beside their English and worded when the job is read", async () => {
    const report = {
      skipped: [keyedReason({ file: "data/demo_indicator.csv" }, libText("importProblems.importSkippedTemplateExample"))],
      warnings: [keyedMessage({ file: "meta/x.md" }, libText("importProblems.metaWithoutData", { slug: "x" }))],
      plain: [{ file: "a.csv", message: "Not keyed" }],
    };
    const stored = JSON.parse(JSON.stringify(storedResultTexts(report))) as typeof report;
    expect(stored.skipped[0]).toEqual({
      file: "data/demo_indicator.csv",
      reason: "The Open SDG template's example file, not an indicator",
      reasonText: { key: "importProblems.importSkippedTemplateExample" },
    });
    const romanian = wordResultTexts(stored, await libTranslator("ro")) as typeof report;
    expect(romanian.skipped[0]!.reason).toBe("Fișierul exemplu al șablonului Open SDG, nu un indicator");
    expect(romanian.warnings[0]!.message).not.toBe(report.warnings[0]!.message);
    expect(romanian.plain).toEqual([{ file: "a.csv", message: "Not keyed" }]);
    expect(wordResultTexts(stored, await libTranslator("en"))).toEqual(stored);
  });
});
