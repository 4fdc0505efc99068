import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Problem } from "@/lib/problems/problem";

/** zod issues as problems at their field: "from" -> "Expected a year like 2024". */
export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    ...(issue.path.length > 0 ? { field: issue.path.join(".") } : {}),
    code: issue.code,
    message: issue.message,
  }));
}

/** Parses input with a schema or throws a BAD_REQUEST AppError that names each field. */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, message = "The request is not valid"): z.output<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("BAD_REQUEST", message, { problems: zodProblems(parsed.error) });
  return parsed.data;
}
