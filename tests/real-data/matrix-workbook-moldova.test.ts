/**
 * A matrix of real size and real texts: the framework definition an import of Moldova's Open
 * SDG data set (../shared/fixtures/open-sdg-moldova, or the folder in OPEN_SDG_FIXTURE) would
 * create, with its Romanian names and disaggregation dimensions, written to XLSX and read back
 * identical. `npm run test:real-data`; not part of `npm test`.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { frameworkDefinitionSchema, type AreaDefinition } from "@/lib/frameworks/schemas";
import type { MatrixReferences } from "@/lib/matrix/matrix-references";
import { readMatrixWorkbook } from "@/lib/matrix/read-matrix-workbook";
import { writeMatrixWorkbook } from "@/lib/matrix/write-matrix-workbook";
import { definitionOf } from "@/lib/open-sdg/open-sdg-framework-definition";
import { parseOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import { planOpenSdgImport } from "@/lib/open-sdg/plan-open-sdg-import";
import { readOpenSdgFolder } from "@/lib/open-sdg/read-open-sdg-source";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { exportMatrixVersion } from "@/lib/frameworks/editor/export-matrix-version";
import { importMatrixFile } from "@/lib/frameworks/editor/import-matrix-file";
import { db } from "@/lib/db";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { loadOpenSdgState } from "@/lib/open-sdg/load-open-sdg-state";
import { createTestMembers, createTestWorkspace } from "../fixtures/factories";

const REPOSITORY = path.resolve(import.meta.dirname, "../..");
const FOLDER = path.resolve(REPOSITORY, process.env.OPEN_SDG_FIXTURE ?? "../shared/fixtures/open-sdg-moldova");
const PARAMS = { frameworkCode: "SDG-MD", frameworkName: "Moldova SDG indicators", sourceName: "open-sdg-moldova", dryRun: true };

const countIndicators = (areas: AreaDefinition[]): number =>
  areas.reduce((sum, area) => sum + (area.indicators?.length ?? 0) + countIndicators(area.areas ?? []), 0);

describe("the matrix workbook of Moldova's Open SDG indicators", () => {
  it("writes 400+ indicators with their Romanian names to XLSX and reads them back identical", async () => {
    const parsed = await parseOpenSdgSource(readOpenSdgFolder(FOLDER));
    const plan = planOpenSdgImport(parsed, { dimensions: [], framework: null }, PARAMS);
    const definition = definitionOf(PARAMS.frameworkCode, plan);
    const references: MatrixReferences = {
      institutions: [],
      dimensions: plan.dimensions.create.map((dimension) => ({
        code: dimension.code,
        name: dimension.name,
        members: plan.dimensions.createMembers
          .filter((member) => member.dimensionId === dimension.id)
          .map(({ code, name }) => ({ code, name })),
      })),
    };
    expect(countIndicators(definition.areas)).toBeGreaterThanOrEqual(400);

    const started = performance.now();
    const bytes = await writeMatrixWorkbook(definition, references);
    const written = performance.now();
    const result = await readMatrixWorkbook(bytes, { references });
    const read = performance.now();
    console.info(
      `Moldova matrix, ${countIndicators(definition.areas)} indicators, ${references.dimensions.length} dimensions: ` +
        `write ${Math.round(written - started)} ms, read ${Math.round(read - written)} ms, ${Math.round(bytes.byteLength / 1024)} KB`,
    );
    if (!result.ok) expect(result.problems.slice(0, 10)).toEqual([]);
    expect(result).toEqual({ ok: true, definition: frameworkDefinitionSchema.parse(definition) });
  });
});

describe("Moldova's matrix through the database", () => {
  it("imports as a new framework from its workbook and exports back to the same matrix", async () => {
    const { workspaceId } = await createTestWorkspace();
    const secretariat = (await createTestMembers(workspaceId)).SECRETARIAT;
    const parsed = await parseOpenSdgSource(readOpenSdgFolder(FOLDER));
    // Planned against the workspace's own catalogue of dimensions (sex, age...), as an import is.
    const plan = planOpenSdgImport(parsed, await loadOpenSdgState(db, workspaceId, PARAMS.frameworkCode), PARAMS);
    const definition = definitionOf(PARAMS.frameworkCode, plan);
    // The workspace's disaggregation catalogue, as the Open SDG import would have made it.
    await runMutation(systemActor("test"), async (tx, audit) => {
      await tx.dimension.createMany({ data: plan.dimensions.create.map((dimension) => ({ ...dimension, workspaceId })) });
      await tx.dimensionMember.createMany({ data: plan.dimensions.createMembers });
      await audit({ workspaceId, action: "framework.imported", entityType: "Workspace", entityId: workspaceId });
    });
    const bytes = await writeMatrixWorkbook(definition, { institutions: [], dimensions: [] });

    const started = performance.now();
    const imported = await importMatrixFile(secretariat, {
      file: { fileName: "moldova-matrix.xlsx", bytes: new Uint8Array(bytes) },
      mode: "new-framework",
      dryRun: false,
    });
    console.info(`Moldova matrix imported into the database in ${Math.round(performance.now() - started)} ms`);
    expect(imported.status).toBe("imported");
    if (imported.status !== "imported") return;
    expect(imported.counts.indicators).toBeGreaterThanOrEqual(400);

    const exported = await exportMatrixVersion(secretariat, { frameworkCode: PARAMS.frameworkCode, versionNumber: 1 });
    const { references } = await loadVersionDefinition({ workspaceId, versionId: imported.versionId });
    const again = await readMatrixWorkbook(exported.bytes, { references });
    if (!again.ok) expect(again.problems.slice(0, 10)).toEqual([]);
    if (!again.ok) return;
    expect(again.definition.areas).toEqual(frameworkDefinitionSchema.parse(definition).areas);
  });
});
