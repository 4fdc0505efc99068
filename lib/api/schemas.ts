import { z } from "zod";

const yearParam = z
  .string()
  .regex(/^\d{4}$/, "Expected a four-digit year, e.g. 2024")
  .transform(Number);

/** ?from=YYYY&to=YYYY, both optional, from <= to. */
export const yearRangeQuerySchema = z
  .object({ from: yearParam.optional(), to: yearParam.optional() })
  .refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
    message: "from must not be after to",
    path: ["from"],
  });
