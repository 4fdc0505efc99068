import { z } from "zod";
import { TEXT_LIMITS } from "@/lib/validation/limits";

const dateField = (label: string) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.iso.date({ message: `Give the ${label} as a date, e.g. 2027-01-25` }).optional(),
  );

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
      .min(1, "Choose a framework")
      .max(TEXT_LIMITS.code, `A framework code has at most ${TEXT_LIMITS.code} characters`),
    year: z.coerce
      .number({ message: "Give the year as a number" })
      .int("Give a whole year")
      .min(2000, "Give a year from 2000")
      .max(2100, "Give a year before 2100"),
    submissionDeadline: dateField("submission deadline"),
    consolidationDeadline: dateField("consolidation deadline"),
  })
  .refine(deadlinesOrder, {
    message: "Consolidation cannot end before the institutions' submission deadline",
    path: ["consolidationDeadline"],
  });

export const updateDeadlinesSchema = z
  .object({ submissionDeadline: dateField("submission deadline"), consolidationDeadline: dateField("consolidation deadline") })
  .refine((input) => input.submissionDeadline !== undefined && input.consolidationDeadline !== undefined, {
    message: "Give both deadlines",
    path: ["submissionDeadline"],
  })
  .refine(deadlinesOrder, {
    message: "Consolidation cannot end before the institutions' submission deadline",
    path: ["consolidationDeadline"],
  });

export function utcDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}
