import { z } from "zod";
import { zodMessage } from "@/lib/i18n/lib-text";
import { TEXT_LIMITS } from "@/lib/validation/limits";
import { disaggregationInputSchema, indicatorReferenceSchema } from "@/lib/validation/input-schemas";

const optionalText = (max: number, messages: { notText: string; tooLong: string }) =>
  z.string({ message: messages.notText }).max(max, messages.tooLong).nullable().optional();

const EVIDENCE_URL_MESSAGE = zodMessage("validation.evidenceUrl");
const httpUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * One value to save: the same shape for the entry form, the API and uploaded files. Strict:
 * a misspelt field ("evidence_url", "comments") is refused by name instead of being dropped.
 */
export const valueRowSchema = z.strictObject({
  indicator: indicatorReferenceSchema,
  disaggregation: disaggregationInputSchema.optional(),
  year: z
    .number({ message: zodMessage("validation.yearNumber") })
    .int(zodMessage("validation.yearWhole"))
    .optional(),
  value: z
    .union(
      [
        z.string().max(TEXT_LIMITS.valueText, zodMessage("validation.keepValueUnder", { max: String(TEXT_LIMITS.valueText) })),
        z.number(),
        z.boolean(),
        z.null(),
      ],
      { message: zodMessage("validation.valueKind") },
    )
    .optional(),
  comment: optionalText(TEXT_LIMITS.comment, {
    notText: zodMessage("validation.commentNotText"),
    tooLong: zodMessage("validation.keepCommentUnderMax", { max: String(TEXT_LIMITS.comment) }),
  }),
  source: optionalText(TEXT_LIMITS.source, {
    notText: zodMessage("validation.sourceNotText"),
    tooLong: zodMessage("validation.keepSourceUnderMax", { max: String(TEXT_LIMITS.source) }),
  }),
  // The length is checked first, so that a megabyte of text is refused before it is parsed as a URL.
  evidenceUrl: z
    .string({ message: EVIDENCE_URL_MESSAGE })
    .max(TEXT_LIMITS.url, zodMessage("validation.keepEvidenceUrlUnder", { max: String(TEXT_LIMITS.url) }))
    .refine((url) => url === "" || httpUrlSchema.safeParse(url).success, EVIDENCE_URL_MESSAGE)
    .nullable()
    .optional(),
  version: z.number().int().min(1).nullable().optional(),
});

export type ValueRow = z.infer<typeof valueRowSchema>;

/** The API accepts a list, or { values: [...] }. */
export const saveValuesBodySchema = z
  .union([z.array(z.unknown()), z.strictObject({ values: z.array(z.unknown()) })], {
    message: zodMessage("validation.valuesList"),
  })
  .transform((body) => (Array.isArray(body) ? body : body.values))
  .pipe(z.array(z.unknown()).min(1, zodMessage("validation.atLeastOneValue")).max(5000, zodMessage("validation.atMostValues")));

export const reviewDecisionSchema = z
  .strictObject({
    indicator: indicatorReferenceSchema,
    disaggregation: disaggregationInputSchema.optional(),
    decision: z.enum(["approve", "return"], { message: zodMessage("validation.decisionKind") }),
    reason: z.string().trim().max(TEXT_LIMITS.reason, zodMessage("validation.keepReasonUnder")).optional(),
    version: z.number().int().min(1).optional(),
  })
  .refine((decision) => decision.decision !== "return" || (decision.reason ?? "").length > 0, {
    message: zodMessage("validation.reasonForReturn"),
    path: ["reason"],
  });

export const reviewBodySchema = z.strictObject({
  decisions: z
    .array(reviewDecisionSchema)
    .min(1, zodMessage("validation.atLeastOneDecision"))
    .max(5000, zodMessage("validation.atMostDecisions")),
});

export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const reasonSchema = z
  .string()
  .trim()
  .min(1, zodMessage("validation.giveReason"))
  .max(TEXT_LIMITS.reason, zodMessage("validation.keepReasonUnder"));
export const commentBodySchema = z
  .string()
  .trim()
  .min(1, zodMessage("validation.writeComment"))
  .max(TEXT_LIMITS.comment, zodMessage("validation.keepCommentUnder"));
