/** The matrix editor's indicators: every field, checked at the field; codes, identities and retirement across versions. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createIndicator } from "@/lib/frameworks/editor/create-indicator";
import { moveIndicator } from "@/lib/frameworks/editor/move-indicator";
import { retireIndicator } from "@/lib/frameworks/editor/retire-indicator";
import { updateIndicator } from "@/lib/frameworks/editor/update-indicator";
import type { IndicatorDefinition } from "@/lib/frameworks/schemas";
import { IMPLEMENTATION_LEVELS } from "@/lib/frameworks/builtin/scales";
import { diffDefinitions } from "@/lib/matrix/diff-definitions";
import { readCodeMapping } from "@/lib/frameworks/editor/edit-code-mapping";
import { buildIndicator, catchAppError, createTestMember, createTestValues, snapshotDatabase } from "../fixtures/factories";
import { areaOf, createEditorSetup, definitionOf, indicatorOf } from "../fixtures/matrix-editor";

const FULL: IndicatorDefinition = {
  code: "A1.9",
  name: "Diaspora associations registered",
  nameTranslations: { ro: "Asociații ale diasporei înregistrate" },
  definition: "Associations in the register at 31 December",
  valueType: "NUMBER",
  unit: "associations",
  direction: "INCREASE",
  lowerLimit: 0,
  upperLimit: 10000,
  decimals: 0,
  baseline: { year: 2016, value: 210 },
  targets: [
    { year: 2020, value: 260 },
    { year: 2025, value: 320, isFinal: true },
  ],
  leadInstitution: "MFA",
  contributors: ["MLSP", "NBS"],
  dataSource: "Register of associations",
  verification: "Extract from the register",
  dimensions: ["SEX"],
  mappings: { mgiDomain: 3, sdgTargets: ["10.7", "17.18"], gcmObjectives: [19] },
};

describe("indicators of a draft", () => {
  it("adds an indicator with every field, which reads back the same, and places it in its area", async () => {
    const setup = await createEditorSetup();
    const area = await areaOf(setup.draftVersionId, "A1-S");
    const { indicatorId, identityId } = await createIndicator(setup.secretariat, { areaId: area.id, position: 1, indicator: FULL });
    expect(identityId).toBe(indicatorId);
    const definition = await definitionOf(setup.workspaceId, setup.draftVersionId);
    const sub = definition.areas[0]!.areas![0]!;
    expect(sub.indicators!.map((indicator) => indicator.code)).toEqual(["A1.1", "A1.9", "A1.2", "A1.3"]);
    expect(sub.indicators![1]).toEqual(FULL);
    expect(await db.auditEvent.count({ where: { action: "indicator.created", entityId: indicatorId } })).toBe(1);
  });

  it("changes every field; a new code keeps the identity, so the series continues, and is mapped as renamed", async () => {
    const setup = await createEditorSetup();
    const approved = await indicatorOf(setup.approvedVersionId, "A1.1");
    await createTestValues([{ indicatorId: approved.id, year: 2020, number: 150 }]);
    const draft = await indicatorOf(setup.draftVersionId, "A1.1");
    await updateIndicator(setup.secretariat, { indicatorId: draft.id, indicator: { ...FULL, code: "A1.1-NEW" } });

    const changed = await indicatorOf(setup.draftVersionId, "A1.1-NEW");
    expect(changed.id).toBe(draft.id);
    expect(changed.identityId).toBe(approved.identityId);
    const definition = await definitionOf(setup.workspaceId, setup.draftVersionId);
    expect(definition.areas[0]!.areas![0]!.indicators![0]).toEqual({ ...FULL, code: "A1.1-NEW" });
    const version = await db.frameworkVersion.findUniqueOrThrow({ where: { id: setup.draftVersionId } });
    expect(readCodeMapping(version.codeMapping)).toEqual([{ kind: "renamed", from: "A1.1", to: "A1.1-NEW" }]);
    const values = await db.indicatorValue.findMany({ where: { identityId: changed.identityId } });
    expect(values.map((value) => value.number)).toEqual([150]);
    const diff = diffDefinitions(
      await definitionOf(setup.workspaceId, setup.approvedVersionId),
      definition,
      readCodeMapping(version.codeMapping),
    );
    expect(diff.summary.indicators).toMatchObject({ renamed: 1, added: 0, removed: 0 });

    // Back to the old code: no mapping is left.
    await updateIndicator(setup.secretariat, { indicatorId: draft.id, indicator: { ...FULL, code: "A1.1" } });
    expect((await db.frameworkVersion.findUniqueOrThrow({ where: { id: setup.draftVersionId } })).codeMapping).toBeNull();
  });

  it("moves an indicator to another area and reorders within an area", async () => {
    const setup = await createEditorSetup();
    const target = await areaOf(setup.draftVersionId, "A2-S");
    const indicator = await indicatorOf(setup.draftVersionId, "A1.1");
    await moveIndicator(setup.secretariat, { indicatorId: indicator.id, areaId: target.id, position: 2 });
    const codes = (await db.indicator.findMany({ where: { versionId: setup.draftVersionId }, orderBy: { position: "asc" } })).map(
      (row) => row.code,
    );
    expect(codes).toEqual(["A1.2", "A1.3", "A2.1", "A2.2", "A1.1", "A2.3"]);
    await moveIndicator(setup.secretariat, { indicatorId: indicator.id, areaId: target.id, position: 0 });
    const again = (await db.indicator.findMany({ where: { versionId: setup.draftVersionId }, orderBy: { position: "asc" } })).map(
      (row) => row.code,
    );
    expect(again).toEqual(["A1.2", "A1.3", "A1.1", "A2.1", "A2.2", "A2.3"]);
    expect(await db.auditEvent.count({ where: { action: "indicator.moved", entityId: indicator.id } })).toBe(2);
  });

  it("retires an indicator: gone from the draft, identity and values kept, mapped as retired; adding its code again brings it back", async () => {
    const setup = await createEditorSetup();
    const approved = await indicatorOf(setup.approvedVersionId, "A1.2");
    await createTestValues([{ indicatorId: approved.id, year: 2021, number: 45 }]);
    const draft = await indicatorOf(setup.draftVersionId, "A1.2");
    expect(await retireIndicator(setup.secretariat, { indicatorId: draft.id, note: "No longer collected" })).toEqual({
      retiredFrom: "A1.2",
    });
    expect(await db.indicator.findUnique({ where: { id: draft.id } })).toBeNull();
    expect(await db.indicatorIdentity.findUnique({ where: { id: approved.identityId } })).not.toBeNull();
    expect(await db.indicatorValue.count({ where: { identityId: approved.identityId } })).toBe(1);
    const version = await db.frameworkVersion.findUniqueOrThrow({ where: { id: setup.draftVersionId } });
    expect(readCodeMapping(version.codeMapping)).toEqual([{ kind: "retired", from: "A1.2", note: "No longer collected" }]);
    expect(await db.auditEvent.count({ where: { action: "indicator.retired", entityId: draft.id } })).toBe(1);

    const area = await areaOf(setup.draftVersionId, "A1-S");
    const back = await createIndicator(setup.secretariat, { areaId: area.id, indicator: buildIndicator("A1.2", "PERCENTAGE") });
    expect(back.identityId).toBe(approved.identityId);
    expect((await db.frameworkVersion.findUniqueOrThrow({ where: { id: setup.draftVersionId } })).codeMapping).toBeNull();

    // An indicator new in the draft has no past: retiring it removes it with its identity.
    const fresh = await createIndicator(setup.secretariat, { areaId: area.id, indicator: buildIndicator("A1.50", "TEXT") });
    expect(await retireIndicator(setup.secretariat, { indicatorId: fresh.indicatorId })).toEqual({ retiredFrom: null });
    expect(await db.indicatorIdentity.findUnique({ where: { id: fresh.identityId } })).toBeNull();
  });

  it("refuses bad fields at the field: duplicate code, target on a narrative, level outside the scale, unknown references", async () => {
    const setup = await createEditorSetup();
    const area = await areaOf(setup.draftVersionId, "A1-S");
    const before = await snapshotDatabase();
    const refused = async (indicator: unknown) =>
      (await catchAppError(createIndicator(setup.secretariat, { areaId: area.id, indicator }))).fieldErrors ?? {};

    expect((await refused({ ...FULL, code: "A1.3" })).code?.[0]).toMatch(/Another indicator of this version has the code A1.3/);
    expect((await refused(buildIndicator("N.1", "TEXT", { targets: [{ year: 2025, value: 3 }] })))["targets.0.value"]?.[0]).toMatch(
      /Narrative indicators have no baseline or target value/,
    );
    const levels = await refused(
      buildIndicator("L.1", "LEVELS", { levels: IMPLEMENTATION_LEVELS, targets: [{ year: 2025, value: "perfect" }] }),
    );
    expect(levels["targets.0.value"]?.[0]).toMatch(/Use one of the indicator's levels/);
    const references = await refused({
      ...FULL,
      leadInstitution: "NOPE",
      contributors: ["MFA", "GHOST"],
      dimensions: ["SHOE_SIZE"],
      mappings: { sdgTargets: ["10.99"], gcmObjectives: [24] },
    });
    expect(references["mappings.gcmObjectives.0"]?.[0]).toBeDefined();
    const known = await refused({
      ...FULL,
      leadInstitution: "NOPE",
      contributors: ["MFA", "GHOST"],
      dimensions: ["SHOE_SIZE"],
      mappings: { sdgTargets: ["10.99"] },
    });
    expect(known).toEqual({
      leadInstitution: ["There is no institution NOPE in this workspace"],
      contributors: ["There is no institution GHOST in this workspace"],
      dimensions: ["There is no disaggregation dimension SHOE_SIZE in this workspace"],
      "mappings.sdgTargets": ["There is no SDG target 10.99; targets run like 10.7 or 8.a"],
    });
    expect((await refused({ ...FULL, mappings: { mgiDomain: 7 } }))["mappings.mgiDomain"]).toBeDefined();
    expect((await refused({ ...FULL, lowerLimit: 10, upperLimit: 5 })).upperLimit?.[0]).toMatch(/upper limit is below the lower limit/);
    const renameToTaken = await catchAppError(
      updateIndicator(setup.secretariat, {
        indicatorId: (await indicatorOf(setup.draftVersionId, "A1.1")).id,
        indicator: { ...FULL, code: "A2.1" },
      }),
    );
    expect(renameToTaken.fieldErrors?.code?.[0]).toMatch(/has the code A2.1/);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it("refuses every indicator change on an approved version, leaving it unchanged, and refuses other roles", async () => {
    const setup = await createEditorSetup();
    const approved = await indicatorOf(setup.approvedVersionId, "A1.1");
    const approvedArea = await areaOf(setup.approvedVersionId, "A1-S");
    const approvedBefore = await definitionOf(setup.workspaceId, setup.approvedVersionId);
    const before = await snapshotDatabase();
    for (const attempt of [
      () => createIndicator(setup.secretariat, { areaId: approvedArea.id, indicator: buildIndicator("X.1", "NUMBER") }),
      () => updateIndicator(setup.secretariat, { indicatorId: approved.id, indicator: FULL }),
      () => moveIndicator(setup.secretariat, { indicatorId: approved.id, areaId: approvedArea.id, position: 2 }),
      () => retireIndicator(setup.secretariat, { indicatorId: approved.id }),
    ]) {
      const error = await catchAppError(attempt);
      expect(error.code).toBe("CONFLICT");
      expect(error.message).toMatch(/is approved and can no longer change/);
    }
    expect(await snapshotDatabase()).toEqual(before);
    expect(await definitionOf(setup.workspaceId, setup.approvedVersionId)).toEqual(approvedBefore);

    const wg = await createTestMember(setup.workspaceId, "WORKING_GROUP");
    const draft = await indicatorOf(setup.draftVersionId, "A1.1");
    expect((await catchAppError(retireIndicator(wg, { indicatorId: draft.id }))).code).toBe("FORBIDDEN");
    expect(await db.indicator.findUnique({ where: { id: draft.id } })).not.toBeNull();
  });
});
