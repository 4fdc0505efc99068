/** The editor's read model loads in a fixed number of queries, whatever the matrix's size. */
import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db";
import { getDraftEditor } from "@/lib/frameworks/editor/get-draft-editor";
import { buildFrameworkDefinition, catchAppError, createTestMember } from "../fixtures/factories";
import { createEditorSetup } from "../fixtures/matrix-editor";

describe("getDraftEditor", () => {
  it("reads a 65- and a 500-indicator draft in the same few queries, with every area and indicator", async () => {
    const small = await createEditorSetup(buildFrameworkDefinition({ areas: 5, indicatorsPerArea: 13, nested: true }));
    const large = await createEditorSetup(buildFrameworkDefinition({ areas: 10, indicatorsPerArea: 50, nested: true }));
    const read = (setup: typeof small) =>
      countQueries(() => getDraftEditor(setup.secretariat, { frameworkCode: setup.frameworkCode, versionNumber: 2 }));
    const smallRun = await read(small);
    const largeRun = await read(large);
    expect(smallRun.result.indicatorCount).toBe(65);
    expect(largeRun.result.indicatorCount).toBe(500);
    expect(largeRun.result.areaList).toHaveLength(20);
    expect(largeRun.result.areas[9]!.areas[0]!.indicators[49]!.definition.code).toBe("A10.50");
    expect(largeRun.result.version).toMatchObject({
      status: "DRAFT",
      isEditable: true,
      label: "2.0",
      basedOn: { number: 1, label: "1.0" },
    });
    expect(largeRun.queries).toBe(smallRun.queries);
    expect(largeRun.queries).toBeLessThanOrEqual(24);
  });

  it("shows an approved version read-only, and only to the secretariat", async () => {
    const setup = await createEditorSetup();
    const approved = await getDraftEditor(setup.secretariat, { frameworkCode: setup.frameworkCode, versionNumber: 1 });
    expect(approved.version).toMatchObject({ status: "APPROVED", isEditable: false, basedOn: null });
    const viewer = await createTestMember(setup.workspaceId, "VIEWER");
    expect((await catchAppError(getDraftEditor(viewer, { frameworkCode: setup.frameworkCode, versionNumber: 2 }))).code).toBe("FORBIDDEN");
    expect((await catchAppError(getDraftEditor(setup.secretariat, { frameworkCode: setup.frameworkCode, versionNumber: 9 }))).code).toBe(
      "NOT_FOUND",
    );
  });
});
