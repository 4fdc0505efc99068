/** The matrix editor's areas: add, rename, move and reorder, delete when empty; drafts only. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createArea } from "@/lib/frameworks/editor/create-area";
import { deleteArea } from "@/lib/frameworks/editor/delete-area";
import { moveArea } from "@/lib/frameworks/editor/move-area";
import { renameArea } from "@/lib/frameworks/editor/rename-area";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { catchAppError, createTestMember, snapshotDatabase } from "../fixtures/factories";
import { areaOf, createEditorSetup, definitionOf } from "../fixtures/matrix-editor";

const topLevel = async (versionId: string) =>
  (await db.area.findMany({ where: { versionId, parentId: null }, orderBy: { position: "asc" } })).map((area) => area.code);

describe("areas of a draft", () => {
  it("adds a top-level area and a sub-area, renames it, and deletes it once empty", async () => {
    const setup = await createEditorSetup();
    const { areaId } = await createArea(setup.secretariat, {
      versionId: setup.draftVersionId,
      code: "A3",
      name: "Area three",
      position: 0,
    });
    expect(await topLevel(setup.draftVersionId)).toEqual(["A3", "A1", "A2"]);
    const child = await createArea(setup.secretariat, { versionId: setup.draftVersionId, parentId: areaId, code: "A3-S", name: "Sub" });
    expect(await db.area.findUniqueOrThrow({ where: { id: child.areaId } })).toMatchObject({ parentId: areaId, position: 0 });

    await renameArea(setup.secretariat, {
      areaId,
      name: "Diaspora engagement",
      description: "What the state does with its diaspora",
      nameTranslations: { ro: "Implicarea diasporei" },
    });
    expect(await db.area.findUniqueOrThrow({ where: { id: areaId } })).toMatchObject({
      code: "A3",
      name: "Diaspora engagement",
      description: "What the state does with its diaspora",
      nameTranslations: { ro: "Implicarea diasporei" },
    });

    const notEmpty = await catchAppError(deleteArea(setup.secretariat, { areaId }));
    expect(notEmpty.code).toBe("CONFLICT");
    expect(notEmpty.message).toMatch(/1 sub-area/);
    await deleteArea(setup.secretariat, { areaId: child.areaId });
    await deleteArea(setup.secretariat, { areaId });
    expect(await topLevel(setup.draftVersionId)).toEqual(["A1", "A2"]);
    for (const action of ["area.created", "area.updated", "area.deleted"] as const) {
      expect(await db.auditEvent.count({ where: { action, actorId: setup.secretariat.user.id } })).toBeGreaterThan(0);
    }
  });

  it("moves an area under another one and back, keeps the indicators in matrix order, and reorders siblings", async () => {
    const setup = await createEditorSetup();
    const a1 = await areaOf(setup.draftVersionId, "A1");
    const a2 = await areaOf(setup.draftVersionId, "A2");
    await moveArea(setup.secretariat, { areaId: a2.id, parentId: a1.id, position: 0 });
    const moved = await definitionOf(setup.workspaceId, setup.draftVersionId);
    expect(moved.areas.map((area) => area.code)).toEqual(["A1"]);
    expect(moved.areas[0]!.areas!.map((area) => area.code)).toEqual(["A2", "A1-S"]);
    const order = await db.indicator.findMany({ where: { versionId: setup.draftVersionId }, orderBy: { position: "asc" } });
    expect(order.map((indicator) => indicator.code)).toEqual(["A2.1", "A2.2", "A2.3", "A1.1", "A1.2", "A1.3"]);

    await moveArea(setup.secretariat, { areaId: a2.id, parentId: null, position: 0 });
    expect(await topLevel(setup.draftVersionId)).toEqual(["A2", "A1"]);
    expect(await db.auditEvent.count({ where: { action: "area.moved", entityId: a2.id } })).toBe(2);
  });

  it("refuses an area inside itself, a taken code and bad fields, at the field, changing nothing", async () => {
    const setup = await createEditorSetup();
    const a1 = await areaOf(setup.draftVersionId, "A1");
    const sub = await areaOf(setup.draftVersionId, "A1-S");
    const foreign = await createEditorSetup();
    const foreignArea = await areaOf(foreign.draftVersionId, "A1");
    const before = await snapshotDatabase();
    const self = await catchAppError(moveArea(setup.secretariat, { areaId: a1.id, parentId: a1.id, position: 0 }));
    expect(self.fieldErrors?.parentId?.[0]).toMatch(/cannot go inside itself/);
    const descendant = await catchAppError(moveArea(setup.secretariat, { areaId: a1.id, parentId: sub.id, position: 0 }));
    expect(descendant.fieldErrors?.parentId?.[0]).toMatch(/cannot go inside itself or one of its own sub-areas/);
    const taken = await catchAppError(createArea(setup.secretariat, { versionId: setup.draftVersionId, code: "A1-S", name: "Again" }));
    expect(taken.fieldErrors?.code?.[0]).toMatch(/Another area of this version has the code A1-S/);
    const blank = await catchAppError(renameArea(setup.secretariat, { areaId: a1.id, name: " " }));
    expect(blank.fieldErrors?.name).toEqual(["Enter a name"]);
    // The headline of a refused form is keyed: a Romanian or Russian page reads it in its language.
    expect(blank.message).toBe("Check the area");
    expect((await libTranslator("ro")).error(blank).message).toBe("Verificați domeniul");
    const wrongPlace = await catchAppError(moveArea(setup.secretariat, { areaId: a1.id, parentId: null, position: -1 }));
    expect((await libTranslator("ru")).error(wrongPlace).message).toBe("Проверьте, куда переносится область");
    const language = await catchAppError(renameArea(setup.secretariat, { areaId: a1.id, name: "A", nameTranslations: { Romanian: "x" } }));
    expect(Object.keys(language.fieldErrors ?? {})[0]).toMatch(/^nameTranslations/);
    const elsewhere = await catchAppError(renameArea(setup.secretariat, { areaId: foreignArea.id, name: "Mine" }));
    expect(elsewhere.code).toBe("NOT_FOUND");
    expect(await snapshotDatabase()).toEqual(before);
    expect((await areaOf(foreign.draftVersionId, "A1")).name).toBe("Area A1");
  });

  it("refuses every area change on an approved version and leaves it unchanged, and refuses other roles", async () => {
    const setup = await createEditorSetup();
    const approvedArea = await areaOf(setup.approvedVersionId, "A1");
    const approvedBefore = await definitionOf(setup.workspaceId, setup.approvedVersionId);
    const before = await snapshotDatabase();
    const attempts = [
      () => createArea(setup.secretariat, { versionId: setup.approvedVersionId, code: "NEW", name: "New" }),
      () => renameArea(setup.secretariat, { areaId: approvedArea.id, name: "Changed" }),
      () => moveArea(setup.secretariat, { areaId: approvedArea.id, parentId: null, position: 1 }),
      () => deleteArea(setup.secretariat, { areaId: approvedArea.id }),
    ];
    for (const attempt of attempts) {
      const error = await catchAppError(attempt);
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/is approved and can no longer change/);
    }
    expect(await snapshotDatabase()).toEqual(before);
    expect(await definitionOf(setup.workspaceId, setup.approvedVersionId)).toEqual(approvedBefore);

    const focal = await createTestMember(setup.workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    const draftArea = await areaOf(setup.draftVersionId, "A1");
    const refused = await catchAppError(renameArea(focal, { areaId: draftArea.id, name: "Mine" }));
    expect(refused.code).toBe("FORBIDDEN");
    expect((await areaOf(setup.draftVersionId, "A1")).name).toBe("Area A1");
  });
});
