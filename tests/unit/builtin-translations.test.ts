import { describe, expect, it } from "vitest";
import { flattenIndicators } from "@/lib/demo/generate-demo-values";
import { STANDARD_DIMENSIONS } from "@/lib/frameworks/builtin/dimensions";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { GCM_OBJECTIVE_NAMES, MGI_DOMAIN_NAMES } from "@/lib/frameworks/builtin/reference-lists";
import { IMPLEMENTATION_LEVELS, MGI_LEVELS, SDG_10_7_2_LEVELS } from "@/lib/frameworks/builtin/scales";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import {
  findBuiltinAreaTranslations,
  findBuiltinDimensionMemberTranslations,
  findBuiltinDimensionTranslations,
  findBuiltinFrameworkTranslations,
  findBuiltinIndicatorTranslations,
  findBuiltinGcmObjectiveTranslations,
  findBuiltinLevelLabelTranslations,
  findBuiltinMgiDomainTranslations,
} from "@/lib/frameworks/builtin/translations/find-builtin-translations";
import { UNVERIFIED_MARKS, type BuiltinText } from "@/lib/frameworks/builtin/translations/builtin-texts";
import { BUILTIN_FRAMEWORK_TEXTS } from "@/lib/frameworks/builtin/translations/find-builtin-translations";
import { DIMENSION_TEXTS } from "@/lib/frameworks/builtin/translations/dimensions-texts";
import { GCM_OBJECTIVE_TEXTS, MGI_DOMAIN_TEXTS } from "@/lib/frameworks/builtin/translations/reference-lists-fr-es";
import { SCALE_TEXTS } from "@/lib/frameworks/builtin/translations/scales-fr-es";
import { withBuiltinTranslations } from "@/lib/frameworks/builtin/translations/with-builtin-translations";
import type { AreaDefinition, FrameworkDefinition } from "@/lib/frameworks/schemas";
import { YES_NO_LEVELS } from "@/lib/indicators/value-types";

const FRAMEWORKS: [string, FrameworkDefinition][] = [
  ["MGI", MGI_FRAMEWORK],
  ["SDG 10.7.2", SDG_10_7_2_FRAMEWORK],
];

function flattenAreas(areas: AreaDefinition[]): AreaDefinition[] {
  return areas.flatMap((area) => [area, ...flattenAreas(area.areas ?? [])]);
}

/** Every English text of the built-in content beside its French and Spanish, labelled for failure messages. */
function allPairs(): { where: string; en: string; texts: BuiltinText | undefined }[] {
  const pairs: { where: string; en: string; texts: BuiltinText | undefined }[] = [];
  for (const [, definition] of FRAMEWORKS) {
    const framework = findBuiltinFrameworkTranslations(definition.code);
    pairs.push({ where: `${definition.code} name`, en: definition.name, texts: framework?.name });
    if (definition.description) {
      pairs.push({ where: `${definition.code} description`, en: definition.description, texts: framework?.description });
    }
    for (const area of flattenAreas(definition.areas)) {
      const texts = findBuiltinAreaTranslations(definition.code, area.code);
      pairs.push({ where: `area ${area.code} name`, en: area.name, texts: texts?.name });
      if (area.description) pairs.push({ where: `area ${area.code} description`, en: area.description, texts: texts?.description });
    }
    for (const indicator of flattenIndicators(definition.areas)) {
      const texts = findBuiltinIndicatorTranslations(definition.code, indicator.code);
      pairs.push({ where: `indicator ${indicator.code} name`, en: indicator.name, texts: texts?.name });
      if (indicator.definition) {
        pairs.push({ where: `indicator ${indicator.code} definition`, en: indicator.definition, texts: texts?.definition });
      }
      if (indicator.unit) pairs.push({ where: `indicator ${indicator.code} unit`, en: indicator.unit, texts: texts?.unit });
      const levels = indicator.valueType === "YES_NO" ? YES_NO_LEVELS : (indicator.levels ?? []);
      for (const level of levels) {
        pairs.push({
          where: `indicator ${indicator.code} level ${level.code}`,
          en: level.label,
          texts: findBuiltinLevelLabelTranslations(level),
        });
      }
    }
  }
  for (const level of [...MGI_LEVELS, ...SDG_10_7_2_LEVELS, ...YES_NO_LEVELS, ...IMPLEMENTATION_LEVELS]) {
    pairs.push({ where: `scale level ${level.code}`, en: level.label, texts: findBuiltinLevelLabelTranslations(level) });
  }
  for (const dimension of STANDARD_DIMENSIONS) {
    pairs.push({ where: `dimension ${dimension.code}`, en: dimension.name, texts: findBuiltinDimensionTranslations(dimension.code) });
    for (const member of dimension.members) {
      const texts = findBuiltinDimensionMemberTranslations(dimension.code, member.code);
      pairs.push({ where: `member ${dimension.code}/${member.code}`, en: member.name, texts });
    }
  }
  for (const [domain, name] of Object.entries(MGI_DOMAIN_NAMES)) {
    pairs.push({ where: `MGI domain ${domain}`, en: name, texts: findBuiltinMgiDomainTranslations(Number(domain)) });
  }
  for (const [objective, name] of Object.entries(GCM_OBJECTIVE_NAMES)) {
    pairs.push({ where: `GCM objective ${objective}`, en: name, texts: findBuiltinGcmObjectiveTranslations(Number(objective)) });
  }
  return pairs;
}

/**
 * Words that are spelt the same in English and in the other language: a translator would
 * write them so, they are no untranslated leftovers.
 */
const SAME_AS_ENGLISH = [
  { language: "fr", en: "Absent" },
  { language: "es", en: "No" },
  { language: "fr", en: "Centre" },
  { language: "fr", en: "Non-migrant" },
];

describe("French and Spanish texts of the built-in content", () => {
  it("exist, non-empty, for every built-in text that has an English wording", () => {
    const missing = allPairs()
      .filter(({ texts }) => !texts || texts.fr.trim() === "" || texts.es.trim() === "")
      .map(({ where }) => where);
    expect(missing).toEqual([]);
  });

  it("are not English text copied over, except words spelt alike", () => {
    const copied = allPairs().flatMap(({ en, texts }) =>
      (["fr", "es"] as const).filter((language) => texts?.[language] === en).map((language) => ({ language, en })),
    );
    const distinct = [...new Map(copied.map((entry) => [`${entry.language}:${entry.en}`, entry])).values()];
    expect(distinct.sort((a, b) => a.en.localeCompare(b.en))).toEqual([...SAME_AS_ENGLISH].sort((a, b) => a.en.localeCompare(b.en)));
  });

  it("mark as unverified exactly the texts whose English is marked so", () => {
    const wrong = allPairs()
      .filter(({ texts }) => texts)
      .flatMap(({ where, en, texts }) => {
        const isUnverified = en.endsWith(UNVERIFIED_MARKS.en);
        return (["fr", "es"] as const)
          .filter((language) => texts![language].endsWith(UNVERIFIED_MARKS[language]) !== isUnverified)
          .map((language) => `${where} (${language})`);
      });
    expect(wrong).toEqual([]);
    expect(allPairs().some(({ en }) => en.endsWith(UNVERIFIED_MARKS.en))).toBe(true);
  });

  it("put a space before French high punctuation, open Spanish questions with ¿, and keep the English mark out", () => {
    const bad = allPairs()
      .filter(
        ({ texts }) =>
          texts &&
          (/[^\s][?;:!]/.test(texts.fr) || (texts.es.endsWith("?") && !texts.es.startsWith("¿")) || /unverified/.test(texts.fr + texts.es)),
      )
      .map(({ where }) => where);
    expect(bad).toEqual([]);
  });

  it.each(FRAMEWORKS)("name no area or indicator that %s does not have", (_, definition) => {
    const texts = BUILTIN_FRAMEWORK_TEXTS[definition.code]!;
    const areaCodes = new Set(flattenAreas(definition.areas).map((area) => area.code));
    const indicators = new Map(flattenIndicators(definition.areas).map((indicator) => [indicator.code, indicator]));
    expect(Object.keys(texts.areas).filter((code) => !areaCodes.has(code))).toEqual([]);
    expect(Object.keys(texts.indicators).filter((code) => !indicators.has(code))).toEqual([]);
    // A translated definition or unit needs an English one to translate.
    for (const [code, indicatorTexts] of Object.entries(texts.indicators)) {
      expect(indicatorTexts.definition === undefined, code).toBe(indicators.get(code)!.definition === undefined);
      expect(indicatorTexts.unit === undefined, code).toBe(indicators.get(code)!.unit === undefined);
    }
    for (const area of flattenAreas(definition.areas)) {
      expect(texts.areas[area.code]!.description === undefined, area.code).toBe(area.description === undefined);
    }
  });

  it("name no scale level, dimension member, MGI domain or GCM objective that does not exist", () => {
    expect(Object.keys(MGI_DOMAIN_TEXTS)).toEqual(Object.keys(MGI_DOMAIN_NAMES));
    expect(Object.keys(GCM_OBJECTIVE_TEXTS)).toEqual(Object.keys(GCM_OBJECTIVE_NAMES));
    for (const scale of SCALE_TEXTS) {
      expect(Object.keys(scale.labels).sort()).toEqual(scale.levels.map((level) => level.code).sort());
    }
    expect(Object.keys(DIMENSION_TEXTS).sort()).toEqual(STANDARD_DIMENSIONS.map((dimension) => dimension.code).sort());
    for (const dimension of STANDARD_DIMENSIONS) {
      expect(Object.keys(DIMENSION_TEXTS[dimension.code]!.members).sort(), dimension.code).toEqual(
        dimension.members.map((member) => member.code).sort(),
      );
    }
  });

  it("name every standard dimension and member in Romanian (comma-below ș ț) and Russian too", () => {
    const texts = STANDARD_DIMENSIONS.flatMap((dimension) => [
      { where: dimension.code, text: findBuiltinDimensionTranslations(dimension.code) },
      ...dimension.members.map((member) => ({
        where: `${dimension.code}/${member.code}`,
        text: findBuiltinDimensionMemberTranslations(dimension.code, member.code),
      })),
    ]);
    const bad = texts.filter(({ text }) => !text?.ro?.trim() || !text.ru?.trim() || /[şţŞŢ]/.test(text.ro) || !/[а-яё]/i.test(text.ru));
    expect(bad.map(({ where }) => where)).toEqual([]);
  });

  it("answer nothing for codes that are not built in, prototype names included", () => {
    expect(findBuiltinFrameworkTranslations("DMD")).toBeUndefined();
    expect(findBuiltinAreaTranslations("MGI", "PD_1")).toBeUndefined();
    expect(findBuiltinIndicatorTranslations("MGI", "constructor")).toBeUndefined();
    expect(findBuiltinLevelLabelTranslations({ code: "partial", label: "Half done" })).toBeUndefined();
    expect(findBuiltinDimensionTranslations("toString")).toBeUndefined();
    expect(findBuiltinDimensionMemberTranslations("SEX", "X")).toBeUndefined();
    expect(findBuiltinMgiDomainTranslations(7)).toBeUndefined();
    expect(findBuiltinGcmObjectiveTranslations(24)).toBeUndefined();
  });
});

describe("built-in definitions", () => {
  it.each(FRAMEWORKS)("%s carries the French and Spanish names of every area and indicator", (_, definition) => {
    for (const area of flattenAreas(definition.areas)) {
      expect(area.nameTranslations, area.code).toEqual(findBuiltinAreaTranslations(definition.code, area.code)!.name);
    }
    for (const indicator of flattenIndicators(definition.areas)) {
      expect(indicator.nameTranslations, indicator.code).toEqual(findBuiltinIndicatorTranslations(definition.code, indicator.code)!.name);
    }
  });

  it("keep a translation the definition already has, and its other languages", () => {
    const definition: FrameworkDefinition = {
      code: "MGI",
      name: "MGI",
      version: { label: "1" },
      areas: [
        {
          code: "D1",
          name: "Rights",
          nameTranslations: { fr: "Droits (version nationale)", ro: "Drepturi" },
          indicators: [{ code: "MGI-1.1.1", name: "Health", valueType: "TEXT" }],
        },
        { code: "LOCAL", name: "Local area", indicators: [{ code: "LOCAL.1", name: "Local", valueType: "TEXT" }] },
      ],
    };
    const translated = withBuiltinTranslations(definition, BUILTIN_FRAMEWORK_TEXTS.MGI!);
    expect(translated.areas[0]!.nameTranslations).toEqual({
      fr: "Droits (version nationale)",
      es: "Derechos de los migrantes",
      ro: "Drepturi",
    });
    expect(translated.areas[0]!.indicators![0]!.nameTranslations).toEqual(BUILTIN_FRAMEWORK_TEXTS.MGI!.indicators["MGI-1.1.1"]!.name);
    expect(translated.areas[1]).toEqual(definition.areas[1]);
  });
});
