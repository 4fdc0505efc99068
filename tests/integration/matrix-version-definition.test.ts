import { describe, expect, it } from "vitest";
import { countQueries } from "@/lib/db";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { DEMO_MATRIX } from "@/lib/demo/demo-matrix";
import { STANDARD_DIMENSIONS } from "@/lib/frameworks/builtin/dimensions";
import { withBuiltinDimensionTranslations } from "@/lib/frameworks/builtin/translations/with-builtin-translations";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import {
  frameworkDefinitionSchema,
  type AreaDefinition,
  type FrameworkDefinition,
  type ParsedFrameworkDefinition,
} from "@/lib/frameworks/schemas";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { readMatrixWorkbook } from "@/lib/matrix/read-matrix-workbook";
import { writeMatrixWorkbook } from "@/lib/matrix/write-matrix-workbook";
import { catchAppError, createTestFramework, createTestWorkspace } from "../fixtures/factories";
import { generatedMatrix, SMALL_REFERENCES, smallMatrix } from "../fixtures/matrix-workbooks";

/**
 * The definition as the database keeps it. The tables hold no order for contributors and
 * mappings, so they come back sorted; targets come back by year; installFramework gives a
 * percentage without a unit the unit "%".
 */
function asStored(definition: FrameworkDefinition): ParsedFrameworkDefinition {
  const parsed = frameworkDefinitionSchema.parse(definition);
  const goalThenTarget = (code: string) =>
    code
      .split(".")
      .map((part) => part.padStart(3, "0"))
      .join(".");
  const sortArea = (area: AreaDefinition): AreaDefinition => ({
    ...area,
    ...(area.areas ? { areas: area.areas.map(sortArea) } : {}),
    ...(area.indicators
      ? {
          indicators: area.indicators.map((indicator) => ({
            ...indicator,
            ...(indicator.valueType === "PERCENTAGE" && indicator.unit === undefined ? { unit: "%" } : {}),
            ...(indicator.targets ? { targets: [...indicator.targets].sort((a, b) => a.year - b.year) } : {}),
            ...(indicator.contributors ? { contributors: [...indicator.contributors].sort() } : {}),
            ...(indicator.mappings
              ? {
                  mappings: {
                    ...indicator.mappings,
                    ...(indicator.mappings.sdgTargets
                      ? { sdgTargets: [...indicator.mappings.sdgTargets].sort((a, b) => (goalThenTarget(a) < goalThenTarget(b) ? -1 : 1)) }
                      : {}),
                    ...(indicator.mappings.gcmObjectives
                      ? { gcmObjectives: [...indicator.mappings.gcmObjectives].sort((a, b) => a - b) }
                      : {}),
                  },
                }
              : {}),
          })),
        }
      : {}),
  });
  return { ...parsed, areas: parsed.areas.map(sortArea) };
}

async function installAndLoad(definition: FrameworkDefinition, institutions = DEMO_INSTITUTIONS) {
  const { workspaceId } = await createTestWorkspace({ institutions });
  const installed = await createTestFramework(workspaceId, definition);
  return { workspaceId, versionId: installed.versionId, ...(await loadVersionDefinition({ workspaceId, versionId: installed.versionId })) };
}

describe("loadVersionDefinition", () => {
  it.each([
    ["MGI", MGI_FRAMEWORK],
    ["SDG 10.7.2", SDG_10_7_2_FRAMEWORK],
    ["the demo DMD matrix", DEMO_MATRIX],
  ])("gives back the definition %s was installed from", async (_, definition) => {
    const loaded = await installAndLoad(definition);
    expect(frameworkDefinitionSchema.parse(loaded.definition)).toEqual(asStored(definition));
    expect(loaded.references).toEqual({
      institutions: [...DEMO_INSTITUTIONS].sort((a, b) => (a.code < b.code ? -1 : 1)),
      // A workspace starts with the standard dimensions, named in French and Spanish too.
      dimensions: withBuiltinDimensionTranslations(STANDARD_DIMENSIONS),
    });
  });

  it("keeps nesting, translations, odd level codes and every type, and an export of it imports identical", async () => {
    // 0.1 + 0.2 comes back from the SQLite adapter as 0.3 (the workbook keeps all its digits: unit test).
    const definition = smallMatrix();
    definition.areas[0]!.indicators![0]!.baseline = { year: 2016, value: 0.3 };
    const loaded = await installAndLoad(definition, SMALL_REFERENCES.institutions);
    expect(frameworkDefinitionSchema.parse(loaded.definition)).toEqual(asStored(definition));

    const workbook = await writeMatrixWorkbook(loaded.definition, loaded.references);
    expect(await readMatrixWorkbook(workbook, { references: loaded.references })).toEqual({
      ok: true,
      definition: frameworkDefinitionSchema.parse(loaded.definition),
    });
  });

  it("reads a version in the same number of queries whatever its size", async () => {
    const { workspaceId } = await createTestWorkspace({ institutions: SMALL_REFERENCES.institutions });
    const small = await createTestFramework(workspaceId, { ...generatedMatrix(10), code: "SMALL10" });
    const large = await createTestFramework(workspaceId, { ...generatedMatrix(500), code: "LARGE500" });
    const smallRun = await countQueries(() => loadVersionDefinition({ workspaceId, versionId: small.versionId }));
    const largeRun = await countQueries(() => loadVersionDefinition({ workspaceId, versionId: large.versionId }));
    expect(largeRun.result.definition.areas.flatMap((area) => area.indicators ?? [])).toHaveLength(500);
    expect(largeRun.queries).toBe(smallRun.queries);
    // One query per table read (nested relations included), none per indicator.
    expect(largeRun.queries).toBeLessThanOrEqual(15);
  });

  it("refuses a version of another workspace", async () => {
    const { versionId } = await installAndLoad(SDG_10_7_2_FRAMEWORK);
    const other = await createTestWorkspace();
    const error = await catchAppError(loadVersionDefinition({ workspaceId: other.workspaceId, versionId }));
    expect(error.code).toBe("NOT_FOUND");
  });
});
