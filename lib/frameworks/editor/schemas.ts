import { z } from "zod";
import { DEFINITION_LIMITS, indicatorDefinitionSchema, nameTranslationsSchema } from "@/lib/frameworks/schemas";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/**
 * Inputs of the matrix editor's operations. The fields of an indicator are those of the
 * portable definition (indicatorDefinitionSchema), checked by the same rules whether they come
 * from the editor's form, a workbook or the API; these schemas add what identifies the record
 * being edited and where it goes.
 */

/** The same rule for area and framework codes as for indicator codes. */
export const editorCodeSchema = indicatorDefinitionSchema.shape.code;

const idSchema = z
  .string({ message: "Missing identifier" })
  .trim()
  .min(1, "Missing identifier")
  .max(TEXT_LIMITS.id, `An identifier has at most ${TEXT_LIMITS.id} characters`);

/** Form fields arrive as "" when left empty: that means "not given". */
const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number) =>
  z.preprocess(blankAsUndefined, z.string().trim().max(max, `Keep this under ${max} characters`).optional());

const positionSchema = z.coerce
  .number({ message: "Give a position as a whole number" })
  .int("Give a position as a whole number")
  .min(0, "Positions start at 0");

export const versionLabelSchema = z
  .string()
  .trim()
  .min(1, "Enter a label, such as 2025 or 2.0")
  .max(60, "Keep the label under 60 characters");

export const FRAMEWORK_TEMPLATES = ["MGI", "SDG_10_7_2"] as const;
export type FrameworkTemplate = (typeof FRAMEWORK_TEMPLATES)[number];

export const createFrameworkSchema = z
  .strictObject({
    code: editorCodeSchema,
    name: z.string().trim().min(1, "Enter a name").max(300, "Keep the name under 300 characters"),
    description: optionalText(5000),
    versionLabel: z.preprocess(blankAsUndefined, versionLabelSchema.default("1")),
    start: z.enum(["blank", "copy", "template"], { message: "Choose how to start: blank, copy or template" }),
    copyFrom: z.preprocess(blankAsUndefined, editorCodeSchema.optional()),
    template: z.preprocess(
      blankAsUndefined,
      z.enum(FRAMEWORK_TEMPLATES, { message: "Choose the MGI or the SDG 10.7.2 template" }).optional(),
    ),
  })
  .superRefine((input, context) => {
    if (input.start === "copy" && !input.copyFrom) {
      context.addIssue({ code: "custom", path: ["copyFrom"], message: "Choose the framework to copy" });
    }
    if (input.start === "template" && !input.template) {
      context.addIssue({ code: "custom", path: ["template"], message: "Choose a template" });
    }
  });
export type CreateFrameworkInput = z.input<typeof createFrameworkSchema>;

export const createDraftVersionSchema = z.strictObject({ frameworkCode: editorCodeSchema, label: versionLabelSchema });

export const versionAddressSchema = z.strictObject({
  frameworkCode: editorCodeSchema,
  versionNumber: z.coerce.number({ message: "Give a version number" }).int().min(1, "Version numbers start at 1"),
});

const areaTextFields = {
  name: z
    .string()
    .trim()
    .min(1, "Enter a name")
    .max(DEFINITION_LIMITS.areaName, `Keep the name under ${DEFINITION_LIMITS.areaName} characters`),
  description: optionalText(DEFINITION_LIMITS.description),
  nameTranslations: nameTranslationsSchema.optional(),
};

export const createAreaSchema = z.strictObject({
  versionId: idSchema,
  /** Absent or null: a top-level area. */
  parentId: z.preprocess(blankAsUndefined, idSchema.nullish()),
  code: editorCodeSchema,
  ...areaTextFields,
  /** Among the parent's areas, from 0; absent: last. */
  position: z.preprocess(blankAsUndefined, positionSchema.optional()),
});

export const renameAreaSchema = z.strictObject({ areaId: idSchema, ...areaTextFields });

export const moveAreaSchema = z.strictObject({
  areaId: idSchema,
  parentId: z.preprocess(blankAsUndefined, idSchema.nullish()),
  position: positionSchema,
});

export const deleteAreaSchema = z.strictObject({ areaId: idSchema });

/** The indicator's fields are parsed on their own (parseIndicatorDefinition), so their errors are named by the field. */
export const createIndicatorSchema = z.strictObject({
  areaId: idSchema,
  position: z.preprocess(blankAsUndefined, positionSchema.optional()),
  indicator: z.unknown(),
});

export const updateIndicatorSchema = z.strictObject({ indicatorId: idSchema, indicator: z.unknown() });

export const moveIndicatorSchema = z.strictObject({ indicatorId: idSchema, areaId: idSchema, position: positionSchema });

export const retireIndicatorSchema = z.strictObject({ indicatorId: idSchema, note: optionalText(500) });

export const importMatrixFileSchema = z
  .strictObject({
    file: z.strictObject({
      fileName: z.string().trim().min(1, "Choose a file").max(300),
      bytes: z.instanceof(Uint8Array, { message: "Choose a file" }),
    }),
    mode: z.enum(["new-draft", "new-framework"], { message: "Choose a new draft or a new framework" }),
    frameworkCode: z.preprocess(blankAsUndefined, editorCodeSchema.optional()),
    /** For a new framework: its code and name, instead of the workbook's. */
    code: z.preprocess(blankAsUndefined, editorCodeSchema.optional()),
    name: optionalText(300),
    /** The new version's label, instead of the workbook's. */
    label: z.preprocess(blankAsUndefined, versionLabelSchema.optional()),
    dryRun: z.boolean(),
  })
  .superRefine((input, context) => {
    if (input.mode === "new-draft" && !input.frameworkCode) {
      context.addIssue({ code: "custom", path: ["frameworkCode"], message: "Choose the framework the draft belongs to" });
    }
  });
export type ImportMatrixFileInput = z.input<typeof importMatrixFileSchema>;
