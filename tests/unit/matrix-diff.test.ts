/**
 * Comparing two versions of a matrix (lib/matrix/diff-definitions.ts): every field of an
 * indicator, areas and indicators added, removed, moved and reordered, the code mapping's
 * renames, splits, merges and retirements, and the size of the work for 500 indicators.
 */
import { describe, expect, it } from "vitest";
import {
  frameworkDefinitionSchema,
  indicatorDefinitionSchema,
  type FrameworkDefinition,
  type IndicatorDefinition,
} from "@/lib/frameworks/schemas";
import { buildSyntheticVersionPair } from "@/lib/matrix/build-synthetic-version-pair";
import type { CodeMapping } from "@/lib/matrix/code-mapping";
import { COMPARED_INDICATOR_FIELDS } from "@/lib/matrix/compare-indicator-fields";
import { diffDefinitions } from "@/lib/matrix/diff-definitions";
import { findReordered } from "@/lib/matrix/find-reordered";
import { measureDefinitionDiff } from "@/lib/matrix/measure-definition-diff";
import { baseMatrix, findArea, findIndicator, nextVersionOf, takeIndicator } from "../fixtures/matrix-versions";

type FieldCase = {
  field: string;
  code: string;
  change: (indicator: IndicatorDefinition, after: FrameworkDefinition) => void;
  mapping?: CodeMapping;
  label: string;
  before: string | null;
  after: string | null;
};

const FIELD_CASES: FieldCase[] = [
  {
    field: "code",
    code: "A.1-NEW",
    change: (i) => (i.code = "A.1-NEW"),
    mapping: [{ kind: "renamed", from: "A.1", to: "A.1-NEW" }],
    label: "Code",
    before: "A.1",
    after: "A.1-NEW",
  },
  {
    field: "name",
    code: "A.1",
    change: (i) => (i.name = "Insured migrants"),
    label: "Name",
    before: "Migrants with health insurance",
    after: "Insured migrants",
  },
  {
    field: "nameTranslations.ro",
    code: "A.1",
    change: (i) => (i.nameTranslations!.ro = "Migranți asigurați"),
    label: "Name (ro)",
    before: "Migranți cu asigurare",
    after: "Migranți asigurați",
  },
  {
    field: "nameTranslations.ru",
    code: "A.1",
    change: (i) => delete i.nameTranslations!.ru,
    label: "Name (ru)",
    before: "Мигранты со страховкой",
    after: null,
  },
  {
    field: "nameTranslations.fr",
    code: "A.3",
    change: (i) => (i.nameTranslations = { fr: "Salaire égal" }),
    label: "Name (fr)",
    before: null,
    after: "Salaire égal",
  },
  {
    field: "definition",
    code: "A.1",
    change: (i) => (i.definition = "Share insured on 31 December."),
    label: "Definition",
    before: "Share of registered migrants insured at year end.",
    after: "Share insured on 31 December.",
  },
  {
    field: "definitionTranslations.ro",
    code: "A.1",
    change: (i) => (i.definitionTranslations = { ro: "Ponderea migranților asigurați la sfârșitul anului." }),
    label: "Definition (ro)",
    before: null,
    after: "Ponderea migranților asigurați la sfârșitul anului.",
  },
  {
    field: "unitTranslations.ru",
    code: "B.1",
    change: (i) => (i.unitTranslations = { ru: "соглашения" }),
    label: "Unit (ru)",
    before: null,
    after: "соглашения",
  },
  {
    field: "dataSourceTranslations.fr",
    code: "A.1",
    change: (i) => (i.dataSourceTranslations = { fr: "Registre des assurances" }),
    label: "Data source (fr)",
    before: null,
    after: "Registre des assurances",
  },
  {
    field: "verificationTranslations.es",
    code: "A.1",
    change: (i) => (i.verificationTranslations = { es: "Informe anual" }),
    label: "Means of verification (es)",
    before: null,
    after: "Informe anual",
  },
  { field: "valueType", code: "B.1", change: (i) => (i.valueType = "PERCENTAGE"), label: "Type", before: "Number", after: "Percentage" },
  { field: "unit", code: "B.1", change: (i) => (i.unit = "treaties"), label: "Unit", before: "agreements", after: "treaties" },
  { field: "direction", code: "A.1", change: (i) => (i.direction = "DECREASE"), label: "Direction", before: "Increase", after: "Decrease" },
  { field: "lowerLimit", code: "A.1", change: (i) => (i.lowerLimit = 10), label: "Lower limit", before: "0", after: "10" },
  { field: "upperLimit", code: "A.1", change: (i) => delete i.upperLimit, label: "Upper limit", before: "100", after: null },
  { field: "decimals", code: "A.1", change: (i) => (i.decimals = 2), label: "Decimals", before: "1", after: "2" },
  {
    field: "breakdownsMustSum",
    code: "A.1",
    change: (i) => (i.breakdownsMustSum = true),
    label: "Breakdowns must add up",
    before: "No",
    after: "Yes",
  },
  {
    field: "baseline",
    code: "A.1",
    change: (i) => (i.baseline = { year: 2020, value: 42.25 }),
    label: "Baseline",
    before: "40 % (2020)",
    after: "42.25 % (2020)",
  },
  {
    field: "baseline",
    code: "A.2",
    change: (i) => (i.baseline = { year: 2021, value: "partial" }),
    label: "Baseline",
    before: "Not in place (none) (2020)",
    after: "Partially in place (partial) (2021)",
  },
  {
    field: "baseline",
    code: "A.3",
    change: (i) => (i.baseline!.value = "yes"),
    label: "Baseline",
    before: "No (no) (2020)",
    after: "Yes (yes) (2020)",
  },
  { field: "targets.2025", code: "A.1", change: (i) => (i.targets![0]!.value = 55), label: "Target 2025", before: "50 %", after: "55 %" },
  {
    field: "targets.2030",
    code: "A.1",
    change: (i) => delete i.targets![1]!.isFinal,
    label: "Target 2030",
    before: "60 % (final)",
    after: "60 %",
  },
  {
    field: "targets.2028",
    code: "A.1",
    change: (i) => i.targets!.splice(1, 0, { year: 2028, value: 57 }),
    label: "Target 2028",
    before: null,
    after: "57 %",
  },
  {
    field: "targets.2030",
    code: "A.2",
    change: (i) => (i.targets = []),
    label: "Target 2030",
    before: "Fully in place (full) (final)",
    after: null,
  },
  {
    field: "levels",
    code: "A.2",
    change: (i) => (i.levels![1]!.score = 0.6),
    label: "Levels",
    before: "none = Not in place (score 0); partial = Partially in place (score 0.5); full = Fully in place (score 1)",
    after: "none = Not in place (score 0); partial = Partially in place (score 0.6); full = Fully in place (score 1)",
  },
  {
    field: "levels",
    code: "A.2",
    change: (i) => (i.levels![0]!.labelTranslations = { ro: "Inexistent" }),
    label: "Levels",
    before: "none = Not in place (score 0); partial = Partially in place (score 0.5); full = Fully in place (score 1)",
    after: "none = Not in place [ro: Inexistent] (score 0); partial = Partially in place (score 0.5); full = Fully in place (score 1)",
  },
  {
    field: "leadInstitution",
    code: "A.1",
    change: (i) => (i.leadInstitution = "NBS"),
    label: "Lead institution",
    before: "MH",
    after: "NBS",
  },
  {
    field: "contributors",
    code: "A.1",
    change: (i) => (i.contributors = ["MIA"]),
    label: "Contributing institutions",
    before: "MIA, NBS",
    after: "MIA",
  },
  {
    field: "dataSource",
    code: "A.1",
    change: (i) => (i.dataSource = "Census"),
    label: "Data source",
    before: "Insurance register",
    after: "Census",
  },
  {
    field: "verification",
    code: "A.1",
    change: (i) => delete i.verification,
    label: "Means of verification",
    before: "Annual report",
    after: null,
  },
  { field: "dimensions", code: "A.1", change: (i) => (i.dimensions = ["SEX"]), label: "Disaggregations", before: "AGE, SEX", after: "SEX" },
  {
    field: "mappings.mgiDomain",
    code: "A.1",
    change: (i) => (i.mappings!.mgiDomain = 2),
    label: "MGI domain",
    before: "1 Migrants' rights",
    after: "2 Whole-of-government approach",
  },
  {
    field: "mappings.sdgTargets",
    code: "A.1",
    change: (i) => (i.mappings!.sdgTargets = ["10.7"]),
    label: "SDG targets",
    before: "10.7, 3.8",
    after: "10.7",
  },
  {
    field: "mappings.gcmObjectives",
    code: "A.1",
    change: (i) => i.mappings!.gcmObjectives!.push(2),
    label: "GCM objectives",
    before: "15",
    after: "2, 15",
  },
  {
    field: "area",
    code: "A.3",
    change: (i, after) => findArea(after, "B").indicators!.push(takeIndicator(after, i.code)),
    label: "Area",
    before: "A Rights",
    after: "B Partnerships",
  },
  {
    field: "position",
    code: "B.1",
    change: (i, after) => findArea(after, "B").indicators!.push(takeIndicator(after, i.code)),
    label: "Position in area",
    before: "1 of 4",
    after: "4 of 4",
  },
];

describe("diffDefinitions: indicator fields", () => {
  it("compares every field of the indicator schema, and a case below changes each of them", () => {
    const schemaFields = Object.keys(indicatorDefinitionSchema.shape).sort();
    expect([...COMPARED_INDICATOR_FIELDS].sort()).toEqual(schemaFields);
    const tested = new Set(FIELD_CASES.map((fieldCase) => fieldCase.field.split(".")[0]));
    expect(schemaFields.filter((field) => !tested.has(field))).toEqual([]);
  });

  it.each(FIELD_CASES)("reports $field of $code as $label: $before → $after", ({ field, code, change, mapping, label, before, after }) => {
    const old = baseMatrix();
    const next = nextVersionOf(old);
    const oldCode = mapping?.[0]?.kind === "renamed" ? mapping[0].from : code;
    change(findIndicator(next, oldCode), next);
    expect(frameworkDefinitionSchema.safeParse(next).success).toBe(true);

    const diff = diffDefinitions(old, next, mapping);
    expect(diff.indicators.changed).toHaveLength(1);
    const changed = diff.indicators.changed[0]!;
    expect(changed.code).toBe(code);
    expect(changed.changes).toEqual([{ field, label, before, after }]);
    expect(diff.indicators.added).toEqual([]);
    expect(diff.indicators.removed).toEqual([]);
    expect(diff.summary.indicators.unchanged).toBe(9);
    expect(diff.summary.isEmpty).toBe(false);
  });

  it("ignores what does not change the definition: order of contributors, blank texts, empty lists", () => {
    const old = baseMatrix();
    const next = nextVersionOf(old);
    findIndicator(next, "A.1").contributors = ["MIA", "NBS"];
    findIndicator(next, "A.2").contributors = [];
    findIndicator(next, "A.3").dataSource = "  ";
    expect(diffDefinitions(old, next).summary.isEmpty).toBe(true);
  });

  it("reports a unit change once, as the unit, not again in every target", () => {
    const old = baseMatrix();
    const next = nextVersionOf(old);
    findIndicator(next, "A.1").unit = "per cent";
    findIndicator(next, "B.4").unit = "people";
    const diff = diffDefinitions(old, next);
    expect(diff.indicators.changed.map((change) => change.changes.map((c) => c.field))).toEqual([["unit"], ["unit"]]);
  });
});

describe("diffDefinitions: versions, areas and indicators", () => {
  it("finds nothing between two versions that define the same matrix", () => {
    const old = baseMatrix();
    const diff = diffDefinitions(old, nextVersionOf(old));
    expect(diff.summary.isEmpty).toBe(true);
    expect(diff.framework).toEqual([]);
    expect(diff.areas).toEqual({ added: [], removed: [], changed: [], unchanged: 4 });
    expect(diff.indicators).toEqual({ added: [], removed: [], changed: [], split: [], merged: [], retired: [], unchanged: 10 });
    expect(diff.before).toEqual({ frameworkCode: "TST", frameworkName: "Test matrix", number: 1, label: "2020", status: "APPROVED" });
    expect(diff.after.label).toBe("2025 revision");
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });

  it("reports the framework's own fields", () => {
    const old = baseMatrix();
    const next = nextVersionOf(old);
    next.name = "Test matrix, revised";
    next.scoringMethod = "SDG_10_7_2";
    delete next.baseYear;
    expect(diffDefinitions(old, next).framework).toEqual([
      { field: "name", label: "Framework name", before: "Test matrix", after: "Test matrix, revised" },
      { field: "scoringMethod", label: "Scoring method", before: "Normalised achievement", after: "SDG 10.7.2 method" },
      { field: "baseYear", label: "Base year", before: "2020", after: null },
    ]);
  });

  it("lists added and removed indicators in their versions' order, with their area", () => {
    const old = baseMatrix();
    const next = nextVersionOf(old);
    takeIndicator(next, "B.2");
    findArea(next, "A.X").indicators!.push({ code: "A.X.3", name: "Lawyers trained", valueType: "NUMBER" });
    findArea(next, "C").indicators!.unshift({ code: "C.0", name: "Crisis unit exists", valueType: "YES_NO" });
    const diff = diffDefinitions(old, next);
    expect(diff.indicators.added).toEqual([
      { code: "A.X.3", name: "Lawyers trained", areaCode: "A.X", areaName: "Access to justice" },
      { code: "C.0", name: "Crisis unit exists", areaCode: "C", areaName: "Crises" },
    ]);
    expect(diff.indicators.removed).toEqual([{ code: "B.2", name: "Diaspora events held", areaCode: "B", areaName: "Partnerships" }]);
    // Inserting or removing one indicator does not make its neighbours "reordered".
    expect(diff.indicators.changed).toEqual([]);
    expect(diff.summary.indicators).toMatchObject({ added: 2, removed: 1, changed: 0, unchanged: 9 });
  });

  it("calls only the indicators that left their relative order reordered", () => {
    expect([...findReordered(["a", "b", "c", "d", "e"], ["b", "c", "d", "e", "a"])]).toEqual(["a"]);
    expect([...findReordered(["a", "b", "c", "d"], ["d", "c", "b", "a"])]).toHaveLength(3);
    expect([...findReordered(["a", "b", "c"], ["x", "a", "c", "b"])]).toHaveLength(1);
    expect([...findReordered([], [])]).toEqual([]);
  });

  it("reports areas added, removed, renamed, moved and reordered", () => {
    const old = baseMatrix();
    const next = nextVersionOf(old);
    const rights = findArea(next, "A");
    rights.name = "Migrants' rights";
    rights.nameTranslations = { ro: "Drepturile migranților" };
    delete rights.description;
    // A.X moves under B; C moves to the front; D is new; nothing is removed but ...
    const justice = rights.areas!.pop()!;
    findArea(next, "B").areas = [justice];
    next.areas.unshift(next.areas.pop()!);
    next.areas.push({ code: "D", name: "Crisis response", indicators: [] });
    // ... an area that disappears takes its indicators with it.
    const withRemoved = nextVersionOf(old);
    withRemoved.areas = withRemoved.areas.filter((area) => area.code !== "C");

    const diff = diffDefinitions(old, next);
    expect(diff.areas.added).toEqual([{ code: "D", name: "Crisis response", parentCode: null, path: "D Crisis response" }]);
    expect(diff.areas.removed).toEqual([]);
    expect(diff.areas.changed).toEqual([
      {
        code: "C",
        name: "Crises",
        parentCode: null,
        path: "C Crises",
        changes: [{ field: "position", label: "Position", before: "3 of 3", after: "1 of 4" }],
      },
      {
        code: "A",
        name: "Migrants' rights",
        parentCode: null,
        path: "A Migrants' rights",
        changes: [
          { field: "name", label: "Name", before: "Rights", after: "Migrants' rights" },
          { field: "nameTranslations.ro", label: "Name (ro)", before: "Drepturi", after: "Drepturile migranților" },
          { field: "description", label: "Description", before: "Migrants' rights.", after: null },
        ],
      },
      {
        code: "A.X",
        name: "Access to justice",
        parentCode: "B",
        path: "B Partnerships › A.X Access to justice",
        changes: [{ field: "parent", label: "Parent area", before: "A Rights", after: "B Partnerships" }],
      },
    ]);
    expect(diff.summary.areas).toEqual({ added: 1, removed: 0, changed: 3, renamed: 1, moved: 1, reordered: 1, unchanged: 1 });
    // Indicators of a moved area stay in it: they are not "moved".
    expect(diff.indicators.changed).toEqual([]);

    const removal = diffDefinitions(old, withRemoved);
    expect(removal.areas.removed.map((area) => area.code)).toEqual(["C"]);
    expect(removal.indicators.removed.map((indicator) => indicator.code)).toEqual(["C.1"]);
    expect(removal.areaOrder).toEqual(["A", "A.X", "B", "C"]);
  });
});

describe("diffDefinitions with a code mapping", () => {
  it("pairs a renamed indicator with its old self, and lists splits, merges and retirements as such", () => {
    const old = baseMatrix();
    const next = nextVersionOf(old);
    findIndicator(next, "A.1").code = "A.1.1";
    findIndicator(next, "A.1.1").leadInstitution = "NBS";
    const bArea = findArea(next, "B");
    takeIndicator(next, "B.1");
    takeIndicator(next, "B.2");
    takeIndicator(next, "B.3");
    takeIndicator(next, "C.1");
    bArea.indicators!.push(
      { code: "B.1a", name: "Agreements on labour", valueType: "NUMBER" },
      { code: "B.1b", name: "Agreements on social security", valueType: "NUMBER" },
      { code: "B.23", name: "Diaspora events and consular offices", valueType: "NUMBER" },
    );
    const mapping: CodeMapping = [
      { kind: "retired", from: "C.1", note: "Replaced by the crisis plan review" },
      { kind: "merged", from: ["B.2", "B.3"], to: "B.23" },
      { kind: "split", from: "B.1", to: ["B.1a", "B.1b"] },
      { kind: "renamed", from: "A.1", to: "A.1.1", note: "New numbering" },
    ];

    const diff = diffDefinitions(old, next, mapping);
    expect(diff.indicators.added).toEqual([]);
    expect(diff.indicators.removed).toEqual([]);
    expect(diff.indicators.changed).toEqual([
      {
        code: "A.1.1",
        name: "Migrants with health insurance",
        areaCode: "A",
        areaName: "Rights",
        previousCode: "A.1",
        note: "New numbering",
        changes: [
          { field: "code", label: "Code", before: "A.1", after: "A.1.1" },
          { field: "leadInstitution", label: "Lead institution", before: "MH", after: "NBS" },
        ],
      },
    ]);
    const ref = (code: string, name: string, areaCode = "B", areaName = "Partnerships") => ({ code, name, areaCode, areaName });
    expect(diff.indicators.split).toEqual([
      {
        from: ref("B.1", "Bilateral agreements signed"),
        to: [ref("B.1a", "Agreements on labour"), ref("B.1b", "Agreements on social security")],
        note: null,
      },
    ]);
    expect(diff.indicators.merged).toEqual([
      {
        from: [ref("B.2", "Diaspora events held"), ref("B.3", "Consular offices")],
        to: ref("B.23", "Diaspora events and consular offices"),
        note: null,
      },
    ]);
    expect(diff.indicators.retired).toEqual([
      { ...ref("C.1", "Contingency plan", "C", "Crises"), note: "Replaced by the crisis plan review" },
    ]);
    expect(diff.summary.indicators).toEqual({
      added: 0,
      removed: 0,
      changed: 1,
      renamed: 1,
      moved: 0,
      reordered: 0,
      split: 1,
      merged: 1,
      retired: 1,
      unchanged: 5,
    });
  });

  it("follows a swap of two codes", () => {
    const old = baseMatrix();
    const next = nextVersionOf(old);
    findIndicator(next, "B.1").code = "TMP";
    findIndicator(next, "B.2").code = "B.1";
    findIndicator(next, "TMP").code = "B.2";
    const diff = diffDefinitions(old, next, [
      { kind: "renamed", from: "B.1", to: "B.2" },
      { kind: "renamed", from: "B.2", to: "B.1" },
    ]);
    expect(diff.indicators.changed.map((change) => [change.previousCode, change.code, change.changes.map((c) => c.field)])).toEqual([
      // Each definition keeps its place; only the codes trade.
      ["B.1", "B.2", ["code"]],
      ["B.2", "B.1", ["code"]],
    ]);
  });

  it("refuses to compare with a mapping that does not fit the versions", () => {
    const old = baseMatrix();
    expect(() => diffDefinitions(old, nextVersionOf(old), [{ kind: "retired", from: "A.1" }])).toThrow(/does not fit/);
  });
});

describe("diffDefinitions at scale", () => {
  it("compares two 500-indicator versions with their mapping (time printed, not asserted)", () => {
    const { before, after, codeMapping } = buildSyntheticVersionPair(500);
    expect(frameworkDefinitionSchema.safeParse(before).success).toBe(true);
    expect(frameworkDefinitionSchema.safeParse(after).success).toBe(true);
    const diff = diffDefinitions(before, after, codeMapping);
    expect(diff.summary.indicators).toMatchObject({
      added: 2,
      removed: 2,
      renamed: 5,
      split: 2,
      merged: 2,
      retired: 2,
      moved: 3,
      reordered: 1,
    });
    expect(diff.summary.indicators.changed + diff.summary.indicators.unchanged).toBe(500 - 10);
    expect(diff.summary.areas).toMatchObject({ renamed: 1, changed: 1 });

    const measured = measureDefinitionDiff({ indicators: 500, runs: 10 });
    console.info(
      `diff of two 500-indicator versions: median ${measured.medianMs} ms, first ${measured.firstMs} ms, max ${measured.maxMs} ms`,
    );
    expect(measured.runs).toBe(10);
  });
});
