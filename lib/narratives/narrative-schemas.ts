import { z } from "zod";
import { zodMessage } from "@/lib/i18n/lib-text";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { NARRATIVE_MAX_LENGTH } from "./narrative-limits";

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
    .max(NARRATIVE_MAX_LENGTH, zodMessage("validation.keepNarrativeUnder", { max: NARRATIVE_MAX_LENGTH })),
  /** The version the writer read; 0 when there was no narrative yet. */
  version: z.coerce.number().int().min(0).max(1_000_000),
});

export type SaveNarrativeInput = z.input<typeof saveNarrativeSchema>;
