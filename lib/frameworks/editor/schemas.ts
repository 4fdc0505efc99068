import { z } from "zod";
import { DEFINITION_LIMITS, indicatorDefinitionSchema, nameTranslationsSchema } from "@/lib/frameworks/schemas";
import { refusedBy, zodMessage } from "@/lib/i18n/lib-text";
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
  .string({ message: zodMessage("importProblems.editorMissingIdentifier") })
  .trim()
  .min(1, zodMessage("importProblems.editorMissingIdentifier"))
  .max(TEXT_LIMITS.id, zodMessage("importProblems.editorIdentifierTooLong", { max: String(TEXT_LIMITS.id) }));

/** Form fields arrive as "" when left empty: that means "not given". */
const blankAsUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const optionalText = (max: number) =>
  z.preprocess(
    blankAsUndefined,
    z
      .string()
      .trim()
      .max(max, zodMessage("importProblems.editorKeepUnder", { max: String(max) }))
      .optional(),
  );

const positionSchema = z.coerce
  .number({ message: zodMessage("importProblems.editorPositionWhole") })
  .int(zodMessage("importProblems.editorPositionWhole"))
  .min(0, zodMessage("importProblems.editorPositionsStart"));

export const versionLabelSchema = z
  .string()
  .trim()
  .min(1, zodMessage("importProblems.editorEnterLabel"))
  .max(60, zodMessage("importProblems.editorLabelTooLong"));

export const FRAMEWORK_TEMPLATES = ["MGI", "SDG_10_7_2"] as const;
export type FrameworkTemplate = (typeof FRAMEWORK_TEMPLATES)[number];

export const createFrameworkSchema = z
  .strictObject({
    code: editorCodeSchema,
    name: z
      .string()
      .trim()
      .min(1, zodMessage("importProblems.editorEnterName"))
      .max(300, zodMessage("importProblems.editorNameTooLong", { max: "300" })),
    description: optionalText(5000),
    versionLabel: z.preprocess(blankAsUndefined, versionLabelSchema.default("1")),
    start: z.enum(["blank", "copy", "template"], { message: zodMessage("importProblems.editorChooseStart") }),
    copyFrom: z.preprocess(blankAsUndefined, editorCodeSchema.optional()),
    template: z.preprocess(
      blankAsUndefined,
      z.enum(FRAMEWORK_TEMPLATES, { message: zodMessage("importProblems.editorChooseTemplateKind") }).optional(),
    ),
  })
  .superRefine((input, context) => {
    if (input.start === "copy" && !input.copyFrom) {
      context.addIssue({ code: "custom", path: ["copyFrom"], ...refusedBy("importProblems.editorChooseFrameworkToCopy") });
    }
    if (input.start === "template" && !input.template) {
      context.addIssue({ code: "custom", path: ["template"], ...refusedBy("importProblems.editorChooseTemplate") });
    }
  });
export type CreateFrameworkInput = z.input<typeof createFrameworkSchema>;

export const createDraftVersionSchema = z.strictObject({ frameworkCode: editorCodeSchema, label: versionLabelSchema });

export const versionAddressSchema = z.strictObject({
  frameworkCode: editorCodeSchema,
  versionNumber: z.coerce
    .number({ message: zodMessage("importProblems.editorGiveVersionNumber") })
    .int()
    .min(1, zodMessage("importProblems.editorVersionNumbersStart")),
});

const areaTextFields = {
  name: z
    .string()
    .trim()
    .min(1, zodMessage("importProblems.editorEnterName"))
    .max(DEFINITION_LIMITS.areaName, zodMessage("importProblems.editorNameTooLong", { max: String(DEFINITION_LIMITS.areaName) })),
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
      fileName: z.string().trim().min(1, zodMessage("importProblems.editorChooseFile")).max(300),
      bytes: z.instanceof(Uint8Array, { message: zodMessage("importProblems.editorChooseFile") }),
    }),
    mode: z.enum(["new-draft", "new-framework"], { message: zodMessage("importProblems.editorChooseImportMode") }),
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
      context.addIssue({ code: "custom", path: ["frameworkCode"], ...refusedBy("importProblems.editorChooseDraftFramework") });
    }
  });
export type ImportMatrixFileInput = z.input<typeof importMatrixFileSchema>;
