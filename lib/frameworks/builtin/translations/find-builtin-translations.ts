import type { LevelDefinition } from "@/lib/indicators/value-types";
import { DIMENSION_TEXTS } from "./dimensions-texts";
import type { BuiltinAreaTexts, BuiltinFrameworkTexts, BuiltinIndicatorTexts, BuiltinText } from "./builtin-texts";
import { MGI_TEXTS } from "./mgi-fr-es";
import { GCM_OBJECTIVE_TEXTS, MGI_DOMAIN_TEXTS } from "./reference-lists-fr-es";
import { SCALE_TEXTS } from "./scales-fr-es";
import { SDG_10_7_2_TEXTS } from "./sdg-10-7-2-fr-es";

/**
 * The translated texts of built-in content (builtin-texts.ts), one lookup per kind of entity,
 * by the codes the definitions use. Each answers undefined for a code that is not built in, so
 * a caller can pass any framework's codes and write translations only where they exist.
 */

/** By framework code, as in MGI_FRAMEWORK.code and SDG_10_7_2_FRAMEWORK.code. */
export const BUILTIN_FRAMEWORK_TEXTS: Readonly<Record<string, BuiltinFrameworkTexts>> = {
  MGI: MGI_TEXTS,
  "SDG-10-7-2": SDG_10_7_2_TEXTS,
};

function frameworkTexts(frameworkCode: string): BuiltinFrameworkTexts | undefined {
  return Object.hasOwn(BUILTIN_FRAMEWORK_TEXTS, frameworkCode) ? BUILTIN_FRAMEWORK_TEXTS[frameworkCode] : undefined;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Framework.name / Framework.description. */
export function findBuiltinFrameworkTranslations(frameworkCode: string): { name: BuiltinText; description?: BuiltinText } | undefined {
  const texts = frameworkTexts(frameworkCode);
  return texts && { name: texts.name, ...(texts.description ? { description: texts.description } : {}) };
}

/** Area.name / Area.description. */
export function findBuiltinAreaTranslations(frameworkCode: string, areaCode: string): BuiltinAreaTexts | undefined {
  const texts = frameworkTexts(frameworkCode);
  return texts && own(texts.areas, areaCode);
}

/** Indicator.name / Indicator.definition / Indicator.unit. */
export function findBuiltinIndicatorTranslations(frameworkCode: string, indicatorCode: string): BuiltinIndicatorTexts | undefined {
  const texts = frameworkTexts(frameworkCode);
  return texts && own(texts.indicators, indicatorCode);
}

/**
 * IndicatorLevel.label, by the level's code and English label: the scales are shared by many
 * indicators (and yes/no by every YES_NO indicator of any framework), so the level itself
 * says which scale it comes from. A label someone changed is not translated.
 */
export function findBuiltinLevelLabelTranslations(level: Pick<LevelDefinition, "code" | "label">): BuiltinText | undefined {
  const scale = SCALE_TEXTS.find((candidate) => candidate.levels.some((known) => known.code === level.code && known.label === level.label));
  return scale && own(scale.labels, level.code);
}

/** Dimension.name. */
export function findBuiltinDimensionTranslations(dimensionCode: string): BuiltinText | undefined {
  return own(DIMENSION_TEXTS, dimensionCode)?.name;
}

/** DimensionMember.name. */
export function findBuiltinDimensionMemberTranslations(dimensionCode: string, memberCode: string): BuiltinText | undefined {
  const dimension = own(DIMENSION_TEXTS, dimensionCode);
  return dimension && own(dimension.members, memberCode);
}

/** The short name of an MGI domain (1-6) that indicators map to, as MGI_DOMAIN_NAMES gives it in English. */
export function findBuiltinMgiDomainTranslations(domain: number): BuiltinText | undefined {
  return own(MGI_DOMAIN_TEXTS, String(domain));
}

/** The short name of a Global Compact objective (1-23), as GCM_OBJECTIVE_NAMES gives it in English. */
export function findBuiltinGcmObjectiveTranslations(objective: number): BuiltinText | undefined {
  return own(GCM_OBJECTIVE_TEXTS, String(objective));
}
