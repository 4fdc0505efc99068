/** The matrix editor: new frameworks and new draft versions, one working version at a time. */
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createDraftVersion } from "@/lib/frameworks/editor/create-draft-version";
import { createFramework } from "@/lib/frameworks/editor/create-framework";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { catchAppError, createTestMember, createTestWorkspace, snapshotDatabase, uniqueCode } from "../fixtures/factories";
import { createEditorSetup, definitionOf, setVersionStatus } from "../fixtures/matrix-editor";
import { withoutAuditGuard } from "../setup/audit-guard";

describe("createFramework", () => {
  it("creates a blank framework with an empty draft version 1", async () => {
    const { workspaceId } = await createTestWorkspace();
    const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
    const code = uniqueCode("NEW");
    const { versionId } = await createFramework(secretariat, { code, name: "National matrix", start: "blank" });
    const version = await db.frameworkVersion.findUniqueOrThrow({ where: { id: versionId }, include: { areas: true, framework: true } });
    expect(version).toMatchObject({ number: 1, label: "1", status: "DRAFT", basedOnId: null });
    expect(version.framework).toMatchObject({ code, name: "National matrix", workspaceId });
    expect(version.areas).toHaveLength(0);
    expect(await db.auditEvent.count({ where: { action: "framework.created", entityId: version.frameworkId } })).toBe(1);
  });

  it("copies the current version of another framework, with new identities, and starts from the MGI template", async () => {
    const setup = await createEditorSetup();
    const copyCode = uniqueCode("COPY");
    const copy = await createFramework(setup.secretariat, { code: copyCode, name: "Copy", start: "copy", copyFrom: setup.frameworkCode });
    const copied = await definitionOf(setup.workspaceId, copy.versionId);
    const original = await definitionOf(setup.workspaceId, setup.approvedVersionId);
    expect(copied.areas).toEqual(original.areas);
    const copiedIdentities = await db.indicator.findMany({ where: { versionId: copy.versionId }, select: { identityId: true } });
    const originalIdentities = new Set(
      (await db.indicator.findMany({ where: { versionId: setup.approvedVersionId }, select: { identityId: true } })).map(
        (row) => row.identityId,
      ),
    );
    expect(copiedIdentities.some((row) => originalIdentities.has(row.identityId))).toBe(false);

    const mgi = await createFramework(setup.secretariat, { code: uniqueCode("MGI"), name: "Our MGI", start: "template", template: "MGI" });
    const fromTemplate = await definitionOf(setup.workspaceId, mgi.versionId);
    expect(fromTemplate.areas).toHaveLength(MGI_FRAMEWORK.areas.length);
    expect(fromTemplate.scoringMethod).toBe(MGI_FRAMEWORK.scoringMethod);
  });

  it("refuses a taken code, a missing source and a non-secretariat, at the field, changing nothing", async () => {
    const setup = await createEditorSetup();
    const before = await snapshotDatabase();
    const taken = await catchAppError(createFramework(setup.secretariat, { code: setup.frameworkCode, name: "Again", start: "blank" }));
    expect(taken.fieldErrors?.code?.[0]).toMatch(/taken/);
    const noSource = await catchAppError(createFramework(setup.secretariat, { code: uniqueCode("X"), name: "X", start: "copy" }));
    expect(noSource.fieldErrors?.copyFrom).toEqual(["Choose the framework to copy"]);
    const unknown = await catchAppError(
      createFramework(setup.secretariat, { code: uniqueCode("X"), name: "X", start: "copy", copyFrom: "NOPE" }),
    );
    expect(unknown.fieldErrors?.copyFrom?.[0]).toMatch(/no framework NOPE/);
    const badCode = await catchAppError(createFramework(setup.secretariat, { code: "has space", name: "X", start: "blank" }));
    expect(badCode.fieldErrors?.code?.[0]).toMatch(/letters, digits/);
    const viewer = await createTestMember(setup.workspaceId, "VIEWER");
    const snapshotWithViewer = await snapshotDatabase();
    expect((await catchAppError(createFramework(viewer, { code: uniqueCode("V"), name: "V", start: "blank" }))).code).toBe("FORBIDDEN");
    expect(await snapshotDatabase()).toEqual(snapshotWithViewer);
    expect(snapshotWithViewer.counts.Framework).toBe(before.counts.Framework);
  });
});

describe("createDraftVersion", () => {
  it("copies every area and indicator of the version in force, with the same identities and basedOn set", async () => {
    const setup = await createEditorSetup();
    const draft = await db.frameworkVersion.findUniqueOrThrow({ where: { id: setup.draftVersionId } });
    expect(draft).toMatchObject({ number: 2, label: "2.0", status: "DRAFT", basedOnId: setup.approvedVersionId });
    const approved = await definitionOf(setup.workspaceId, setup.approvedVersionId);
    expect((await definitionOf(setup.workspaceId, setup.draftVersionId)).areas).toEqual(approved.areas);
    const identities = async (versionId: string) =>
      (await db.indicator.findMany({ where: { versionId }, orderBy: { code: "asc" }, select: { code: true, identityId: true } })).map(
        (row) => `${row.code}=${row.identityId}`,
      );
    expect(await identities(setup.draftVersionId)).toEqual(await identities(setup.approvedVersionId));
    expect(await db.auditEvent.count({ where: { action: "framework-version.created", entityId: setup.draftVersionId } })).toBe(1);
  });

  it("refuses a second working version, a framework without an approved version and a taken label", async () => {
    const setup = await createEditorSetup();
    const before = await snapshotDatabase();
    const second = await catchAppError(createDraftVersion(setup.secretariat, { frameworkCode: setup.frameworkCode, label: "3.0" }));
    expect(second.code).toBe("CONFLICT");
    expect(second.message).toMatch(/one version is worked on at a time/);
    await setVersionStatus(setup.draftVersionId, "IN_CONSULTATION");
    const inConsultation = await catchAppError(createDraftVersion(setup.secretariat, { frameworkCode: setup.frameworkCode, label: "3.0" }));
    expect(inConsultation.message).toMatch(/in consultation/);
    await setVersionStatus(setup.draftVersionId, "DRAFT");
    expect(await snapshotDatabase()).toEqual(before);

    const blank = await createFramework(setup.secretariat, { code: uniqueCode("B"), name: "Blank", start: "blank" });
    const blankCode = (await db.framework.findFirstOrThrow({ where: { versions: { some: { id: blank.versionId } } } })).code;
    await setVersionStatus(blank.versionId, "SUPERSEDED");
    const noApproved = await catchAppError(createDraftVersion(setup.secretariat, { frameworkCode: blankCode, label: "2" }));
    expect(noApproved.message).toMatch(/no approved version/);

    const other = await createEditorSetup();
    await withoutAuditGuard(() => db.frameworkVersion.delete({ where: { id: other.draftVersionId } }));
    const label = await catchAppError(createDraftVersion(other.secretariat, { frameworkCode: other.frameworkCode, label: "1.0" }));
    expect(label.fieldErrors?.label?.[0]).toMatch(/Another version of this framework is labelled 1.0/);
    const missing = await catchAppError(createDraftVersion(other.secretariat, { frameworkCode: "NOPE", label: "9" }));
    expect(missing.code).toBe("NOT_FOUND");
  });
});
