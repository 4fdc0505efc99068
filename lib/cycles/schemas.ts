import { z } from "zod";
import { zodMessage } from "@/lib/i18n/lib-text";
import { TEXT_LIMITS } from "@/lib/validation/limits";

const dateField = (message: string) => z.preprocess((value) => (value === "" ? undefined : value), z.iso.date({ message }).optional());
const submissionDeadlineField = () => dateField(zodMessage("validation.submissionDeadlineDate"));
const consolidationDeadlineField = () => dateField(zodMessage("validation.consolidationDeadlineDate"));
const DEADLINES_ORDER = zodMessage("validation.deadlinesOrder");

/** Institutions report by 25 January and the bureau consolidates by 31 March of the next year (domain.md). */
export function defaultDeadlines(year: number): { submissionDeadline: string; consolidationDeadline: string } {
  return { submissionDeadline: `${year + 1}-01-25`, consolidationDeadline: `${year + 1}-03-31` };
}

const deadlinesOrder = <T extends { submissionDeadline?: string; consolidationDeadline?: string }>(input: T) =>
  !input.submissionDeadline || !input.consolidationDeadline || input.submissionDeadline <= input.consolidationDeadline;

export const openCycleSchema = z
  .object({
    frameworkCode: z
      .string()
      .trim()
      .min(1, zodMessage("validation.chooseFramework"))
      .max(TEXT_LIMITS.code, zodMessage("validation.frameworkCodeLength", { max: String(TEXT_LIMITS.code) })),
    year: z.coerce
      .number({ message: zodMessage("validation.yearAsNumber") })
      .int(zodMessage("validation.wholeYear"))
      .min(2000, zodMessage("validation.yearFrom"))
      .max(2100, zodMessage("validation.yearBefore")),
    submissionDeadline: submissionDeadlineField(),
    consolidationDeadline: consolidationDeadlineField(),
  })
  .refine(deadlinesOrder, {
    message: DEADLINES_ORDER,
    path: ["consolidationDeadline"],
  });

export const updateDeadlinesSchema = z
  .object({ submissionDeadline: submissionDeadlineField(), consolidationDeadline: consolidationDeadlineField() })
  .refine((input) => input.submissionDeadline !== undefined && input.consolidationDeadline !== undefined, {
    message: zodMessage("validation.bothDeadlines"),
    path: ["submissionDeadline"],
  })
  .refine(deadlinesOrder, {
    message: DEADLINES_ORDER,
    path: ["consolidationDeadline"],
  });

export function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}
