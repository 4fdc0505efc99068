import { describe, expect, it } from "vitest";
import { indicatorFormValues, readIndicatorForm, toIndicatorFormProblems } from "@/lib/frameworks/editor/indicator-form";
import type { IndicatorDefinition } from "@/lib/frameworks/schemas";
import { STANDARD_DIMENSIONS } from "@/lib/frameworks/builtin/dimensions";

const REFERENCES = {
  institutions: [
    { code: "MFA", name: "Foreign affairs" },
    { code: "NBS", name: "Statistics" },
  ],
  dimensions: STANDARD_DIMENSIONS,
};

const INDICATOR: IndicatorDefinition = {
  code: "B.2",
  name: "Plan adopted; with a = sign",
  nameTranslations: { ro: "Plan adoptat", ru: "План" },
  definition: "Whether the plan is adopted",
  valueType: "LEVELS",
  levels: [
    { code: "none", label: "Not; started", score: 0 },
    { code: "done", label: "Adopted = final", score: 1 },
  ],
  baseline: { year: 2018, value: "none" },
  targets: [{ year: 2025, value: "done", isFinal: true }],
  leadInstitution: "MFA",
  contributors: ["NBS"],
  dimensions: ["SEX"],
  mappings: { mgiDomain: 2, sdgTargets: ["10.7"], gcmObjectives: [19, 23] },
};

function formDataOf(values: ReturnType<typeof indicatorFormValues>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) {
    if (key === "contributorList" || key === "dimensionList" || key === "contributors" || key === "dimensions") continue;
    data.set(key, value as string);
  }
  for (const code of values.contributorList) data.append("contributors", code);
  for (const code of values.dimensionList) data.append("dimensions", code);
  return data;
}

describe("the indicator form", () => {
  it("writes a definition into its fields and reads the same definition back", () => {
    const read = readIndicatorForm(formDataOf(indicatorFormValues(INDICATOR)), REFERENCES);
    expect(read).toEqual({ ok: true, indicator: INDICATOR });
  });

  it("names each problem by its field, in the workbook's words", () => {
    const values = indicatorFormValues(INDICATOR);
    const data = formDataOf({ ...values, targets: "2025 done", lead_institution: "GHOST", translations: "Romanian plan" });
    const read = readIndicatorForm(data, REFERENCES);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((problem) => problem.field).sort()).toEqual(["lead_institution", "targets", "translations"]);
    expect(read.problems.find((problem) => problem.field === "targets")!.message).toMatch(/write year:value/);
  });

  it("puts an operation's errors next to the form's fields", () => {
    const problems = [
      { field: "targets.0.value", message: "a" },
      { field: "baseline.year", message: "b" },
      { field: "mappings.sdgTargets", message: "c" },
      { field: "leadInstitution", message: "d" },
    ];
    expect(toIndicatorFormProblems(problems).map((problem) => problem.field)).toEqual([
      "targets",
      "baseline_year",
      "sdg_targets",
      "lead_institution",
    ]);
  });
});
