/**
 * Importing an Open SDG data set (lib/open-sdg/import-open-sdg.ts) into a real database: the
 * framework, areas, indicators, dimensions and values it creates with their audit events, a
 * re-import that updates without duplicating, dry runs, refusals that change nothing, and the
 * export round trip (loadOpenSdgExport + buildOpenSdgFiles reproduce every value).
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { buildOpenSdgFiles } from "@/lib/open-sdg/build-open-sdg-files";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { loadOpenSdgExport } from "@/lib/open-sdg/load-open-sdg-export";
import { parseOpenSdgData } from "@/lib/open-sdg/parse-open-sdg-data";
import { readOpenSdgFolder, type OpenSdgSource } from "@/lib/open-sdg/read-open-sdg-source";
import { catchAppError, createTestMembers, createTestWorkspace, snapshotDatabaseWithValues, uniqueCode } from "../fixtures/factories";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/open-sdg");
const source = readOpenSdgFolder(FIXTURE);

let members: Record<Role, AccessContext>;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createTestMembers(workspaceId);
});

const paramsFor = (frameworkCode: string, overrides: { dryRun?: boolean; frameworkName?: string } = {}) => ({
  frameworkCode,
  sourceName: "open-sdg-test.zip",
  dryRun: false,
  ...overrides,
});

const withFile = (files: OpenSdgSource["files"], filePath: string, text: string): OpenSdgSource => ({
  files: [...files.filter((file) => file.path !== filePath), { path: filePath, text }],
});

/** Every stored value of a framework as "indicator|year|disaggregation key|number". */
async function storedValues(frameworkCode: string) {
  const rows = await db.indicatorValue.findMany({
    where: { indicator: { version: { framework: { workspaceId, code: frameworkCode } } } },
    select: {
      year: true,
      disaggregation: true,
      number: true,
      status: true,
      version: true,
      source: true,
      indicator: { select: { code: true } },
    },
  });
  return rows;
}

describe("importOpenSdg", () => {
  const code = uniqueCode("SDG");

  it("creates the framework with goals, targets, indicators, dimensions and every value, with audit events", async () => {
    const progress: [number, string][] = [];
    const report = await importOpenSdg(members.SECRETARIAT, source, paramsFor(code, { frameworkName: "Moldova SDG" }), (fraction, stage) =>
      progress.push([fraction, stage.english]),
    );
    expect(report).toMatchObject({
      dryRun: false,
      frameworkCode: code,
      frameworkCreated: true,
      rows: 22,
      values: { total: 18, blank: 4, stored: 16, created: 16, updated: 0, unchanged: 0, repeated: 2, notInSource: 0 },
      indicators: { total: 4, created: 4, updated: 0, withoutMetadata: ["12.b.1.1"] },
      areas: { created: 8, updated: 0 },
      languages: ["en", "ro"],
    });
    expect(report.files.skipped).toEqual([{ file: "data/demo_indicator.csv", reason: expect.stringContaining("template") }]);
    expect(progress.at(-1)).toEqual([1, "Imported"]);
    expect(progress.every(([fraction], index) => index === 0 || fraction >= progress[index - 1]![0])).toBe(true);

    const framework = await db.framework.findUniqueOrThrow({
      where: { workspaceId_code: { workspaceId, code } },
      include: {
        versions: {
          include: {
            areas: { orderBy: { position: "asc" } },
            indicators: { include: { dimensions: { include: { dimension: true } }, mappings: true } },
          },
        },
      },
    });
    expect(framework.name).toBe("Moldova SDG");
    expect(framework.versions).toHaveLength(1);
    const version = framework.versions[0]!;
    expect(version).toMatchObject({ label: "Open SDG import", status: "APPROVED" });
    const goal = version.areas.find((area) => area.code === "10")!;
    expect(version.areas.find((area) => area.code === "10.7")).toMatchObject({
      parentId: goal.id,
      nameTranslations: { ro: expect.stringContaining("Facilitarea") },
    });
    const poverty = version.indicators.find((indicator) => indicator.code === "1.1.1")!;
    expect(poverty).toMatchObject({
      valueType: "NUMBER",
      unit: "Percentage",
      nameTranslations: { ro: expect.stringContaining("Proporția populației") },
    });
    expect(poverty.dimensions.sort((a, b) => a.position - b.position).map((link) => link.dimension.name)).toEqual([
      "Sex",
      "Age of the head of the household, years",
    ]);
    expect(poverty.mappings).toMatchObject([{ scheme: "SDG_TARGET", code: "1.1" }]);
    expect(version.indicators.find((indicator) => indicator.code === "12.b.1.1")!.name).toBe("12.b.1.1");

    const values = await storedValues(code);
    expect(values).toHaveLength(16);
    expect(values.every((value) => value.status === "APPROVED" && value.version === 1)).toBe(true);
    const sex = await db.dimension.findUniqueOrThrow({
      where: { workspaceId_code: { workspaceId, code: "SEX" } },
      include: { members: true },
    });
    const women = sex.members.find((member) => member.name === "Women")!;
    expect(
      values.find((value) => value.indicator.code === "8.8.1" && value.year === 2018 && value.disaggregation === `SEX=${women.code}`),
    ).toMatchObject({
      number: 1.5,
      source: "Open SDG: data/indicator_8-8-1.csv",
    });

    const events = await db.auditEvent.findMany({ where: { workspaceId, actorId: members.SECRETARIAT.user.id } });
    const count = (action: string) => events.filter((event) => event.action === action).length;
    expect(count("value.created")).toBe(16);
    expect(count("indicator.created")).toBe(4);
    expect(count("framework.installed")).toBe(1);
    expect(count("framework.imported")).toBe(1);
  });

  it("re-imports without duplicating: an unchanged data set changes no value; a changed approved value is left as it is and listed", async () => {
    const again = await importOpenSdg(members.SECRETARIAT, source, paramsFor(code));
    expect(again.values).toMatchObject({ created: 0, updated: 0, unchanged: 16, repeated: 2 });
    expect(again.indicators).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    expect(again.frameworkCreated).toBe(false);
    expect(await storedValues(code)).toHaveLength(16);

    const changed = withFile(source.files, "data/indicator_12-b-1-1.csv", "Year,Value\n2019,3\n2020,4.25\n2021,5\n");
    const report = await importOpenSdg(members.SECRETARIAT, changed, paramsFor(code));
    // Imported values are approved official statistics: no source may overwrite an approved value.
    expect(report.values).toMatchObject({ created: 1, updated: 0, locked: 1, unchanged: 15 });
    expect(report.locked).toMatchObject([{ indicatorCode: "12.b.1.1", year: 2020, storedValue: 4, importedValue: 4.25 }]);
    const values = await storedValues(code);
    expect(values).toHaveLength(17);
    expect(values.find((value) => value.indicator.code === "12.b.1.1" && value.year === 2020)).toMatchObject({
      number: 4,
      version: 1,
      status: "APPROVED",
    });
    expect(await db.auditEvent.count({ where: { workspaceId, action: "value.updated" } })).toBe(0);
    expect(await db.framework.count({ where: { workspaceId, code } })).toBe(1);
    expect(await db.area.count({ where: { version: { framework: { workspaceId, code } } } })).toBe(8);
  });

  it("adds new indicators, dimensions and translations to the existing version on re-import", async () => {
    const extended = withFile(source.files, "data/indicator_10-7-1.csv", "Year,Migrant status,Value\n2020,,7\n2020,Emigrant,2\n");
    extended.files.push({ path: "meta/ro/12-b-1-1.md", text: "---\nindicator_name: Indicator național\n---\n" });
    const report = await importOpenSdg(members.SECRETARIAT, extended, paramsFor(code));
    expect(report.indicators).toMatchObject({ created: 1, updated: 1 });
    expect(report.values).toMatchObject({ created: 2 });
    const indicators = await db.indicator.findMany({
      where: { version: { framework: { workspaceId, code } } },
      include: { area: true, dimensions: { include: { dimension: true } } },
    });
    const added = indicators.find((indicator) => indicator.code === "10.7.1")!;
    expect(added.area.code).toBe("10.7");
    expect(added.dimensions.map((link) => link.dimension.name)).toEqual(["Migrant status"]);
    expect(indicators.find((indicator) => indicator.code === "12.b.1.1")!.nameTranslations).toEqual({ ro: "Indicator național" });
  });

  it("checks only, in a dry run: the report, and nothing written", async () => {
    const dryCode = uniqueCode("SDG");
    const before = await snapshotDatabaseWithValues();
    const report = await importOpenSdg(members.SECRETARIAT, source, paramsFor(dryCode, { dryRun: true }));
    expect(report).toMatchObject({ dryRun: true, frameworkCreated: true, values: { created: 16, repeated: 2 } });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("refuses everything when a value is not a number, listing each problem by file, line and column", async () => {
    const broken = withFile(source.files, "data/indicator_8-8-1.csv", "Year,Sex,Value\n2018,,6.6\n2018,Women,1,5\n2019,,x\n");
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(importOpenSdg(members.SECRETARIAT, broken, paramsFor(uniqueCode("SDG"))));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.message).toBe("2 problems in the files; nothing was imported");
    expect(error.details).toEqual({
      problemCount: 2,
      problems: [
        { file: "data/indicator_8-8-1.csv", line: 3, column: null, message: "The line has 4 cells; the header has 3" },
        { file: "data/indicator_8-8-1.csv", line: 4, column: "Value", message: '"x" is not a number' },
      ],
    });
    // Also on a re-import: the framework keeps every value.
    await catchAppError(importOpenSdg(members.SECRETARIAT, broken, paramsFor(code)));
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("is refused to every role but the secretariat, and to a bad framework code, changing nothing", async () => {
    const before = await snapshotDatabaseWithValues();
    for (const role of ["ADMIN", "FOCAL_POINT", "WORKING_GROUP", "VIEWER"] as const) {
      const error = await catchAppError(importOpenSdg(members[role], source, paramsFor(uniqueCode("SDG"))));
      expect(error.code).toBe("FORBIDDEN");
      const dryRun = await catchAppError(importOpenSdg(members[role], source, paramsFor(code, { dryRun: true })));
      expect(dryRun.code).toBe("FORBIDDEN");
    }
    expect((await catchAppError(importOpenSdg(members.SECRETARIAT, source, paramsFor("bad code!")))).fieldErrors).toEqual({
      frameworkCode: [expect.any(String)],
    });
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });
});

describe("the Open SDG export of an imported framework", () => {
  it("reproduces every value of the files, repeats aside", async () => {
    const { workspaceId: otherWorkspace } = await createTestWorkspace();
    const secretariat = (await createTestMembers(otherWorkspace)).SECRETARIAT;
    const code = uniqueCode("SDG");
    const report = await importOpenSdg(secretariat, source, paramsFor(code));

    const exported = buildOpenSdgFiles(await loadOpenSdgExport(secretariat, code));
    const key = (file: string, year: number, disaggregation: Record<string, string>, value: number | null) =>
      JSON.stringify([file, year, Object.entries(disaggregation).sort(), value]);
    const repeatedLines = new Set(report.repeated.map((repeat) => `${repeat.file}:${repeat.line}`));
    const expected = new Set(
      source.files
        .filter((file) => file.path.startsWith("data/indicator_"))
        .flatMap((file) =>
          parseOpenSdgData(file.path, file.text)
            .observations.filter((observation) => observation.value !== null && !repeatedLines.has(`${file.path}:${observation.line}`))
            .map((observation) => key(file.path, observation.year, observation.disaggregation, observation.value)),
        ),
    );
    const actual = exported
      .filter((file) => file.path.startsWith("data/"))
      .flatMap((file) =>
        parseOpenSdgData(file.path, file.text).observations.map((observation) =>
          key(file.path, observation.year, observation.disaggregation, observation.value),
        ),
      );
    expect(actual).toHaveLength(expected.size);
    expect(new Set(actual)).toEqual(expected);

    // The metadata goes back out in both languages, with the structure's codes.
    expect(exported.find((file) => file.path === "meta/ro/10-7-2-1.md")!.text).toContain("Existența politicilor naționale");
    expect(exported.find((file) => file.path === "meta/10-7-2-1.md")!.text).toContain('target_id: "10.7"');
  });
});
