import { z } from "zod";
import { DIRECTIONS, VALUE_TYPES } from "@/lib/indicators/value-types";
import { refusedBy, zodMessage } from "@/lib/i18n/lib-text";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/**
 * A framework definition: the portable description of a matrix (areas, indicators, their
 * metadata). Built-in frameworks are written as definitions and installed into a
 * workspace; the same schema validates definitions that come from files or the API.
 */

const codeSchema = z
  .string()
  .trim()
  .min(1, zodMessage("validation.definitionEnterCode"))
  .max(40, zodMessage("validation.definitionCodeLength", { max: "40" }))
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, zodMessage("validation.definitionCodeLetters"));

const yearSchema = z.number().int().min(1900).max(2100);

/**
 * Lengths of a definition's texts. Generous: official indicator names run long (one of
 * Moldova's Romanian names has 522 characters), and importers cut only what exceeds them.
 */
export const DEFINITION_LIMITS = { indicatorName: 1000, areaName: 300, unit: 120, description: 5000 } as const;

/** A text in other languages, by language code (BCP 47 style: "ro", "ru", "fr-CA"); decision 042. */
function translationsSchema(maxLength: number) {
  return z.record(
    z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, zodMessage("validation.definitionLanguageCode")),
    z.string().trim().min(1).max(maxLength),
  );
}

/** Names in other languages, by language code. */
export const nameTranslationsSchema = translationsSchema(DEFINITION_LIMITS.indicatorName);
export type NameTranslations = z.infer<typeof nameTranslationsSchema>;
/** Any translated text of a definition (same shape as names, longer texts allowed). */
export type TextTranslations = NameTranslations;
const descriptionTranslationsSchema = translationsSchema(DEFINITION_LIMITS.description);
const shortTranslationsSchema = translationsSchema(1000);

export const levelDefinitionSchema = z.strictObject({
  code: z.string().trim().min(1).max(40),
  label: z.string().trim().min(1).max(200),
  labelTranslations: translationsSchema(200).optional(),
  /** Achievement share of this answer, 0 (none) to 1 (full). */
  score: z.number().min(0).max(1),
});

/** A number for quantitative indicators, a level code for level-based ones. */
const definitionValueSchema = z.union([z.number(), z.string().min(1)]);

export const indicatorDefinitionSchema = z
  .strictObject({
    code: codeSchema,
    name: z
      .string()
      .trim()
      .min(1, zodMessage("importProblems.editorEnterName"))
      .max(
        DEFINITION_LIMITS.indicatorName,
        zodMessage("validation.definitionNameLength", { max: String(DEFINITION_LIMITS.indicatorName) }),
      ),
    nameTranslations: nameTranslationsSchema.optional(),
    definition: z
      .string()
      .trim()
      .min(1)
      .max(5000, zodMessage("validation.definitionTextLength", { max: "5000" }))
      .optional(),
    definitionTranslations: descriptionTranslationsSchema.optional(),
    valueType: z.enum(VALUE_TYPES),
    unit: z
      .string()
      .trim()
      .max(DEFINITION_LIMITS.unit, zodMessage("validation.definitionUnitLength", { max: String(DEFINITION_LIMITS.unit) }))
      .optional(),
    unitTranslations: translationsSchema(DEFINITION_LIMITS.unit).optional(),
    direction: z.enum(DIRECTIONS).optional(),
    lowerLimit: z.number().optional(),
    upperLimit: z.number().optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    /** Issue 14, trap 6: breakdown rows must add up to the total before the value is submitted. */
    breakdownsMustSum: z.boolean().optional(),
    baseline: z.strictObject({ year: yearSchema, value: definitionValueSchema }).optional(),
    targets: z.array(z.strictObject({ year: yearSchema, value: definitionValueSchema, isFinal: z.boolean().optional() })).optional(),
    /** Required for LEVELS; YES_NO always uses the standard yes/no scale. */
    levels: z.array(levelDefinitionSchema).min(2).optional(),
    /** Institution codes. */
    leadInstitution: z.string().min(1).max(TEXT_LIMITS.code, zodMessage("validation.definitionLeadByCode")).optional(),
    contributors: z
      .array(z.string().min(1).max(TEXT_LIMITS.code, zodMessage("validation.definitionContributorsByCode")))
      .max(200)
      .optional(),
    dataSource: z
      .string()
      .trim()
      .max(1000, zodMessage("validation.definitionDataSourceLength", { max: "1000" }))
      .optional(),
    dataSourceTranslations: shortTranslationsSchema.optional(),
    verification: z
      .string()
      .trim()
      .max(1000, zodMessage("validation.definitionVerificationLength", { max: "1000" }))
      .optional(),
    verificationTranslations: shortTranslationsSchema.optional(),
    /** Dimension codes this indicator may be disaggregated by (e.g. "SEX"). */
    dimensions: z
      .array(z.string().min(1).max(TEXT_LIMITS.code, zodMessage("validation.definitionDimensionsByCode")))
      .max(20)
      .optional(),
    mappings: z
      .strictObject({
        mgiDomain: z.number().int().min(1).max(6).optional(),
        sdgTargets: z.array(z.string().regex(/^\d{1,2}\.[0-9a-z]{1,2}$/, zodMessage("validation.definitionSdgTarget"))).optional(),
        gcmObjectives: z.array(z.number().int().min(1).max(23)).optional(),
      })
      .optional(),
  })
  .superRefine((indicator, ctx) => {
    const quantitative = indicator.valueType === "NUMBER" || indicator.valueType === "PERCENTAGE";
    if (indicator.valueType === "LEVELS" && !indicator.levels) {
      ctx.addIssue({ code: "custom", path: ["levels"], ...refusedBy("validation.definitionLevelsNeeded") });
    }
    if (indicator.levels && indicator.valueType !== "LEVELS") {
      ctx.addIssue({ code: "custom", path: ["levels"], ...refusedBy("validation.definitionLevelsOnlyForLevels") });
    }
    if (indicator.levels) {
      const codes = new Set(indicator.levels.map((level) => level.code));
      if (codes.size !== indicator.levels.length) {
        ctx.addIssue({ code: "custom", path: ["levels"], ...refusedBy("validation.definitionLevelCodesUnique") });
      }
    }
    if (indicator.lowerLimit !== undefined && indicator.upperLimit !== undefined && indicator.lowerLimit > indicator.upperLimit) {
      ctx.addIssue({ code: "custom", path: ["upperLimit"], ...refusedBy("validation.definitionUpperBelowLower") });
    }
    const allowedLevels = new Set(indicator.valueType === "YES_NO" ? ["yes", "no"] : (indicator.levels ?? []).map((level) => level.code));
    const lower = indicator.lowerLimit ?? (indicator.valueType === "PERCENTAGE" ? 0 : undefined);
    const upper = indicator.upperLimit ?? (indicator.valueType === "PERCENTAGE" ? 100 : undefined);
    const checkValue = (value: number | string, path: (string | number)[]) => {
      if (quantitative && typeof value !== "number") {
        ctx.addIssue({ code: "custom", path, ...refusedBy("validation.definitionNeedsNumber") });
      }
      if (typeof value === "number" && ((lower !== undefined && value < lower) || (upper !== undefined && value > upper))) {
        ctx.addIssue({
          code: "custom",
          path,
          ...refusedBy("validation.definitionOutsideLimits", { lower: String(lower ?? "−∞"), upper: String(upper ?? "∞") }),
        });
      }
      if (!quantitative && indicator.valueType !== "TEXT" && (typeof value !== "string" || !allowedLevels.has(value))) {
        ctx.addIssue({ code: "custom", path, ...refusedBy("validation.definitionUseLevel", { levels: [...allowedLevels].join(", ") }) });
      }
      if (indicator.valueType === "TEXT") {
        ctx.addIssue({ code: "custom", path, ...refusedBy("validation.definitionNarrativeNoValue") });
      }
    };
    if (indicator.baseline) checkValue(indicator.baseline.value, ["baseline", "value"]);
    indicator.targets?.forEach((target, index) => checkValue(target.value, ["targets", index, "value"]));
    if (indicator.targets) {
      const years = new Set(indicator.targets.map((target) => target.year));
      if (years.size !== indicator.targets.length) {
        ctx.addIssue({ code: "custom", path: ["targets"], ...refusedBy("validation.definitionOneTargetPerYear") });
      }
    }
  });

export type IndicatorDefinition = z.input<typeof indicatorDefinitionSchema>;

export type AreaDefinition = {
  code: string;
  name: string;
  nameTranslations?: NameTranslations;
  description?: string;
  descriptionTranslations?: TextTranslations;
  areas?: AreaDefinition[];
  indicators?: IndicatorDefinition[];
};

// Typed input as well as output, so that nested indicators in TypeScript definitions are checked.
export const areaDefinitionSchema: z.ZodType<AreaDefinition, AreaDefinition> = z.lazy(() =>
  z.strictObject({
    code: codeSchema,
    name: z.string().trim().min(1).max(DEFINITION_LIMITS.areaName),
    nameTranslations: nameTranslationsSchema.optional(),
    description: z.string().trim().max(DEFINITION_LIMITS.description).optional(),
    descriptionTranslations: descriptionTranslationsSchema.optional(),
    areas: z.array(areaDefinitionSchema).optional(),
    indicators: z.array(indicatorDefinitionSchema).optional(),
  }),
);

export const frameworkDefinitionSchema = z
  .strictObject({
    code: codeSchema,
    name: z.string().trim().min(1).max(300),
    nameTranslations: translationsSchema(300).optional(),
    description: z.string().trim().max(5000).optional(),
    descriptionTranslations: descriptionTranslationsSchema.optional(),
    scoringMethod: z.enum(["NORMALISED_ACHIEVEMENT", "SDG_10_7_2"]).default("NORMALISED_ACHIEVEMENT"),
    baseYear: yearSchema.optional(),
    version: z.strictObject({
      number: z.number().int().min(1).default(1),
      label: z.string().trim().min(1).max(60),
      status: z.enum(["DRAFT", "IN_CONSULTATION", "VALIDATED", "APPROVED", "SUPERSEDED"]).default("DRAFT"),
      approvedAt: z.string().date().optional(),
    }),
    areas: z.array(areaDefinitionSchema).min(1),
  })
  .superRefine((framework, ctx) => {
    const areaCodes = new Set<string>();
    const indicatorCodes = new Set<string>();
    const walk = (areas: AreaDefinition[], path: (string | number)[]) => {
      areas.forEach((area, index) => {
        if (areaCodes.has(area.code)) {
          ctx.addIssue({
            code: "custom",
            path: [...path, index, "code"],
            ...refusedBy("validation.definitionAreaCodeTwice", { code: area.code }),
          });
        }
        areaCodes.add(area.code);
        area.indicators?.forEach((indicator, indicatorIndex) => {
          if (indicatorCodes.has(indicator.code)) {
            ctx.addIssue({
              code: "custom",
              path: [...path, index, "indicators", indicatorIndex, "code"],
              ...refusedBy("validation.definitionIndicatorCodeTwice", { code: indicator.code }),
            });
          }
          indicatorCodes.add(indicator.code);
        });
        if (area.areas) walk(area.areas, [...path, index, "areas"]);
      });
    };
    walk(framework.areas, ["areas"]);
  });

export type FrameworkDefinition = z.input<typeof frameworkDefinitionSchema>;
export type ParsedFrameworkDefinition = z.output<typeof frameworkDefinitionSchema>;

/** An institution to create in a workspace (built-in and demo content). */
export type InstitutionDefinition = { code: string; name: string };

/** A disaggregation dimension with its members, in display order. */
export type DimensionDefinition = {
  code: string;
  name: string;
  nameTranslations?: NameTranslations;
  members: { code: string; name: string; nameTranslations?: NameTranslations }[];
};
