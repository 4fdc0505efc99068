/**
 * The structure cache (decision 048): a framework's structure is read once and answered from
 * the cache while a one-statement fingerprint stays the same. After every kind of write that
 * changes what the pages show (a draft's renamed indicator approved, an institution renamed, a
 * translation workbook imported, an area's description changed), the page loaders answer as
 * a fresh read does. Two workspaces never share an entry.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { countQueries, databaseProvider, db } from "@/lib/db";
import { renameArea } from "@/lib/frameworks/editor/rename-area";
import { updateIndicator } from "@/lib/frameworks/editor/update-indicator";
import { getFrameworkMatrix } from "@/lib/frameworks/get-framework-matrix";
import { getFrameworkStructure, type FrameworkStructure } from "@/lib/frameworks/get-framework-structure";
import { clearStructureCache } from "@/lib/frameworks/structure-cache";
import { approveVersion } from "@/lib/frameworks/versions/approve-version";
import { openConsultation } from "@/lib/frameworks/versions/open-consultation";
import { recordApprovalPosition } from "@/lib/frameworks/versions/record-approval-position";
import { validateVersion } from "@/lib/frameworks/versions/validate-version";
import { renameInstitution } from "@/lib/institutions/update-institution";
import { exportMatrixTranslations } from "@/lib/matrix-translations/export-matrix-translations";
import { importMatrixTranslations } from "@/lib/matrix-translations/import-matrix-translations";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { buildFrameworkDefinition, createTestFramework, createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";
import { areaOf, createEditorSetup, definitionOf, indicatorOf } from "../fixtures/matrix-editor";
import { createLifecycleMembers, isoDateInDays } from "../fixtures/version-lifecycle";

/** What a read without the cache gives now. */
async function freshStructure(access: AccessContext, code: string): Promise<FrameworkStructure> {
  clearStructureCache();
  return getFrameworkStructure(access, code);
}

const indicatorIn = (structure: FrameworkStructure, code: string) =>
  structure.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === code)!;

/** A framework whose only version is a draft: the draft is what its pages show. */
async function draftOnlyFramework() {
  const { workspaceId } = await createTestWorkspace();
  const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  const definition = buildFrameworkDefinition();
  definition.version = { label: "0.1", status: "DRAFT" };
  const framework = await createTestFramework(workspaceId, definition);
  return { workspaceId, secretariat, framework };
}

describe("the structure cache", () => {
  it("answers a repeated read with one statement and the same structure", async () => {
    const { secretariat, framework } = await draftOnlyFramework();
    clearStructureCache();
    const read = await countQueries(() => getFrameworkStructure(secretariat, framework.code));
    const cached = await countQueries(() => getFrameworkStructure(secretariat, framework.code));
    // The fingerprint's one statement; on SQLite none, the database being unchanged since (decision 061).
    expect(cached.queries).toBe(databaseProvider() === "sqlite" ? 0 : 1);
    expect(read.queries).toBeGreaterThan(cached.queries);
    expect(cached.result).toBe(read.result);
    expect(cached.result).toEqual(await freshStructure(secretariat, framework.code));
    // Shared by every later request, so nobody may change it.
    expect(() => cached.result.areas.pop()).toThrow(TypeError);
  });

  it("gives two workspaces with the same framework code their own structure", async () => {
    const code = uniqueCode("SAME");
    const readers: AccessContext[] = [];
    for (const name of ["First", "Second"]) {
      const { workspaceId } = await createTestWorkspace();
      const definition = buildFrameworkDefinition({ code });
      definition.name = `${name} framework`;
      definition.areas[0]!.name = `${name} area`;
      await createTestFramework(workspaceId, definition);
      readers.push(await createTestMember(workspaceId, "VIEWER"));
    }
    clearStructureCache();
    const [first, second] = [await getFrameworkStructure(readers[0]!, code), await getFrameworkStructure(readers[1]!, code)];
    expect([first.name, first.areas[0]!.name]).toEqual(["First framework", "First area"]);
    expect([second.name, second.areas[0]!.name]).toEqual(["Second framework", "Second area"]);
    expect(second.id).not.toBe(first.id);
    expect((await getFrameworkStructure(readers[0]!, code)).name).toBe("First framework");
  });

  it("shows an indicator renamed in a draft once the draft is approved, with its new levels and targets", async () => {
    const setup = await createEditorSetup(buildFrameworkDefinition());
    const members = await createLifecycleMembers(setup.workspaceId);
    const before = await getFrameworkMatrix(setup.secretariat, setup.frameworkCode);
    expect(indicatorIn(before, "A2.1").name).toBe("Indicator A2.1");

    const draft = await indicatorOf(setup.draftVersionId, "A2.1");
    const definition = (await definitionOf(setup.workspaceId, setup.draftVersionId)).areas[1]!.indicators![0]!;
    await updateIndicator(setup.secretariat, {
      indicatorId: draft.id,
      indicator: {
        ...definition,
        name: "Renamed in the draft",
        levels: definition.levels!.map((level) => (level.code === "none" ? { ...level, label: "Nothing yet" } : level)),
        targets: [{ year: 2030, value: "completed", isFinal: true }],
      },
    });
    // The draft is not what the pages show yet.
    expect(indicatorIn(await getFrameworkMatrix(setup.secretariat, setup.frameworkCode), "A2.1").name).toBe("Indicator A2.1");

    const versionId = setup.draftVersionId;
    await openConsultation(setup.secretariat, {
      versionId,
      deadline: isoDateInDays(30),
      institutionCodes: ["MLSP"],
      workingGroupUserIds: [members.workingGroup.user.id, members.wg2.user.id],
    });
    await validateVersion(setup.secretariat, { versionId });
    await recordApprovalPosition(members.workingGroup, { versionId, position: "AGREE" });
    await recordApprovalPosition(members.wg2, { versionId, position: "AGREE" });
    await approveVersion(setup.secretariat, {
      versionId,
      minutes: "Approved.",
      participantUserIds: [members.workingGroup.user.id, members.wg2.user.id],
    });

    const after = await getFrameworkMatrix(setup.secretariat, setup.frameworkCode);
    const renamed = indicatorIn(after, "A2.1");
    expect(after.version.id).toBe(versionId);
    expect(renamed.name).toBe("Renamed in the draft");
    expect(renamed.levels.find((level) => level.code === "none")!.label).toBe("Nothing yet");
    expect(renamed.targets).toEqual([{ year: 2030, number: null, levelCode: "completed", isFinal: true }]);
    const { view: _view, latestValues: _latest, years: _years, ...structure } = after;
    expect(structure).toEqual(await freshStructure(setup.secretariat, setup.frameworkCode));
  });

  it("shows an institution's new name as the lead of its indicators, on the matrix and progress pages", async () => {
    const { workspaceId, secretariat, framework } = await draftOnlyFramework();
    const admin = await createTestMember(workspaceId, "ADMIN");
    await getFrameworkMatrix(secretariat, framework.code);
    await getFrameworkProgress(secretariat, framework.code);
    const institution = await db.institution.findFirstOrThrow({ where: { workspaceId, code: "MLSP" } });

    await renameInstitution(admin, institution.id, { name: "Ministry of Labour, renamed" });

    const matrix = await getFrameworkMatrix(secretariat, framework.code);
    expect(indicatorIn(matrix, "A1.1").leadInstitution).toEqual({ code: "MLSP", name: "Ministry of Labour, renamed" });
    const progress = await getFrameworkProgress(secretariat, framework.code);
    expect(indicatorIn(progress.framework, "A1.1").leadInstitution!.name).toBe("Ministry of Labour, renamed");
    expect(progress.indicators.find((row) => row.indicator.code === "A1.1")!.indicator.leadInstitution!.name).toBe(
      "Ministry of Labour, renamed",
    );
  });

  it("shows the texts of an imported translation workbook", async () => {
    const { secretariat, framework } = await draftOnlyFramework();
    await getFrameworkMatrix(secretariat, framework.code);
    const exported = await exportMatrixTranslations(secretariat, { frameworkCode: framework.code, versionNumber: 1 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const romanian = header.indexOf("ro") + 1;
    sheet.eachRow((row) => {
      const key = (row.values as string[]).slice(1, 4).join(" ");
      if (key === "area A1 name") row.getCell(romanian).value = "Domeniul unu";
      if (key === "level A2.1/none label") row.getCell(romanian).value = "Neînceput";
    });
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const imported = await importMatrixTranslations(secretariat, {
      frameworkCode: framework.code,
      versionNumber: 1,
      file: { fileName: "translations.xlsx", bytes },
    });
    expect(imported.changed).toBe(2);

    const matrix = await getFrameworkMatrix(secretariat, framework.code);
    expect(matrix.areas.find((area) => area.code === "A1")!.nameTranslations).toEqual({ ro: "Domeniul unu" });
    expect(indicatorIn(matrix, "A2.1").levels.find((level) => level.code === "none")!.labelTranslations).toEqual({ ro: "Neînceput" });
  });

  it("shows an area's new description", async () => {
    const { secretariat, framework } = await draftOnlyFramework();
    const before = await getFrameworkMatrix(secretariat, framework.code);
    expect(before.areas[0]!.description).toBeNull();
    const area = await areaOf(framework.versionId, "A1");

    await renameArea(secretariat, { areaId: area.id, name: area.name, description: "Labour migration and its rights" });

    const after = await getFrameworkMatrix(secretariat, framework.code);
    expect(after.areas[0]!.description).toBe("Labour migration and its rights");
    expect(after.structureKey).not.toBe(before.structureKey);
  });

  it("sees a change stamped earlier than the newest row, as by a server whose clock is behind", async () => {
    const { workspaceId, secretariat, framework } = await draftOnlyFramework();
    const area = await areaOf(framework.versionId, "A2");
    const before = await getFrameworkMatrix(secretariat, framework.code);

    await runMutation(systemActor("test"), async (tx, audit) => {
      await tx.area.update({
        where: { id: area.id },
        data: { name: "Renamed late", updatedAt: new Date(area.updatedAt.getTime() - 60_000) },
      });
      await audit({ workspaceId, action: "area.updated", entityType: "Area", entityId: area.id });
    });

    const after = await getFrameworkMatrix(secretariat, framework.code);
    expect(after.areas.find((shown) => shown.code === "A2")!.name).toBe("Renamed late");
    expect(after.structureKey).not.toBe(before.structureKey);
  });
});
