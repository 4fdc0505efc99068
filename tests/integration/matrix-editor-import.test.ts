/** Matrix files: export, import as a new draft or a new framework, the dry run, and the all-or-nothing rule. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportMatrixTemplate } from "@/lib/frameworks/editor/export-matrix-template";
import { exportMatrixVersion } from "@/lib/frameworks/editor/export-matrix-version";
import { importMatrixFile } from "@/lib/frameworks/editor/import-matrix-file";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { readCodeMapping } from "@/lib/frameworks/editor/edit-code-mapping";
import {
  buildFrameworkDefinition,
  buildIndicator,
  catchAppError,
  createTestFramework,
  createTestMember,
  createTestWorkspace,
  snapshotDatabase,
  uniqueCode,
} from "../fixtures/factories";
import { definitionOf } from "../fixtures/matrix-editor";

function richDefinition(): FrameworkDefinition {
  const definition = buildFrameworkDefinition({ nested: true });
  definition.areas[0]!.nameTranslations = { ro: "Domeniul unu" };
  definition.areas[0]!.description = "First area";
  definition.areas[1]!.areas![0]!.indicators!.push(
    buildIndicator("A2.9", "NUMBER", {
      nameTranslations: { ro: "Indicator nouă" },
      definition: "Counted; at year end = 31 December",
      contributors: ["MFA", "NBS"],
      dimensions: ["SEX", "AGE_GROUP"],
      mappings: { mgiDomain: 2, sdgTargets: ["10.7", "8.8"], gcmObjectives: [1, 23] },
      dataSource: "Register",
      verification: "Extract",
      decimals: 1,
    }),
  );
  return definition;
}

async function approvedFramework() {
  const { workspaceId } = await createTestWorkspace();
  const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  const framework = await createTestFramework(workspaceId, richDefinition());
  return { workspaceId, secretariat, framework };
}

const withoutVersion = ({ version: _version, ...rest }: FrameworkDefinition) => rest;

describe("matrix files", () => {
  it("exports a version and imports it back as a new draft that is the identical version, identities continued", async () => {
    const { workspaceId, secretariat, framework } = await approvedFramework();
    const file = await exportMatrixVersion(secretariat, { frameworkCode: framework.code, versionNumber: 1 });
    expect(file.fileName).toBe(`${framework.code}-v1-1.0.xlsx`);
    const upload = { fileName: file.fileName, bytes: new Uint8Array(file.bytes) };

    const before = await snapshotDatabase();
    const dryRun = await importMatrixFile(secretariat, {
      file: upload,
      mode: "new-draft",
      frameworkCode: framework.code,
      label: "2.0",
      dryRun: true,
    });
    expect(dryRun.status).toBe("checked");
    if (dryRun.status !== "checked") return;
    expect(dryRun.diff.summary.isEmpty).toBe(true);
    expect(dryRun.counts).toEqual({ areas: 4, indicators: 7 });
    expect(dryRun.target).toEqual({ frameworkCode: framework.code, versionNumber: 2, versionLabel: "2.0", isNewFramework: false });
    expect(await snapshotDatabase()).toEqual(before);

    const imported = await importMatrixFile(secretariat, {
      file: upload,
      mode: "new-draft",
      frameworkCode: framework.code,
      label: "2.0",
      dryRun: false,
    });
    if (imported.status !== "imported") throw new Error(`Expected an import, got ${imported.status}`);
    const original = await definitionOf(workspaceId, framework.versionId);
    const copy = await definitionOf(workspaceId, imported.versionId);
    expect(withoutVersion(copy)).toEqual(withoutVersion(original));
    expect(copy.version).toMatchObject({ number: 2, label: "2.0", status: "DRAFT" });
    const identities = async (versionId: string) =>
      (await db.indicator.findMany({ where: { versionId }, orderBy: { code: "asc" }, select: { code: true, identityId: true } })).map(
        (row) => `${row.code}=${row.identityId}`,
      );
    expect(await identities(imported.versionId)).toEqual(await identities(framework.versionId));
    expect(await db.frameworkVersion.findUniqueOrThrow({ where: { id: imported.versionId } })).toMatchObject({
      basedOnId: framework.versionId,
      codeMapping: null,
    });
    expect(await db.auditEvent.count({ where: { action: "framework-version.imported", entityId: imported.versionId } })).toBe(1);
  });

  it("shows what changed in the dry run, records left-out indicators as retired, and imports as a new framework", async () => {
    const { workspaceId, secretariat, framework } = await approvedFramework();
    const file = await exportMatrixVersion(secretariat, { frameworkCode: framework.code, versionNumber: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Indicators")!;
    const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
    const nameColumn = header.indexOf("name");
    sheet.getRow(2).getCell(nameColumn).value = "A clearer name";
    sheet.spliceRows(3, 1);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const dryRun = await importMatrixFile(secretariat, {
      file: { fileName: "edited.xlsx", bytes },
      mode: "new-draft",
      frameworkCode: framework.code,
      label: "2.0",
      dryRun: true,
    });
    if (dryRun.status !== "checked") throw new Error(`Expected a dry run, got ${dryRun.status}`);
    expect(dryRun.diff.summary.indicators).toMatchObject({ changed: 1, retired: 1, added: 0 });

    const imported = await importMatrixFile(secretariat, {
      file: { fileName: "edited.xlsx", bytes },
      mode: "new-draft",
      frameworkCode: framework.code,
      label: "2.0",
      dryRun: false,
    });
    if (imported.status !== "imported") throw new Error("Expected an import");
    const mapping = readCodeMapping((await db.frameworkVersion.findUniqueOrThrow({ where: { id: imported.versionId } })).codeMapping);
    expect(mapping).toEqual([{ kind: "retired", from: "A1.2" }]);
    const again = await catchAppError(
      importMatrixFile(secretariat, {
        file: { fileName: "edited.xlsx", bytes },
        mode: "new-draft",
        frameworkCode: framework.code,
        label: "3.0",
        dryRun: true,
      }),
    );
    expect(again.message).toMatch(/one version is worked on at a time/);

    const code = uniqueCode("IMP");
    const asNew = await importMatrixFile(secretariat, {
      file: { fileName: file.fileName, bytes: new Uint8Array(file.bytes) },
      mode: "new-framework",
      code,
      name: "Imported matrix",
      dryRun: false,
    });
    if (asNew.status !== "imported") throw new Error("Expected an import");
    expect(asNew.target).toMatchObject({ frameworkCode: code, versionNumber: 1, isNewFramework: true });
    const created = await definitionOf(workspaceId, asNew.versionId);
    expect(created.areas).toEqual((await definitionOf(workspaceId, framework.versionId)).areas);
    expect(created).toMatchObject({ code, name: "Imported matrix", version: { status: "DRAFT", number: 1 } });
    const taken = await catchAppError(
      importMatrixFile(secretariat, {
        file: { fileName: file.fileName, bytes: new Uint8Array(file.bytes) },
        mode: "new-framework",
        code,
        dryRun: true,
      }),
    );
    expect(taken.fieldErrors?.code?.[0]).toMatch(/taken/);
  });

  it("refuses a file with problems by sheet, row and column and changes nothing, even when not a dry run", async () => {
    const { secretariat, framework } = await approvedFramework();
    const file = await exportMatrixVersion(secretariat, { frameworkCode: framework.code, versionNumber: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Indicators")!;
    const header = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
    sheet.getRow(3).getCell(header.indexOf("type")).value = "BOGUS";
    sheet.getRow(4).getCell(header.indexOf("lead_institution")).value = "GHOST";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());

    const before = await snapshotDatabase();
    const result = await importMatrixFile(secretariat, {
      file: { fileName: "bad.xlsx", bytes },
      mode: "new-draft",
      frameworkCode: framework.code,
      dryRun: false,
    });
    expect(result.status).toBe("problems");
    if (result.status !== "problems") return;
    expect(result.problems.map(({ sheet: name, row, field: column }) => ({ name, row, column }))).toEqual([
      { name: "Indicators", row: 3, column: "type" },
      { name: "Indicators", row: 4, column: "lead_institution" },
    ]);
    const empty = await importMatrixFile(secretariat, {
      file: { fileName: "empty.xlsx", bytes: new Uint8Array() },
      mode: "new-draft",
      frameworkCode: framework.code,
      dryRun: false,
    });
    expect(empty.status).toBe("problems");
    expect(await snapshotDatabase()).toEqual(before);

    const viewer = await createTestMember((await db.framework.findFirstOrThrow({ where: { code: framework.code } })).workspaceId, "VIEWER");
    expect((await catchAppError(exportMatrixVersion(viewer, { frameworkCode: framework.code, versionNumber: 1 }))).code).toBe("FORBIDDEN");
    const missing = await catchAppError(
      importMatrixFile(secretariat, { file: { fileName: "x.xlsx", bytes }, mode: "new-draft", dryRun: true }),
    );
    expect(missing.fieldErrors?.frameworkCode).toEqual(["Choose the framework the draft belongs to"]);
  });

  it("offers a blank template that names the workspace's institutions", async () => {
    const { secretariat } = await approvedFramework();
    const template = await exportMatrixTemplate(secretariat);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Indicators")!.rowCount).toBe(1);
    const institutions = workbook.getWorksheet("Institutions")!;
    const codes = institutions.getColumn(1).values.slice(2).map(String);
    expect(codes).toEqual(["MFA", "MLSP", "NBS"]);
  });
});
