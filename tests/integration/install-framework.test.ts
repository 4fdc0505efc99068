import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { systemActor } from "@/lib/audit/audit-actions";
import { AppError } from "@/lib/errors";
import { installFramework } from "@/lib/frameworks/install-framework";
import { buildFrameworkDefinition, buildIndicator, createTestFramework, createTestWorkspace } from "../fixtures/factories";

async function rowCounts() {
  const [frameworks, areas, indicators, levels, targets, mappings, audit] = await Promise.all([
    db.framework.count(),
    db.area.count(),
    db.indicator.count(),
    db.indicatorLevel.count(),
    db.indicatorTarget.count(),
    db.indicatorMapping.count(),
    db.auditEvent.count(),
  ]);
  return { frameworks, areas, indicators, levels, targets, mappings, audit };
}

describe("installFramework", () => {
  it("creates the version, nested areas and indicators with levels, targets, contributors, dimensions and mappings", async () => {
    const { workspaceId } = await createTestWorkspace();
    const definition = buildFrameworkDefinition({ areas: 2, indicatorsPerArea: 5, nested: true });
    const first = definition.areas[0]!.areas![0]!.indicators!;
    first[0] = buildIndicator("A1.1", "NUMBER", {
      contributors: ["MFA", "NBS"],
      dimensions: ["SEX", "AGE_GROUP"],
      mappings: { mgiDomain: 4, sdgTargets: ["10.7", "8.8"], gcmObjectives: [6, 18] },
    });
    const installed = await createTestFramework(workspaceId, definition);

    const version = await db.frameworkVersion.findUniqueOrThrow({ where: { id: installed.versionId }, include: { areas: true } });
    expect(version).toMatchObject({ number: 1, label: "1.0", status: "APPROVED" });
    expect(version.areas).toHaveLength(4);
    const subArea = version.areas.find((area) => area.code === "A1-S")!;
    expect(version.areas.find((area) => area.id === subArea.parentId)?.code).toBe("A1");

    const indicator = await db.indicator.findUniqueOrThrow({
      where: { id: installed.indicatorIds.get("A1.1") },
      include: {
        targets: true,
        contributors: { include: { institution: true } },
        dimensions: { include: { dimension: true } },
        mappings: true,
        leadInstitution: true,
      },
    });
    expect(indicator).toMatchObject({ valueType: "NUMBER", unit: "persons", baselineYear: 2016, baselineNumber: 100, lowerLimit: 0 });
    expect(indicator.leadInstitution?.code).toBe("MLSP");
    expect(indicator.targets).toMatchObject([{ year: 2025, number: 200, isFinal: true }]);
    expect(indicator.contributors.map((entry) => entry.institution.code).sort()).toEqual(["MFA", "NBS"]);
    expect(indicator.dimensions.map((entry) => entry.dimension.code).sort()).toEqual(["AGE_GROUP", "SEX"]);
    expect(indicator.mappings.map((mapping) => `${mapping.scheme}:${mapping.code}`).sort()).toEqual([
      "GCM_OBJECTIVE:18",
      "GCM_OBJECTIVE:6",
      "MGI_DOMAIN:4",
      "SDG_TARGET:10.7",
      "SDG_TARGET:8.8",
    ]);

    const yesNo = await db.indicator.findUniqueOrThrow({
      where: { id: installed.indicatorIds.get("A1.3") },
      include: { levels: { orderBy: { position: "asc" } } },
    });
    expect(yesNo.levels.map((level) => [level.code, level.score])).toEqual([
      ["no", 0],
      ["yes", 1],
    ]);
    expect(yesNo.baselineLevel).toBe("no");
  });

  it("records one audit event in the same transaction", async () => {
    const { workspaceId } = await createTestWorkspace();
    const installed = await createTestFramework(workspaceId);
    const events = await db.auditEvent.findMany({ where: { entityId: installed.frameworkId } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "framework.installed", entityType: "Framework", actorLabel: "system:test", workspaceId });
  });

  it("refuses an unknown institution and writes nothing", async () => {
    const { workspaceId } = await createTestWorkspace();
    const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 2 });
    definition.areas[0]!.indicators![1] = buildIndicator("A1.2", "NUMBER", { leadInstitution: "NOPE" });
    const before = await rowCounts();

    const attempt = db.$transaction((tx) => installFramework(tx, { workspaceId, definition, actor: systemActor("test") }));
    await expect(attempt).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Indicator A1.2 names institution NOPE, which does not exist",
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses an invalid definition with the path of each problem and writes nothing", async () => {
    const { workspaceId } = await createTestWorkspace();
    const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 1 });
    definition.areas[0]!.indicators![0] = { ...buildIndicator("A1.1", "PERCENTAGE"), baseline: { year: 2016, value: "high" } };
    const before = await rowCounts();

    const error = await db
      .$transaction((tx) => installFramework(tx, { workspaceId, definition, actor: systemActor("test") }))
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors).toEqual({
      "areas.0.indicators.0.baseline.value": ["A quantitative indicator needs a number here"],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a second framework with the same code in a workspace", async () => {
    const { workspaceId } = await createTestWorkspace();
    const definition = buildFrameworkDefinition();
    await createTestFramework(workspaceId, definition);
    await expect(createTestFramework(workspaceId, definition)).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
