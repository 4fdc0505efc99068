/**
 * Planning an Open SDG import (pure): goals, targets and indicators from files and metadata,
 * translations, dimensions, repeated observations (the first wins, the others are reported by
 * line), every value accounted for, and the plan of a re-import against what is stored.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { parseOpenSdgSource, type ParsedOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import type { OpenSdgExistingState, OpenSdgImportPlan } from "@/lib/open-sdg/open-sdg-plan";
import { planOpenSdgImport } from "@/lib/open-sdg/plan-open-sdg-import";
import { readOpenSdgFolder, type OpenSdgSource } from "@/lib/open-sdg/read-open-sdg-source";

const FIXTURE = path.resolve(import.meta.dirname, "../fixtures/open-sdg");
const PARAMS = { frameworkCode: "SDG-TEST", sourceName: "open-sdg.zip", dryRun: false };
const SEX = { id: "dim-sex", code: "SEX", name: "Sex", position: 0, members: [{ id: "m-f", code: "F", name: "Female", position: 0 }] };
const EMPTY: OpenSdgExistingState = { dimensions: [SEX], framework: null };

let source: ParsedOpenSdgSource;
let plan: OpenSdgImportPlan;

beforeAll(async () => {
  source = await parseOpenSdgSource(readOpenSdgFolder(FIXTURE));
  plan = planOpenSdgImport(source, EMPTY, PARAMS);
});

const parse = (files: OpenSdgSource["files"]) => parseOpenSdgSource({ files });

/** The state the database would hold after writing `planned` (what a re-import compares with). */
function stateAfter(planned: OpenSdgImportPlan): OpenSdgExistingState {
  const dimensions = [
    { ...SEX, members: [...SEX.members] },
    ...planned.dimensions.create.map((dimension) => ({ ...dimension, members: [] as typeof SEX.members })),
  ];
  for (const member of planned.dimensions.createMembers)
    dimensions.find((dimension) => dimension.id === member.dimensionId)!.members.push(member);
  const areaIds = new Map(planned.areas.create.map((area) => [area.code, area.id]));
  return {
    dimensions,
    framework: {
      id: "fw",
      code: PARAMS.frameworkCode,
      name: planned.frameworkName,
      versionId: "v1",
      areas: planned.areas.create.map((area) => ({ ...area, parentId: area.parentCode ? areaIds.get(area.parentCode)! : null })),
      indicators: planned.indicators.create.map((indicator) => ({
        id: indicator.id,
        identityId: indicator.id,
        code: indicator.code,
        name: indicator.name,
        nameTranslations: indicator.nameTranslations,
        valueType: "NUMBER",
        position: indicator.position,
        dimensions: indicator.dimensionIds.map((dimensionId, position) => ({ dimensionId, position })),
      })),
      values: planned.values.create.map((value) => ({
        id: value.id,
        identityId: planned.indicators.create.find((indicator) => indicator.code === value.indicatorCode)!.id,
        year: value.year,
        disaggregation: value.disaggregation,
        number: value.number,
        status: "APPROVED",
        version: 1,
      })),
      cycles: [],
    },
  };
}

describe("planOpenSdgImport: structure", () => {
  it("makes goals and targets areas, goals named by their official short names, targets by their text", () => {
    expect(plan.areas.create.map((area) => [area.code, area.parentCode, area.name])).toEqual([
      ["1", null, "Goal 1: No poverty"],
      [
        "1.1",
        "1",
        "By 2030, eradicate extreme poverty for all people everywhere, currently measured as people living on less than $1.25 a day",
      ],
      ["8", null, "Goal 8: Decent work and economic growth"],
      ["8.8", "8", "Protect labour rights and promote safe and secure working environments for all workers"],
      ["10", null, "Goal 10: Reduced inequalities"],
      ["10.7", "10", "Facilitate orderly, safe, regular and responsible migration and mobility of people"],
      ["12", null, "Goal 12: Responsible consumption and production"],
      ["12.b", "12", "Target 12.b"],
    ]);
    expect(plan.areas.create.find((area) => area.code === "1.1")!.nameTranslations).toEqual({
      ro: "Până în 2030, eradicarea sărăciei extreme pentru toți oamenii de pretutindeni",
    });
  });

  it("makes one numeric indicator per file, named in English with the Romanian translation, in its target", () => {
    expect(
      plan.indicators.create.map((indicator) => [indicator.code, indicator.areaCode, indicator.name, indicator.nameTranslations]),
    ).toEqual([
      [
        "1.1.1",
        "1.1",
        "Proportion of population below the international poverty line, by sex, age, employment status and geographical location (urban/rural)",
        {
          ro: "Proporția populației sub pragul internațional al sărăciei, pe sexe, vârstă, statut ocupațional și mediu de reședință (urban/rural)",
        },
      ],
      [
        "8.8.1",
        "8.8",
        "Fatal and non-fatal occupational injuries per 100,000 workers, by sex",
        { ro: expect.stringContaining("Accidentele de muncă") },
      ],
      [
        "10.7.2.1",
        "10.7",
        "Existence of efficient national policies on migration",
        { ro: "Existența politicilor naționale eficiente în domeniul migrației" },
      ],
      // No metadata: named by its code, placed in the target its code names.
      ["12.b.1.1", "12.b", "12.b.1.1", {}],
    ]);
    expect(plan.indicators.create.find((indicator) => indicator.code === "1.1.1")!.unit).toBe("Percentage");
    expect(plan.report.indicators).toEqual({ total: 4, created: 4, updated: 0, unchanged: 0, withoutMetadata: ["12.b.1.1"] });
    expect(plan.report.languages).toEqual(["en", "ro"]);
    expect(plan.report.files).toEqual({
      indicatorFiles: 4,
      metadataFiles: 6,
      skipped: [{ file: "data/demo_indicator.csv", reason: expect.any(String) }],
    });
  });

  it("matches columns to dimensions by exact name and creates the others, with derived codes", () => {
    expect(plan.dimensions.create.map((dimension) => [dimension.code, dimension.name])).toEqual([
      ["AGE_OF_THE_HEAD_OF_THE_HOUSEHOLD_YEARS", "Age of the head of the household, years"],
      ["UNITS", "Units"],
    ]);
    expect(plan.indicators.create.find((indicator) => indicator.code === "1.1.1")!.dimensionCodes).toEqual([
      "SEX",
      "AGE_OF_THE_HEAD_OF_THE_HOUSEHOLD_YEARS",
    ]);
    expect(
      plan.dimensions.createMembers.filter((member) => member.dimensionId === "dim-sex").map((member) => [member.code, member.name]),
    ).toEqual([
      ["WOMEN", "Women"],
      ["MEN", "Men"],
    ]);
    expect(plan.report.dimensions).toEqual({ used: 3, created: ["Age of the head of the household, years", "Units"], membersCreated: 5 });
    expect(
      plan.values.create.find((value) => value.indicatorCode === "1.1.1" && value.year === 2016 && value.number === 12)!.disaggregation,
    ).toBe("AGE_OF_THE_HEAD_OF_THE_HOUSEHOLD_YEARS=UNDER_30_URBAN;SEX=WOMEN");
  });

  it("takes codes from the metadata where usable, else from the file name, and targets from the code when target_id is wrong", async () => {
    const parsed = await parse([
      { path: "data/indicator_4-1-1-c-i.csv", text: "Year,Value\n2020,1\n" },
      { path: "meta/4-1-1-c-i.md", text: "---\nindicator: 4.1.1.c(i)\nindicator_name: Proficiency\ntarget_id: '4.1'\n---\n" },
      { path: "data/indicator_15-1-1.csv", text: "Year,Value\n2020,2\n" },
      { path: "meta/15-1-1.md", text: "---\nindicator: 15.1.1\nindicator_name: Forest area\ntarget_id: '15'\nsdg_goal: '15'\n---\n" },
      { path: "data/indicator_national-1.csv", text: "Year,Value\n2020,3\n" },
    ]);
    const planned = planOpenSdgImport(parsed, EMPTY, PARAMS);
    expect(planned.problems).toEqual([]);
    expect(planned.indicators.create.map((indicator) => [indicator.code, indicator.areaCode])).toEqual([
      ["4.1.1.c.i", "4.1"],
      ["15.1.1", "15.1"],
      ["national.1", "OTHER"],
    ]);
    expect(planned.areas.create.map((area) => area.code)).toEqual(["4", "4.1", "15", "15.1", "OTHER"]);
    expect(planned.report.warnings.map((warning) => [warning.file, warning.message])).toEqual([
      ["meta/4-1-1-c-i.md", expect.stringContaining('"4.1.1.c(i)" is not a usable code')],
      ["meta/15-1-1.md", expect.stringContaining('target_id "15" is not a target like 10.7; 15.1 (from the code) is used')],
    ]);
  });

  it("cuts names beyond the limits with a warning", async () => {
    const long = `${"word ".repeat(220)}end`;
    const parsed = await parse([
      { path: "data/indicator_1-1-1.csv", text: "Year,Value\n2020,1\n" },
      { path: "meta/1-1-1.md", text: `---\nindicator: 1.1.1\nindicator_name: ${long}\n---\n` },
    ]);
    const planned = planOpenSdgImport(parsed, EMPTY, PARAMS);
    expect(planned.indicators.create[0]!.name.length).toBeLessThanOrEqual(1000);
    expect(planned.indicators.create[0]!.name.endsWith("…")).toBe(true);
    expect(planned.report.warnings).toEqual([
      { file: "meta/1-1-1.md", message: `The indicator name has ${long.length} characters; it is cut to 1000` },
    ]);
  });
});

describe("planOpenSdgImport: values", () => {
  it("accounts for every non-blank value: stored or repeated", () => {
    expect(plan.report.rows).toBe(22);
    expect(plan.report.values).toEqual({
      total: 18,
      blank: 4,
      stored: 16,
      created: 16,
      updated: 0,
      unchanged: 0,
      repeated: 2,
      notInSource: 0,
      locked: 0,
    });
    expect(plan.report.values.total).toBe(plan.report.values.stored + plan.report.values.repeated);
    expect(
      plan.values.create.every((value) => value.source === `Open SDG: data/indicator_${value.indicatorCode.replace(/\./g, "-")}.csv`),
    ).toBe(true);
  });

  it("keeps the first of repeated observations and lists the others with both lines and values", () => {
    expect(plan.report.repeated).toEqual([
      {
        file: "data/indicator_8-8-1.csv",
        line: 6,
        firstLine: 3,
        year: 2018,
        disaggregation: {},
        value: 6.6,
        firstValue: 6.6,
        differs: false,
      },
      {
        file: "data/indicator_8-8-1.csv",
        line: 7,
        firstLine: 4,
        year: 2018,
        disaggregation: { Sex: "Women" },
        value: 1.7,
        firstValue: 1.5,
        differs: true,
      },
    ]);
    const women2018 = plan.values.create.filter(
      (value) => value.indicatorCode === "8.8.1" && value.year === 2018 && value.disaggregation === "SEX=WOMEN",
    );
    expect(women2018.map((value) => value.number)).toEqual([1.5]);
  });

  it("leaves blank values missing: a blank cell, even repeated, is no observation", () => {
    const headline2019 = plan.values.create.filter((value) => value.indicatorCode === "8.8.1" && value.year === 2019);
    expect(headline2019.map((value) => value.number)).toEqual([5.9]);
    expect(
      plan.values.create.some((value) => value.indicatorCode === "1.1.1" && value.year === 2016 && value.disaggregation === "SEX=WOMEN"),
    ).toBe(false);
  });
});

describe("planOpenSdgImport: re-import", () => {
  it("changes nothing when nothing changed", () => {
    const again = planOpenSdgImport(source, stateAfter(plan), PARAMS);
    expect(again.problems).toEqual([]);
    expect(again.areas).toEqual({ create: [], update: [] });
    expect(again.indicators).toEqual({ create: [], update: [] });
    expect(again.dimensions).toEqual({ create: [], createMembers: [] });
    expect(again.values).toEqual({ create: [], update: [] });
    expect(again.report.values).toEqual({
      total: 18,
      blank: 4,
      stored: 16,
      created: 0,
      updated: 0,
      unchanged: 16,
      repeated: 2,
      notInSource: 0,
      locked: 0,
    });
    expect(again.report.indicators).toMatchObject({ total: 4, created: 0, updated: 0, unchanged: 4 });
    expect(again.report.frameworkCreated).toBe(false);
  });

  it("leaves an approved value it would change as it is and lists it; adds new values, indicators and translations, and counts values the files no longer hold", async () => {
    const state = stateAfter(plan);
    const files = readOpenSdgFolder(FIXTURE).files.map((file) => {
      if (file.path === "data/indicator_12-b-1-1.csv") return { ...file, text: "Year,Value\n2019,3\n2020,4.5\n2021,5\n" };
      if (file.path === "data/indicator_10-7-2-1.csv") return { ...file, text: "Year,Units,Value\n2019,Number,12\n" };
      return file;
    });
    files.push({ path: "data/indicator_10-7-1.csv", text: "Year,Value\n2020,7\n" });
    files.push({ path: "meta/ro/12-b-1-1.md", text: "---\nindicator_name: Indicator național\n---\n" });
    const again = planOpenSdgImport(await parse(files), state, PARAMS);
    expect(again.problems).toEqual([]);
    // The stored 2020 value is approved: no source may overwrite it (lib/monitoring/value-workflow.ts).
    expect(again.values.update).toEqual([]);
    expect(
      again.report.locked.map((value) => [value.indicatorCode, value.year, value.storedValue, value.importedValue, value.line]),
    ).toEqual([["12.b.1.1", 2020, 4, 4.5, 3]]);
    expect(again.values.create.map((value) => [value.indicatorCode, value.year, value.number])).toEqual([
      ["10.7.1", 2020, 7],
      ["12.b.1.1", 2021, 5],
    ]);
    expect(again.report.values).toMatchObject({ created: 2, updated: 0, locked: 1, unchanged: 12, notInSource: 3 });
    expect(again.indicators.create.map((indicator) => [indicator.code, indicator.areaCode])).toEqual([["10.7.1", "10.7"]]);
    expect(again.indicators.update).toEqual([
      {
        id: state.framework!.indicators.find((indicator) => indicator.code === "12.b.1.1")!.id,
        code: "12.b.1.1",
        before: { name: "12.b.1.1", nameTranslations: {} },
        after: { name: "12.b.1.1", nameTranslations: { ro: "Indicator național" } },
        addDimensions: [],
      },
    ]);
    expect(again.areas.create).toEqual([]);
  });

  it("updates a draft value, and refuses values of a closed cycle, new or stored, listing them", async () => {
    const state = stateAfter(plan);
    state.framework!.values = state.framework!.values.map((value) =>
      value.year === 2020 ? { ...value, status: "DRAFT" as const } : value,
    );
    state.framework!.cycles = [{ year: 2021, status: "CLOSED" }];
    const files = readOpenSdgFolder(FIXTURE).files.map((file) =>
      file.path === "data/indicator_12-b-1-1.csv" ? { ...file, text: "Year,Value\n2019,3\n2020,4.5\n2021,5\n" } : file,
    );
    const again = planOpenSdgImport(await parse(files), state, PARAMS);
    expect(again.values.update.map((value) => [value.indicatorCode, value.year, value.before.number, value.number])).toEqual([
      ["12.b.1.1", 2020, 4, 4.5],
    ]);
    expect(again.values.create).toEqual([]);
    expect(again.report.locked.map((value) => [value.indicatorCode, value.year, value.message])).toEqual([
      ["12.b.1.1", 2021, "The 2021 cycle is closed; values can no longer change"],
    ]);
  });

  it("sees a value stored rounded to 16 significant digits before numbers were kept exactly", async () => {
    const parsed = await parse([
      { path: "data/indicator_1-1-1.csv", text: "Year,Value\n2020,0.30000000000000004\n2021,0.30000000000001\n" },
    ]);
    const first = planOpenSdgImport(parsed, EMPTY, PARAMS);
    const state = stateAfter(first);
    // What an earlier release left in the database: Prisma rounded floats to 16 significant digits.
    state.framework!.values = state.framework!.values.map((value) => ({ ...value, number: Number(value.number!.toPrecision(16)) }));
    const again = planOpenSdgImport(parsed, state, PARAMS);
    // Imported values are approved, so the correction is listed as locked (decision 020) rather than made silently.
    expect(again.report.values).toMatchObject({ unchanged: 1, updated: 0, locked: 1 });
    expect(again.report.locked.map((value) => [value.storedValue, value.importedValue])).toEqual([[0.3, 0.30000000000000004]]);
  });

  it("does not let a fallback name replace one people gave, and refuses indicators that do not take numbers", () => {
    const state = stateAfter(plan);
    const framework = state.framework!;
    framework.indicators = framework.indicators.map((indicator) =>
      indicator.code === "12.b.1.1"
        ? { ...indicator, name: "Renamed by the secretariat" }
        : indicator.code === "8.8.1"
          ? { ...indicator, valueType: "LEVELS" }
          : indicator,
    );
    framework.areas = framework.areas.map((area) => (area.code === "12.b" ? { ...area, name: "Named by people" } : area));
    const again = planOpenSdgImport(source, state, PARAMS);
    expect(again.indicators.update).toEqual([]);
    expect(again.areas.update).toEqual([]);
    expect(again.problems).toEqual([
      {
        file: "data/indicator_8-8-1.csv",
        message: expect.stringContaining("8.8.1 of SDG-TEST takes levels values"),
      },
    ]);
  });
});
