import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/validation/limits";

/** The longest narrative, in characters: a few pages of a report, not a book. */
export const NARRATIVE_MAX_LENGTH = 10_000;

export const NARRATIVE_KINDS = ["SUMMARY", "AREA", "INDICATOR"] as const;

/** A narrative as a form or a client sends it; an empty body removes the narrative. */
export const saveNarrativeSchema = z.strictObject({
  frameworkCode: z.string().trim().min(1).max(TEXT_LIMITS.code),
  year: z.coerce.number().int().min(1900).max(2200),
  kind: z.enum(NARRATIVE_KINDS),
  /** An area's code, an indicator's code; nothing for the summary. */
  subject: z.string().trim().max(TEXT_LIMITS.code).default(""),
  body: z
    .string()
    .trim()
    .max(NARRATIVE_MAX_LENGTH, `Keep the text under ${NARRATIVE_MAX_LENGTH.toLocaleString("en")} characters`),
  /** The version the writer read; 0 when there was no narrative yet. */
  version: z.coerce.number().int().min(0).max(1_000_000),
});

export type SaveNarrativeInput = z.input<typeof saveNarrativeSchema>;
