import { z } from "zod";

const optionalText = (max: number, label: string) =>
  z
    .string({ message: `${label} must be text` })
    .max(max, `Keep the ${label.toLowerCase()} under ${max} characters`)
    .nullable()
    .optional();

/** One value to save: the same shape for the entry form, the API and uploaded files. */
export const valueRowSchema = z.object({
  indicator: z.string({ message: "Name the indicator by its code" }).trim().min(1, "Name the indicator by its code"),
  disaggregation: z
    .union([z.record(z.string(), z.string()), z.string(), z.null()], {
      message: 'Give the breakdown as { "SEX": "F" }, "SEX=F" or null for the total',
    })
    .optional(),
  year: z.number({ message: "The year must be a number" }).int("The year must be a whole number").optional(),
  value: z
    .union([z.string(), z.number(), z.boolean(), z.null()], { message: "The value must be a number, a level code or a text" })
    .optional(),
  comment: optionalText(4000, "Comment"),
  source: optionalText(1000, "Source"),
  evidenceUrl: z
    .union([z.url({ protocol: /^https?$/, message: "Give the evidence as a web address starting with https://" }), z.literal(""), z.null()])
    .optional(),
  version: z.number().int().min(1).nullable().optional(),
});

export type ValueRow = z.infer<typeof valueRowSchema>;

/** The API accepts a list, or { values: [...] }. */
export const saveValuesBodySchema = z
  .union([z.array(z.unknown()), z.object({ values: z.array(z.unknown()) })], { message: "Send a list of values, or { values: [...] }" })
  .transform((body) => (Array.isArray(body) ? body : body.values))
  .pipe(z.array(z.unknown()).min(1, "Send at least one value").max(5000, "Send at most 5,000 values at a time"));

export const reviewDecisionSchema = z
  .object({
    indicator: z.string().trim().min(1, "Name the indicator by its code"),
    disaggregation: z.union([z.record(z.string(), z.string()), z.string(), z.null()]).optional(),
    decision: z.enum(["approve", "return"], { message: 'The decision is "approve" or "return"' }),
    reason: z.string().trim().max(2000, "Keep the reason under 2,000 characters").optional(),
    version: z.number().int().min(1).optional(),
  })
  .refine((decision) => decision.decision !== "return" || (decision.reason ?? "").length > 0, {
    message: "Give the reason for returning the value",
    path: ["reason"],
  });

export const reviewBodySchema = z.object({
  decisions: z.array(reviewDecisionSchema).min(1, "Send at least one decision").max(5000, "Send at most 5,000 decisions at a time"),
});

export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export const reasonSchema = z.string().trim().min(1, "Give a reason").max(2000, "Keep the reason under 2,000 characters");
export const commentBodySchema = z.string().trim().min(1, "Write the comment").max(4000, "Keep the comment under 4,000 characters");
