/** Matrix text translations (decision 042): copied into new drafts, exported and imported with a translation workbook. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { exportMatrixTranslations } from "@/lib/matrix-translations/export-matrix-translations";
import { importMatrixTranslations } from "@/lib/matrix-translations/import-matrix-translations";
import { buildFrameworkDefinition, catchAppError, createTestMember, snapshotDatabase } from "../fixtures/factories";
import { createEditorSetup, definitionOf, type EditorSetup } from "../fixtures/matrix-editor";

/** The fixture matrix with a translation in every kind of translatable field. */
function translatedDefinition(): FrameworkDefinition {
  const definition = buildFrameworkDefinition({ nested: true });
  definition.nameTranslations = { ro: "Cadrul de test" };
  const area = definition.areas[0]!;
  area.description = "Labour migration";
  area.descriptionTranslations = { ru: "Трудовая миграция" };
  const sub = area.areas![0]!;
  const first = sub.indicators![0]!;
  Object.assign(first, {
    definition: "Number of agreements",
    definitionTranslations: { ro: "Numărul de acorduri" },
    unit: "agreements",
    unitTranslations: { fr: "accords" },
    dataSource: "Registry",
    dataSourceTranslations: { es: "Registro" },
    verification: "Copy of the agreement",
    verificationTranslations: { ro: "Copia acordului" },
    dimensions: ["SEX"],
  });
  const levels = definition.areas[1]!.areas![0]!.indicators![0]!;
  levels.levels = levels.levels!.map((level, index) => (index === 0 ? { ...level, labelTranslations: { ro: "Neînceput" } } : level));
  return definition;
}

type Cells = Record<string, string | null>;

/** The rows of a translation workbook, keyed "kind code field", as the language columns show them. */
async function rowsOf(bytes: Uint8Array): Promise<Map<string, Cells>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as (string | undefined)[]).slice(1) as string[];
  const rows = new Map<string, Cells>();
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const values = (row.values as (string | null | undefined)[]).slice(1);
    const cells = Object.fromEntries(header.map((name, index) => [name, values[index] ?? null]));
    rows.set(`${cells.kind} ${cells.code} ${cells.field}`, cells);
  });
  return rows;
}

/** An exported workbook changed by `edit`, as the bytes a translator would upload. */
async function edited(bytes: Uint8Array, edit: (sheet: ExcelJS.Worksheet, rowOf: (key: string) => ExcelJS.Row) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rowOf = (key: string) => {
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      const [kind, code, field] = (row.values as string[]).slice(1, 4);
      if (`${kind} ${code} ${field}` === key) found = row;
    });
    if (!found) throw new Error(`No row ${key}`);
    return found;
  };
  edit(sheet, rowOf);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const LANGUAGE_COLUMN = { en: 4, ro: 5, ru: 6, fr: 7, es: 8 } as const;

async function exported(setup: EditorSetup, versionNumber = 2) {
  return new Uint8Array((await exportMatrixTranslations(setup.secretariat, { frameworkCode: setup.frameworkCode, versionNumber })).bytes);
}

const importInto = (setup: EditorSetup, bytes: Uint8Array, versionNumber = 2) =>
  importMatrixTranslations(setup.secretariat, {
    frameworkCode: setup.frameworkCode,
    versionNumber,
    file: { fileName: "translations.xlsx", bytes },
  });

describe("matrix text translations", () => {
  it("copies every translation into a new draft version", async () => {
    const setup = await createEditorSetup(translatedDefinition());
    const draft = await definitionOf(setup.workspaceId, setup.draftVersionId);
    const approved = await definitionOf(setup.workspaceId, setup.approvedVersionId);
    expect(draft.areas).toEqual(approved.areas);
    const first = draft.areas[0]!.areas![0]!.indicators![0]!;
    expect(first).toMatchObject({
      definitionTranslations: { ro: "Numărul de acorduri" },
      unitTranslations: { fr: "accords" },
      dataSourceTranslations: { es: "Registro" },
      verificationTranslations: { ro: "Copia acordului" },
    });
    expect(draft.areas[0]!.descriptionTranslations).toEqual({ ru: "Трудовая миграция" });
    expect(draft.areas[1]!.areas![0]!.indicators![0]!.levels![0]!.labelTranslations).toEqual({ ro: "Neînceput" });
    expect(draft.nameTranslations).toEqual({ ro: "Cadrul de test" });
  });

  it("exports every text with its translations and imports the translator's changes back into the draft", async () => {
    const setup = await createEditorSetup(translatedDefinition());
    const rows = await rowsOf(await exported(setup));
    expect(rows.get("indicator A1.1 definition")).toMatchObject({ en: "Number of agreements", ro: "Numărul de acorduri", ru: null });
    expect(rows.get("level A2.1/none label")).toMatchObject({ ro: "Neînceput" });
    // The standard dimensions come with their Romanian names; a translator may still reword them.
    expect(rows.get("member SEX/F name")).toMatchObject({ en: expect.any(String), ro: "Femei" });

    const file = await edited(await exported(setup), (_sheet, rowOf) => {
      rowOf("indicator A1.1 definition").getCell(LANGUAGE_COLUMN.ru).value = "Количество соглашений";
      rowOf("indicator A1.1 unit").getCell(LANGUAGE_COLUMN.fr).value = null;
      rowOf("level A2.1/none label").getCell(LANGUAGE_COLUMN.es).value = "No iniciado";
      rowOf("member SEX/F name").getCell(LANGUAGE_COLUMN.ro).value = "Persoane de sex feminin";
      rowOf(`framework ${setup.frameworkCode} name`).getCell(LANGUAGE_COLUMN.fr).value = "Cadre de test";
    });
    expect(await importInto(setup, file)).toMatchObject({ changed: 5 });

    const indicator = await db.indicator.findUniqueOrThrow({
      where: { versionId_code: { versionId: setup.draftVersionId, code: "A1.1" } },
      include: { levels: true },
    });
    expect(indicator.definitionTranslations).toEqual({ ro: "Numărul de acorduri", ru: "Количество соглашений" });
    expect(indicator.unitTranslations).toBeNull();
    const level = await db.indicatorLevel.findFirstOrThrow({
      where: { code: "none", indicator: { versionId: setup.draftVersionId, code: "A2.1" } },
    });
    expect(level.labelTranslations).toEqual({ ro: "Neînceput", es: "No iniciado" });
    const member = await db.dimensionMember.findFirstOrThrow({
      where: { code: "F", dimension: { code: "SEX", workspaceId: setup.workspaceId } },
    });
    // The built-in French and Spanish names stay beside the imported Romanian one.
    expect(member.nameTranslations).toEqual({ fr: "Femmes", es: "Mujeres", ro: "Persoane de sex feminin", ru: "Женщины" });
    const framework = await db.framework.findFirstOrThrow({ where: { code: setup.frameworkCode, workspaceId: setup.workspaceId } });
    expect(framework.nameTranslations).toEqual({ ro: "Cadrul de test", fr: "Cadre de test" });
    // The approved version keeps its own definitions' translations.
    const approved = await db.indicator.findUniqueOrThrow({
      where: { versionId_code: { versionId: setup.approvedVersionId, code: "A1.1" } },
    });
    expect(approved.definitionTranslations).toEqual({ ro: "Numărul de acorduri" });
    expect(
      await db.auditEvent.count({ where: { action: "framework-version.translations-imported", entityId: setup.draftVersionId } }),
    ).toBe(1);

    // Round trip: the export now shows what was imported, and importing it again changes nothing.
    const again = await exported(setup);
    expect((await rowsOf(again)).get("indicator A1.1 definition")).toMatchObject({ ru: "Количество соглашений" });
    expect(await importInto(setup, again)).toMatchObject({ changed: 0 });
  });

  it("refuses unknown codes, unknown language columns and repeated rows at their rows, changing nothing", async () => {
    const setup = await createEditorSetup(translatedDefinition());
    const original = await exported(setup);
    const before = await snapshotDatabase();

    const unknownCode = await edited(original, (_sheet, rowOf) => {
      rowOf("indicator A1.1 definition").getCell(2).value = "Z9.9";
    });
    const codeError = await catchAppError(importInto(setup, unknownCode));
    expect(codeError.code).toBe("BAD_REQUEST");
    expect(codeError.problems).toEqual([expect.objectContaining({ field: "code", message: expect.stringMatching(/no indicator Z9.9/) })]);

    const unknownLanguage = await edited(original, (sheet) => {
      sheet.getRow(1).getCell(9).value = "de";
    });
    const languageError = await catchAppError(importInto(setup, unknownLanguage));
    expect(languageError.problems).toEqual([
      expect.objectContaining({ row: 1, field: "de", message: expect.stringMatching(/not a language/) }),
    ]);

    const duplicate = await edited(original, (sheet, rowOf) => {
      const row = rowOf("indicator A1.1 definition");
      sheet.addRow((row.values as unknown[]).slice(1));
    });
    const duplicateError = await catchAppError(importInto(setup, duplicate));
    expect(duplicateError.problems).toEqual([expect.objectContaining({ field: "code", message: expect.stringMatching(/repeats row/) })]);

    const mainChanged = await edited(original, (_sheet, rowOf) => {
      rowOf("indicator A1.1 definition").getCell(LANGUAGE_COLUMN.en).value = "Something else";
      rowOf("indicator A1.1 unit").getCell(LANGUAGE_COLUMN.ro).value = "acorduri";
    });
    expect((await catchAppError(importInto(setup, mainChanged))).problems).toEqual([
      expect.objectContaining({ field: "en", message: expect.stringMatching(/main text/) }),
    ]);

    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses a version that is not a draft and a person who may not edit the matrix, changing nothing", async () => {
    const setup = await createEditorSetup(translatedDefinition());
    const file = await exported(setup, 1);
    const before = await snapshotDatabase();
    const approved = await catchAppError(importInto(setup, file, 1));
    expect(approved.code).toBe("CONFLICT");
    expect(approved.message).toMatch(/not a draft/);
    expect(await snapshotDatabase()).toEqual(before);
    const viewer = await createTestMember(setup.workspaceId, "VIEWER");
    const viewerBefore = await snapshotDatabase();
    const forbidden = await catchAppError(
      importMatrixTranslations(viewer, { frameworkCode: setup.frameworkCode, versionNumber: 2, file: { fileName: "t.xlsx", bytes: file } }),
    );
    expect(forbidden.code).toBe("FORBIDDEN");
    expect(await snapshotDatabase()).toEqual(viewerBefore);
  });
});
