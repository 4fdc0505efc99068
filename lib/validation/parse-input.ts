import { z } from "zod";
import { AppError } from "@/lib/errors";
import { isLibText, libText, schemaTextOf, type LibText } from "@/lib/i18n/lib-text";
import { withProblemText, type Problem, type ProblemText } from "@/lib/problems/problem";

/**
 * zod issues as problems at their field: "from" -> "Expected a year like 2024". Each keeps
 * how it is worded in the reader's language (decision 035): the key of a schema's own message
 * (zodMessage, refusedBy), or, for zod's default messages, the issue itself, which zod's
 * locale of that language words at the boundary.
 */
export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => issueProblem(issue, issue.path.length > 0 ? { field: issue.path.join(".") } : {}));
}

/** One zod issue as a problem at the place given (a row, a column of a file), keeping how it is worded in other languages. */
export function issueProblem(issue: z.core.$ZodIssue, place: Pick<Problem, "file" | "sheet" | "row" | "field">): Problem {
  return withProblemText({ ...place, code: issue.code, message: issue.message }, problemTextOfIssue(issue));
}

const REQUEST_NOT_VALID = libText("errors.requestNotValid");

/**
 * Parses input with a schema or throws a BAD_REQUEST AppError that names each field. The
 * input is reported to the issues only so that "received string" can be worded in another
 * language; zodProblems keeps a stand-in of its type, never the input itself.
 */
export function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, message: string | LibText = REQUEST_NOT_VALID): z.output<T> {
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) throw new AppError("BAD_REQUEST", message, { problems: zodProblems(parsed.error) });
  return parsed.data;
}

const englishIssueMessage = z.locales.en().localeError;

/** How an issue is worded in other languages: its key, or zod's own issue. */
export function problemTextOfIssue(issue: z.core.$ZodIssue): ProblemText | undefined {
  const params = (issue as { params?: { text?: unknown } }).params;
  if (issue.code === "custom" && isLibText(params?.text)) return { text: params.text };
  const schemaText = schemaTextOf(issue.message);
  if (schemaText) return { text: schemaText };
  const { message, path, ...rest } = issue;
  void path;
  const raw = { ...rest, input: standInOf((issue as { input?: unknown }).input) } as z.core.$ZodRawIssue;
  // Only zod's own English default is re-worded; a message a schema wrote without a key stays as written.
  return unwrap(englishIssueMessage(raw)) === message ? { issue: raw } : undefined;
}

function unwrap(message: string | { message: string } | undefined | null): string | undefined {
  return typeof message === "string" ? message : (message?.message ?? undefined);
}

/** A value of the same type as the input, for zod's "received ..." without keeping a megabyte string. */
function standInOf(input: unknown): unknown {
  if (typeof input === "string") return "";
  if (Array.isArray(input)) return [];
  if (input !== null && typeof input === "object") {
    const prototype = Object.getPrototypeOf(input) as unknown;
    return prototype === Object.prototype || prototype === null ? {} : input;
  }
  return input;
}
