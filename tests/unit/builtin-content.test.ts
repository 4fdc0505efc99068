import { describe, expect, it } from "vitest";
import { frameworkDefinitionSchema, type FrameworkDefinition } from "@/lib/frameworks/schemas";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import { MGI_LEVELS, SDG_10_7_2_LEVELS } from "@/lib/frameworks/builtin/scales";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { DEMO_MATRIX } from "@/lib/demo/demo-matrix";
import { flattenIndicators } from "@/lib/demo/generate-demo-values";
import { isLevelBased, isQuantitative, YES_NO_LEVELS } from "@/lib/indicators/value-types";

const FRAMEWORKS: [string, FrameworkDefinition][] = [
  ["MGI", MGI_FRAMEWORK],
  ["SDG 10.7.2", SDG_10_7_2_FRAMEWORK],
  ["demo matrix", DEMO_MATRIX],
];

describe.each(FRAMEWORKS)("built-in definition %s", (_name, definition) => {
  it("parses with the framework definition schema", () => {
    const result = frameworkDefinitionSchema.safeParse(definition);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it("has exactly six top-level areas", () => {
    expect(definition.areas).toHaveLength(6);
  });

  it("has an approved version", () => {
    expect(definition.version.status).toBe("APPROVED");
  });

  it("maps every indicator to an MGI domain from 1 to 6", () => {
    for (const indicator of flattenIndicators(definition.areas)) {
      expect(indicator.mappings?.mgiDomain, indicator.code).toBeGreaterThanOrEqual(1);
      expect(indicator.mappings?.mgiDomain, indicator.code).toBeLessThanOrEqual(6);
    }
  });
});

/** Levels as the English scale defines them, without the translations installation adds. */
function englishLevels(levels: readonly { code: string; label: string; score: number }[] | undefined) {
  return levels?.map(({ code, label, score }) => ({ code, label, score }));
}

describe("MGI framework", () => {
  const indicators = flattenIndicators(MGI_FRAMEWORK.areas);

  it("has at least 60 indicators", () => {
    expect(indicators.length).toBeGreaterThanOrEqual(60);
  });

  it("answers every indicator on the absent / partial / full scale", () => {
    expect(MGI_LEVELS.map((level) => [level.code, level.score])).toEqual([
      ["absent", 0],
      ["partial", 0.5],
      ["full", 1],
    ]);
    for (const indicator of indicators) {
      expect(indicator.valueType, indicator.code).toBe("LEVELS");
      // The scale's own levels, carrying their French and Spanish labels (decision 042).
      expect(englishLevels(indicator.levels), indicator.code).toEqual(MGI_LEVELS);
      expect(
        indicator.levels?.every((level) => level.labelTranslations?.fr && level.labelTranslations.es),
        indicator.code,
      ).toBe(true);
    }
  });

  it("nests indicators under sub-areas of six domains D1..D6", () => {
    expect(MGI_FRAMEWORK.areas.map((area) => area.code)).toEqual(["D1", "D2", "D3", "D4", "D5", "D6"]);
    for (const area of MGI_FRAMEWORK.areas) {
      expect(area.areas?.length, area.code).toBeGreaterThan(0);
    }
  });

  it("maps each indicator to the domain it sits in", () => {
    for (const [index, area] of MGI_FRAMEWORK.areas.entries()) {
      for (const indicator of flattenIndicators([area])) {
        expect(indicator.mappings?.mgiDomain, indicator.code).toBe(index + 1);
      }
    }
  });
});

describe("SDG 10.7.2 framework", () => {
  const indicators = flattenIndicators(SDG_10_7_2_FRAMEWORK.areas);

  it("has six policy domains PD_1..PD_6 with exactly five indicators each", () => {
    expect(SDG_10_7_2_FRAMEWORK.areas.map((area) => area.code)).toEqual(["PD_1", "PD_2", "PD_3", "PD_4", "PD_5", "PD_6"]);
    for (const area of SDG_10_7_2_FRAMEWORK.areas) {
      expect(flattenIndicators([area]), area.code).toHaveLength(5);
    }
    expect(indicators).toHaveLength(30);
  });

  it("codes each indicator after its domain", () => {
    for (const area of SDG_10_7_2_FRAMEWORK.areas) {
      for (const indicator of flattenIndicators([area])) {
        expect(indicator.code.startsWith(`${area.code}.`), indicator.code).toBe(true);
      }
    }
  });

  it("uses the SDG 10.7.2 scoring method", () => {
    expect(SDG_10_7_2_FRAMEWORK.scoringMethod).toBe("SDG_10_7_2");
  });

  it("answers every indicator yes/no or on the no / partially / yes scale scored 0, 0.5 and 1", () => {
    expect(SDG_10_7_2_LEVELS.map((level) => [level.code, level.score])).toEqual([
      ["no", 0],
      ["partial", 0.5],
      ["yes", 1],
    ]);
    for (const indicator of indicators) {
      expect(["YES_NO", "LEVELS"], indicator.code).toContain(indicator.valueType);
      const levels = indicator.valueType === "YES_NO" ? YES_NO_LEVELS : indicator.levels;
      if (indicator.valueType === "LEVELS") expect(englishLevels(indicator.levels), indicator.code).toEqual(SDG_10_7_2_LEVELS);
      for (const level of levels ?? []) {
        expect([0, 0.5, 1], indicator.code).toContain(level.score);
      }
    }
  });
});

describe("demo matrix", () => {
  const indicators = flattenIndicators(DEMO_MATRIX.areas);
  const institutionCodes = new Set(DEMO_INSTITUTIONS.map((institution) => institution.code));

  it("has exactly 65 indicators", () => {
    expect(indicators).toHaveLength(65);
  });

  it("mixes quantitative and qualitative indicators", () => {
    expect(indicators.some((indicator) => isQuantitative(indicator.valueType))).toBe(true);
    expect(indicators.some((indicator) => isLevelBased(indicator.valueType))).toBe(true);
    expect(indicators.some((indicator) => indicator.valueType === "TEXT")).toBe(true);
  });

  it("gives every indicator a lead institution from the demo institutions", () => {
    for (const indicator of indicators) {
      expect(indicator.leadInstitution, indicator.code).toBeDefined();
      expect(institutionCodes.has(indicator.leadInstitution!), `${indicator.code} lead ${indicator.leadInstitution}`).toBe(true);
    }
  });

  it("names only demo institutions as contributors", () => {
    for (const indicator of indicators) {
      for (const contributor of indicator.contributors ?? []) {
        expect(institutionCodes.has(contributor), `${indicator.code} contributor ${contributor}`).toBe(true);
      }
    }
  });

  it("gives every indicator an MGI domain mapping", () => {
    for (const indicator of indicators) {
      expect(indicator.mappings?.mgiDomain, indicator.code).toBeDefined();
    }
  });
});

describe("demo institutions", () => {
  it("are about fifteen central authorities", () => {
    expect(DEMO_INSTITUTIONS.length).toBeGreaterThanOrEqual(12);
    expect(DEMO_INSTITUTIONS.length).toBeLessThanOrEqual(18);
  });

  it("have unique codes and non-empty names", () => {
    expect(new Set(DEMO_INSTITUTIONS.map((institution) => institution.code)).size).toBe(DEMO_INSTITUTIONS.length);
    for (const institution of DEMO_INSTITUTIONS) {
      expect(institution.name.trim(), institution.code).not.toBe("");
    }
  });

  it("each lead at least one demo indicator or contribute to one", () => {
    const involved = new Set(
      flattenIndicators(DEMO_MATRIX.areas).flatMap((indicator) => [indicator.leadInstitution, ...(indicator.contributors ?? [])]),
    );
    for (const institution of DEMO_INSTITUTIONS) {
      expect(involved.has(institution.code), institution.code).toBe(true);
    }
  });
});
