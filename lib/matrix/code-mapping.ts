import { zodMessage } from "@/lib/i18n/lib-text";
import { z } from "zod";
import { indicatorDefinitionSchema } from "@/lib/frameworks/schemas";

/**
 * How the indicator codes of a version relate to the codes of the version before it, when
 * they are not simply kept. A new version carries this mapping so that the diff pairs a
 * renamed indicator with its old self, and so that yearly series continue across versions
 * (`followSeries`). Codes that a version keeps need no entry: they pair by their code.
 *
 * Kinds:
 * - renamed: one old code becomes one new code (same indicator, new code);
 * - split: one old indicator becomes two or more new ones, each continuing its series;
 * - merged: two or more old indicators become one new one, continuing all their series;
 * - retired: the old indicator ends; its values stay in history, no new code continues it.
 */

/** The same rule as an indicator's code in a definition, so a mapping can name any code. */
const indicatorCodeSchema = indicatorDefinitionSchema.shape.code;
const noteSchema = z
  .string()
  .trim()
  .max(500, zodMessage("validation.mappingNoteLength", { max: "500" }))
  .optional();

const distinctCodes = (which: "new" | "old") =>
  z
    .array(indicatorCodeSchema)
    .min(
      2,
      which === "new"
        ? zodMessage("validation.mappingAtLeastNewCodes", { min: "2" })
        : zodMessage("validation.mappingAtLeastOldCodes", { min: "2" }),
    )
    .refine(
      (codes) => new Set(codes).size === codes.length,
      which === "new" ? zodMessage("validation.mappingNewCodeOnce") : zodMessage("validation.mappingOldCodeOnce"),
    );

export const codeMappingEntrySchema = z.discriminatedUnion("kind", [
  z
    .strictObject({ kind: z.literal("renamed"), from: indicatorCodeSchema, to: indicatorCodeSchema, note: noteSchema })
    .refine((entry) => entry.from !== entry.to, { path: ["to"], message: zodMessage("validation.mappingRenamedNeedsNewCode") }),
  z.strictObject({ kind: z.literal("split"), from: indicatorCodeSchema, to: distinctCodes("new"), note: noteSchema }),
  z.strictObject({ kind: z.literal("merged"), from: distinctCodes("old"), to: indicatorCodeSchema, note: noteSchema }),
  z.strictObject({ kind: z.literal("retired"), from: indicatorCodeSchema, note: noteSchema }),
]);

/** Generous but bounded: a matrix has hundreds of indicators, not tens of thousands. */
export const codeMappingSchema = z.array(codeMappingEntrySchema).max(5000, zodMessage("validation.mappingAtMostEntries"));

export type CodeMappingEntry = z.infer<typeof codeMappingEntrySchema>;
export type CodeMapping = z.infer<typeof codeMappingSchema>;
export type CodeMappingKind = CodeMappingEntry["kind"];

export const CODE_MAPPING_KIND_LABELS: Record<CodeMappingKind, string> = {
  renamed: "Renamed",
  split: "Split",
  merged: "Merged",
  retired: "Retired",
};

/** The old codes an entry consumes, whatever its kind. */
export function oldCodesOf(entry: CodeMappingEntry): readonly string[] {
  return entry.kind === "merged" ? entry.from : [entry.from];
}

/** The new codes an entry produces (none for a retired code). */
export function newCodesOf(entry: CodeMappingEntry): readonly string[] {
  if (entry.kind === "retired") return [];
  return entry.kind === "split" ? entry.to : [entry.to];
}
