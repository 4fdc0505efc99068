import { describe, expect, it } from "vitest";
import type { ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import type { CycleIndicator } from "@/lib/monitoring/load-cycle-indicators";
import { planValueChanges, type ExistingValue, type PlanContext, type ValueRowInput } from "@/lib/monitoring/plan-value-changes";

const MLSP = { id: "inst-mlsp", code: "MLSP", name: "Ministry of Labour and Social Protection" };
const MFA = { id: "inst-mfa", code: "MFA", name: "Ministry of Foreign Affairs" };

const IMPLEMENTATION_LEVELS = [
  { code: "none", label: "Not started", score: 0 },
  { code: "initiated", label: "Initiated", score: 1 / 3 },
  { code: "advanced", label: "Advanced", score: 2 / 3 },
  { code: "completed", label: "Completed", score: 1 },
];
const YES_NO = [
  { code: "no", label: "No", score: 0 },
  { code: "yes", label: "Yes", score: 1 },
];
const SEX = {
  code: "SEX",
  name: "Sex",
  members: [
    { code: "F", name: "Female" },
    { code: "M", name: "Male" },
  ],
};

function indicator(code: string, valueType: ValueType, overrides: Partial<CycleIndicator> = {}): CycleIndicator {
  return {
    id: `id-${code}`,
    identityId: `identity-${code}`,
    code,
    name: `Indicator ${code}`,
    valueType,
    unit: valueType === "NUMBER" ? "persons" : null,
    direction: null,
    decimals: null,
    breakdownsMustSum: false,
    lowerLimit: valueType === "NUMBER" ? 0 : null,
    upperLimit: null,
    dataSource: null,
    position: 0,
    area: { id: "area-1", code: "A1", name: "Area" },
    leadInstitution: MLSP,
    contributorIds: [],
    levels: valueType === "LEVELS" ? IMPLEMENTATION_LEVELS : valueType === "YES_NO" ? YES_NO : [],
    targets: [],
    dimensions: [],
    ...overrides,
  };
}

const INDICATORS = [
  indicator("N1", "NUMBER"),
  /** A measure, not a count: it may carry decimals. */
  indicator("D1", "NUMBER", { unit: "days" }),
  indicator("P1", "PERCENTAGE"),
  indicator("Y1", "YES_NO"),
  indicator("L1", "LEVELS"),
  indicator("T1", "TEXT"),
  indicator("S1", "NUMBER", { dimensions: [SEX] }),
  /** Led by MFA. */
  indicator("F1", "NUMBER", { leadInstitution: MFA }),
  /** Led by MFA, MLSP contributes. */
  indicator("C1", "NUMBER", { leadInstitution: MFA, contributorIds: [MLSP.id] }),
  /** Nobody reports it. */
  indicator("U1", "NUMBER", { leadInstitution: null }),
];
const byCode = new Map(INDICATORS.map((entry) => [entry.code, entry]));
const ind = (code: string) => byCode.get(code)!;

const UPDATED_AT = new Date("2025-06-01T10:00:00.000Z");

function existingValue(code: string, overrides: Partial<ExistingValue> = {}): ExistingValue {
  return {
    id: `value-${code}-${overrides.disaggregation ?? ""}`,
    identityId: ind(code).identityId,
    disaggregation: "",
    number: null,
    levelCode: null,
    text: null,
    comment: null,
    source: null,
    evidenceUrl: null,
    status: "DRAFT",
    version: 1,
    returnReason: null,
    updatedAt: UPDATED_AT,
    ...overrides,
  };
}

function contextWith(existing: ExistingValue[] = [], cycle: PlanContext["cycle"] = { status: "OPEN", year: 2025 }): PlanContext {
  return {
    frameworkCode: "FW",
    cycle,
    institution: { id: MLSP.id, code: MLSP.code },
    indicatorsByCode: byCode,
    existing: new Map(existing.map((value) => [`${value.identityId}|${value.disaggregation}`, value])),
  };
}

/** Rows numbered from 1, as the entry form and the API number them. */
const numbered = (...inputs: ValueRowInput[]) => inputs.map((input, index) => ({ row: index + 1, input }));

const stored = (value: { number?: number; levelCode?: string; text?: string }) => ({
  number: value.number ?? null,
  levelCode: value.levelCode ?? null,
  text: value.text ?? null,
  comment: null,
  source: null,
  evidenceUrl: null,
});

describe("planValueChanges: what a save would change", () => {
  it("creates a value for each type of indicator, storing exactly one field", () => {
    const plan = planValueChanges(
      numbered(
        { indicator: "N1", value: "1250" },
        { indicator: "P1", value: 42.5 },
        { indicator: "Y1", value: true },
        { indicator: "L1", value: "initiated" },
        { indicator: "T1", value: "  A narrative.  " },
        { indicator: "S1", disaggregation: { SEX: "F" }, value: 7 },
      ),
      contextWith(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.unchanged).toBe(0);
    expect(plan.changes.map((change) => [change.kind, change.row, change.indicator.code, change.disaggregation])).toEqual([
      ["create", 1, "N1", ""],
      ["create", 2, "P1", ""],
      ["create", 3, "Y1", ""],
      ["create", 4, "L1", ""],
      ["create", 5, "T1", ""],
      ["create", 6, "S1", "SEX=F"],
    ]);
    const nexts = plan.changes.map((change) => (change.kind === "delete" ? null : change.next));
    expect(nexts).toEqual([
      stored({ number: 1250 }),
      stored({ number: 42.5 }),
      stored({ levelCode: "yes" }),
      stored({ levelCode: "initiated" }),
      stored({ text: "A narrative." }),
      stored({ number: 7 }),
    ]);
  });

  it("accepts a decimal comma, a level's label, false for no, and trims comment, source and evidence (blank becomes null)", () => {
    const plan = planValueChanges(
      numbered(
        { indicator: "D1", value: "12,5", comment: "  From the survey ", source: "   ", evidenceUrl: "https://example.org/report" },
        { indicator: "L1", value: "Advanced" },
        { indicator: "Y1", value: false },
      ),
      contextWith(),
    );
    expect(plan.errors).toEqual([]);
    const [number, level, yesNo] = plan.changes.map((change) => (change.kind === "delete" ? null : change.next));
    expect(number).toEqual({
      number: 12.5,
      levelCode: null,
      text: null,
      comment: "From the survey",
      source: null,
      evidenceUrl: "https://example.org/report",
    });
    expect(level).toMatchObject({ levelCode: "advanced" });
    expect(yesNo).toMatchObject({ levelCode: "no" });
  });

  it("updates a draft or returned value, keeping the existing record", () => {
    const draft = existingValue("N1", { number: 10, version: 3 });
    const returned = existingValue("P1", { number: 40, status: "RETURNED", returnReason: "Check it", version: 5 });
    const plan = planValueChanges(
      numbered({ indicator: "N1", value: 11, version: 3 }, { indicator: "P1", value: 41 }),
      contextWith([draft, returned]),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toEqual([
      { kind: "update", row: 1, indicator: ind("N1"), disaggregation: "", existing: draft, next: stored({ number: 11 }) },
      { kind: "update", row: 2, indicator: ind("P1"), disaggregation: "", existing: returned, next: stored({ number: 41 }) },
    ]);
  });

  it("counts a change of comment, source or evidence alone as an update", () => {
    const draft = existingValue("N1", { number: 10 });
    const plan = planValueChanges(numbered({ indicator: "N1", value: 10, comment: "New note" }), contextWith([draft]));
    expect(plan.changes.map((change) => change.kind)).toEqual(["update"]);
  });

  it("deletes a draft or returned value when the value is explicitly emptied (null or a blank string)", () => {
    const values = [existingValue("N1", { number: 10 }), existingValue("P1", { number: 40, status: "RETURNED" })];
    const plan = planValueChanges(numbered({ indicator: "N1", value: null }, { indicator: "P1", value: "   " }), contextWith(values));
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toEqual([
      { kind: "delete", row: 1, indicator: ind("N1"), disaggregation: "", existing: values[0] },
      { kind: "delete", row: 2, indicator: ind("P1"), disaggregation: "", existing: values[1] },
    ]);
  });

  it("keeps what is stored for every field left out: a row with only a comment changes only the comment", () => {
    const values = [existingValue("T1", { text: "Old", comment: "First", source: "Ministry report" })];
    const plan = planValueChanges(numbered({ indicator: "T1", comment: "Second" }), contextWith(values));
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toHaveLength(1);
    const change = plan.changes[0]!;
    expect(change.kind).toBe("update");
    expect(change.kind === "update" && change.next).toMatchObject({ text: "Old", comment: "Second", source: "Ministry report" });
  });

  it("leaves unchanged a row that gives nothing for a value that does not exist", () => {
    const plan = planValueChanges(numbered({ indicator: "T1" }), contextWith([]));
    expect(plan).toMatchObject({ changes: [], unchanged: 1, errors: [] });
  });

  it("leaves unchanged an identical value (even a locked one) and an empty row with no value", () => {
    const values = [
      existingValue("N1", { number: 10, comment: "Note" }),
      existingValue("L1", { levelCode: "advanced", status: "APPROVED" }),
      existingValue("Y1", { levelCode: "yes", status: "SUBMITTED" }),
    ];
    const plan = planValueChanges(
      numbered(
        { indicator: "N1", value: "10", comment: " Note " },
        { indicator: "L1", value: "advanced" },
        { indicator: "Y1", value: true },
        { indicator: "P1", value: "" },
        { indicator: "T1", value: null },
      ),
      contextWith(values),
    );
    expect(plan).toEqual({ changes: [], unchanged: 5, errors: [], conflicts: [] });
  });

  it("accepts an indicator the institution contributes to but does not lead", () => {
    const plan = planValueChanges(numbered({ indicator: "C1", value: 3 }), contextWith());
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((change) => [change.kind, change.indicator.code])).toEqual([["create", "C1"]]);
  });

  it("accepts the cycle's own year, and an indicator code with spaces around it", () => {
    const plan = planValueChanges(numbered({ indicator: " N1 ", year: 2025, value: 1 }), contextWith());
    expect(plan.errors).toEqual([]);
    expect(plan.changes).toHaveLength(1);
  });

  it("resolves breakdowns given as an object, a key, or a member's name to one canonical key", () => {
    const plan = planValueChanges(
      numbered(
        { indicator: "S1", disaggregation: "SEX=M", value: 1 },
        { indicator: "S1", disaggregation: { SEX: "Female" }, value: 2 },
        { indicator: "S1", disaggregation: null, value: 3 },
      ),
      contextWith(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.changes.map((change) => change.disaggregation)).toEqual(["SEX=M", "SEX=F", ""]);
  });
});

describe("planValueChanges: every problem at its row and field", () => {
  const refusal = (input: ValueRowInput, existing: ExistingValue[] = []) => planValueChanges(numbered(input), contextWith(existing));

  it.each<[string, ValueRowInput, { field: string; message: string }]>([
    ["an unknown indicator", { indicator: "ZZ9", value: 1 }, { field: "indicator", message: "There is no indicator ZZ9 in FW" }],
    [
      "another institution's indicator",
      { indicator: "F1", value: 1 },
      { field: "indicator", message: "Indicator F1 is reported by MFA, not by MLSP" },
    ],
    [
      "an indicator nobody reports",
      { indicator: "U1", value: 1 },
      { field: "indicator", message: "Indicator U1 is reported by no institution, not by MLSP" },
    ],
    [
      "a year before the cycle",
      { indicator: "N1", year: 2024, value: 1 },
      { field: "year", message: "The year 2024 is outside the 2025 cycle" },
    ],
    [
      "a year after the cycle",
      { indicator: "N1", year: 2026, value: 1 },
      { field: "year", message: "The year 2026 is outside the 2025 cycle" },
    ],
    [
      "a dimension the indicator is not broken down by",
      { indicator: "S1", disaggregation: { AGE_GROUP: "Y15T24" }, value: 1 },
      { field: "disaggregation", message: "Indicator S1 is broken down only by SEX, not by AGE_GROUP" },
    ],
    [
      "a breakdown of an indicator without breakdowns",
      { indicator: "N1", disaggregation: "SEX=F", value: 1 },
      { field: "disaggregation", message: "Indicator N1 has no breakdown; leave the breakdown empty" },
    ],
    [
      "a member that does not exist",
      { indicator: "S1", disaggregation: { SEX: "X" }, value: 1 },
      { field: "disaggregation", message: "Sex has no member “X”; use one of: F, M" },
    ],
    [
      "a malformed breakdown key",
      { indicator: "S1", disaggregation: "SEX", value: 1 },
      { field: "disaggregation", message: "Write the breakdown as DIMENSION=member, e.g. SEX=F, or leave it empty for the total" },
    ],
    ["text in a number field", { indicator: "N1", value: "many" }, { field: "value", message: "Enter a number, e.g. 1250 or 12.5" }],
    ["a boolean in a number field", { indicator: "N1", value: true }, { field: "value", message: "Enter a number, e.g. 1250 or 12.5" }],
    ["a number below the lower limit", { indicator: "N1", value: -5 }, { field: "value", message: "Enter a value of at least 0 persons" }],
    [
      "an ambiguous thousands separator",
      { indicator: "N1", value: "1,250" },
      {
        field: "value",
        message: "“1,250” could mean a thousand-separated or a decimal number: type it without a thousands separator, e.g. 1250 or 1.25",
      },
    ],
    ["a percentage of 120", { indicator: "P1", value: 120 }, { field: "value", message: "Enter a value of at most 100 %" }],
    ["a negative percentage", { indicator: "P1", value: "-1" }, { field: "value", message: "Enter a value of at least 0 %" }],
    [
      "text in a percentage field",
      { indicator: "P1", value: "half" },
      { field: "value", message: "Enter a percentage as a number, e.g. 42.5" },
    ],
    [
      "a level outside the scale",
      { indicator: "L1", value: "finished" },
      { field: "value", message: "Choose one of: none, initiated, advanced, completed" },
    ],
    [
      "a number for a level-based indicator",
      { indicator: "L1", value: 3 },
      { field: "value", message: "Choose one of: none, initiated, advanced, completed" },
    ],
    ["an answer that is not yes or no", { indicator: "Y1", value: "maybe" }, { field: "value", message: "Choose one of: no, yes" }],
    [
      "a text that is too long",
      { indicator: "T1", value: "x".repeat(10_001) },
      { field: "value", message: "Keep the text under 10000 characters" },
    ],
  ])("refuses %s", (_label, input, expected) => {
    const plan = refusal(input);
    expect(plan.errors).toEqual([{ row: 1, ...expected }]);
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.unchanged).toBe(0);
  });

  it("refuses a duplicate row, naming the first row, also when the breakdown is written differently", () => {
    const plan = planValueChanges(
      numbered(
        { indicator: "N1", value: 1 },
        { indicator: "N1", value: 2 },
        { indicator: "S1", disaggregation: { SEX: "F" }, value: 3 },
        { indicator: "S1", disaggregation: "SEX=Female", value: 4 },
      ),
      contextWith(),
    );
    expect(plan.errors).toEqual([
      { row: 2, field: "disaggregation", message: "N1 Total already appears in row 1" },
      { row: 4, field: "disaggregation", message: "S1 F already appears in row 3" },
    ]);
    expect(plan.changes.map((change) => change.row)).toEqual([1, 3]);
  });

  it.each<[ValueStatus, string]>([
    ["SUBMITTED", "This value is submitted and awaits review; ask the secretariat to return it to change it"],
    ["APPROVED", "This value is approved and locked; the secretariat can reopen it"],
  ])("refuses to change or clear a %s value", (status, message) => {
    const locked = [existingValue("N1", { number: 10, status }), existingValue("P1", { number: 20, status })];
    const plan = planValueChanges(numbered({ indicator: "N1", value: 11 }, { indicator: "P1", value: null }), contextWith(locked));
    expect(plan.errors).toEqual([
      { row: 1, field: "value", message },
      { row: 2, field: "value", message },
    ]);
    expect(plan.changes).toEqual([]);
  });

  it("refuses every change, creation and deletion in a closed cycle", () => {
    const closed = { status: "CLOSED" as const, year: 2025 };
    const plan = planValueChanges(
      numbered({ indicator: "N1", value: 11 }, { indicator: "P1", value: null }, { indicator: "T1", value: "New" }),
      contextWith([existingValue("N1", { number: 10 }), existingValue("P1", { number: 20 })], closed),
    );
    const message = "The 2025 cycle is closed; values can no longer change";
    expect(plan.errors).toEqual([
      { row: 1, field: "value", message },
      { row: 2, field: "value", message },
      { row: 3, field: "value", message },
    ]);
    expect(plan.changes).toEqual([]);
  });

  it("reports every problem of a batch at once, at the row numbers it was given, and keeps planning the good rows", () => {
    const plan = planValueChanges(
      [
        { row: 12, input: { indicator: "N1", value: "abc" } },
        { row: 15, input: { indicator: "T1", value: "Fine" } },
        { row: 20, input: { indicator: "P1", value: 120 } },
        { row: 21, input: { indicator: "ZZ9", value: 1 } },
        { row: 30, input: { indicator: "T1", value: "Again" } },
      ],
      contextWith(),
    );
    expect(plan.errors).toEqual([
      { row: 12, field: "value", message: "Enter a number, e.g. 1250 or 12.5" },
      { row: 20, field: "value", message: "Enter a value of at most 100 %" },
      { row: 21, field: "indicator", message: "There is no indicator ZZ9 in FW" },
      { row: 30, field: "disaggregation", message: "T1 Total already appears in row 15" },
    ]);
    expect(plan.changes.map((change) => [change.kind, change.row])).toEqual([["create", 15]]);
  });

  it("reports one problem per row: the first one found", () => {
    const plan = planValueChanges(
      numbered({ indicator: "F1", year: 2020, disaggregation: { AGE_GROUP: "X" }, value: "abc" }),
      contextWith(),
    );
    expect(plan.errors).toEqual([{ row: 1, field: "indicator", message: "Indicator F1 is reported by MFA, not by MLSP" }]);
  });
});

describe("planValueChanges: optimistic concurrency", () => {
  const draft = () => existingValue("N1", { number: 10, version: 2 });

  it("reports a conflict when the person saw no value (version null) but there is one now, with the current value", () => {
    const plan = planValueChanges(numbered({ indicator: "N1", value: 11, version: null }), contextWith([draft()]));
    expect(plan.conflicts).toEqual([
      {
        row: 1,
        indicator: "N1",
        disaggregation: "",
        yourVersion: null,
        current: { value: 10, status: "DRAFT", version: 2, updatedAt: UPDATED_AT },
      },
    ]);
    expect(plan.changes).toEqual([]);
    expect(plan.errors).toEqual([]);
  });

  it("reports a conflict when the person saw version n and the value is at n + 1", () => {
    const plan = planValueChanges(numbered({ indicator: "N1", value: 11, version: 1 }), contextWith([draft()]));
    expect(plan.conflicts).toEqual([
      {
        row: 1,
        indicator: "N1",
        disaggregation: "",
        yourVersion: 1,
        current: { value: 10, status: "DRAFT", version: 2, updatedAt: UPDATED_AT },
      },
    ]);
    expect(plan.changes).toEqual([]);
  });

  it("reports a conflict when the person saw a value that has been deleted since (current null)", () => {
    const plan = planValueChanges(numbered({ indicator: "N1", value: 11, version: 2 }), contextWith());
    expect(plan.conflicts).toEqual([{ row: 1, indicator: "N1", disaggregation: "", yourVersion: 2, current: null }]);
  });

  it("reports a conflict on a clearing row too, and on a breakdown with its key and level value", () => {
    const values = [
      existingValue("N1", { number: 10, version: 2 }),
      existingValue("S1", { disaggregation: "SEX=F", number: 4, version: 3 }),
      existingValue("L1", { levelCode: "none", version: 4 }),
    ];
    const plan = planValueChanges(
      numbered(
        { indicator: "N1", value: null, version: 1 },
        { indicator: "S1", disaggregation: { SEX: "F" }, value: 5, version: 2 },
        { indicator: "L1", value: "advanced", version: 3 },
      ),
      contextWith(values),
    );
    expect(
      plan.conflicts.map((conflict) => [
        conflict.row,
        conflict.disaggregation,
        conflict.yourVersion,
        conflict.current?.value,
        conflict.current?.version,
      ]),
    ).toEqual([
      [1, "", 1, 10, 2],
      [2, "SEX=F", 2, 4, 3],
      [3, "", 3, "none", 4],
    ]);
  });

  it("goes ahead when the version matches (n for an existing value, null for a new one)", () => {
    const plan = planValueChanges(
      numbered({ indicator: "N1", value: 11, version: 2 }, { indicator: "P1", value: 50, version: null }),
      contextWith([draft()]),
    );
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes.map((change) => change.kind)).toEqual(["update", "create"]);
  });

  it("does not check at all when the version is omitted (an explicit overwrite)", () => {
    const plan = planValueChanges(numbered({ indicator: "N1", value: 11 }), contextWith([existingValue("N1", { number: 10, version: 9 })]));
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes.map((change) => change.kind)).toEqual(["update"]);
  });

  it("keeps row numbers in conflicts, and keeps conflicts apart from errors", () => {
    const plan = planValueChanges(
      [
        { row: 4, input: { indicator: "N1", value: 11, version: 1 } },
        { row: 9, input: { indicator: "P1", value: 500 } },
      ],
      contextWith([draft()]),
    );
    expect(plan.conflicts.map((conflict) => conflict.row)).toEqual([4]);
    expect(plan.errors).toEqual([{ row: 9, field: "value", message: "Enter a value of at most 100 %" }]);
  });
});
