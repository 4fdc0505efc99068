import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { disaggregationInputSchema, indicatorReferenceSchema } from "@/lib/validation/input-schemas";

const optionalText = (max: number, label: string) =>
  z
    .string({ message: `${label} must be text` })
    .max(max, `Keep the ${label.toLowerCase()} under ${max} characters`)
    .nullable()
    .optional();

const EVIDENCE_URL_MESSAGE = "Give the evidence as a web address starting with https://";
const httpUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * One value to save: the same shape for the entry form, the API and uploaded files. Strict:
 * a misspelt field ("evidence_url", "comments") is refused by name instead of being dropped.
 */
export const valueRowSchema = z.strictObject({
  indicator: indicatorReferenceSchema,
  disaggregation: disaggregationInputSchema.optional(),
  year: z.number({ message: "The year must be a number" }).int("The year must be a whole number").optional(),
  value: z
    .union(
      [
        z.string().max(TEXT_LIMITS.valueText, `Keep the value under ${TEXT_LIMITS.valueText} characters`),
        z.number(),
        z.boolean(),
        z.null(),
      ],
      { message: "The value must be a number, a level code or a text" },
    )
    .optional(),
  comment: optionalText(TEXT_LIMITS.comment, "Comment"),
  source: optionalText(TEXT_LIMITS.source, "Source"),
  // The length is checked first, so that a megabyte of text is refused before it is parsed as a URL.
  evidenceUrl: z
    .string({ message: EVIDENCE_URL_MESSAGE })
    .max(TEXT_LIMITS.url, `Keep the evidence address under ${TEXT_LIMITS.url} characters`)
    .refine((url) => url === "" || httpUrlSchema.safeParse(url).success, EVIDENCE_URL_MESSAGE)
    .nullable()
    .optional(),
  version: z.number().int().min(1).nullable().optional(),
});

export type ValueRow = z.infer<typeof valueRowSchema>;

/** The API accepts a list, or { values: [...] }. */
export const saveValuesBodySchema = z
  .union([z.array(z.unknown()), z.strictObject({ values: z.array(z.unknown()) })], {
    message: "Send a list of values, or { values: [...] }",
  })
  .transform((body) => (Array.isArray(body) ? body : body.values))
  .pipe(z.array(z.unknown()).min(1, "Send at least one value").max(5000, "Send at most 5,000 values at a time"));

export const reviewDecisionSchema = z
  .strictObject({
    indicator: indicatorReferenceSchema,
    disaggregation: disaggregationInputSchema.optional(),
    decision: z.enum(["approve", "return"], { message: 'The decision is "approve" or "return"' }),
    reason: z.string().trim().max(TEXT_LIMITS.reason, "Keep the reason under 2,000 characters").optional(),
    version: z.number().int().min(1).optional(),
  })
  .refine((decision) => decision.decision !== "return" || (decision.reason ?? "").length > 0, {
    message: "Give the reason for returning the value",
    path: ["reason"],
  });

export const reviewBodySchema = z.strictObject({
  decisions: z.array(reviewDecisionSchema).min(1, "Send at least one decision").max(5000, "Send at most 5,000 decisions at a time"),
});

export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const reasonSchema = z.string().trim().min(1, "Give a reason").max(TEXT_LIMITS.reason, "Keep the reason under 2,000 characters");
export const commentBodySchema = z
  .string()
  .trim()
  .min(1, "Write the comment")
  .max(TEXT_LIMITS.comment, "Keep the comment under 4,000 characters");
