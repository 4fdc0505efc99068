import { libText, type LibText } from "@/lib/i18n/lib-text";
import { copyProblem, type Problem } from "@/lib/problems/problem";
import { fieldErrorsOf, problemsToJson, type FieldErrors } from "@/lib/problems/problems-json";

/**
 * Expected failures carry a code; the code is the kind of error:
 * - BAD_REQUEST: the input has the wrong shape (a field is missing or malformed); `problems` name each field.
 * - UNPROCESSABLE: well-formed input that the domain's rules refuse, row by row or line by line (`problems`).
 * - NOT_FOUND, FORBIDDEN, UNAUTHENTICATED, RATE_LIMITED, PAYLOAD_TOO_LARGE: as the words say.
 * - UNAVAILABLE: the database is busy; try again (503 with Retry-After).
 * - CONFLICT: the record's state refuses the change: it exists already, someone changed it
 *   meanwhile, or it is locked (a closed cycle, an approved value).
 * The one mapping to HTTP is withApiErrors (beside the API's other helpers), the one to form
 * state actionError (lib/actions/action-state.ts). Anything that is not an AppError is a bug, is
 * logged, and reaches the user only as a generic message.
 * The message is English (logs, e-mails, job results, clients that ask for no language); given
 * as a LibText it also carries its key, and the two mappings word it in the reader's language
 * (decision 035).
 */
export const APP_ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  /** The body is larger than the request may send (lib/validation/limits.ts). */
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  /** The database is busy (its write lock is held elsewhere) or not ready; answered with Retry-After. */
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** What is wrong with the input, at its fields or rows. */
  readonly problems: readonly Problem[];
  /** Machine-readable parts beside the problems, e.g. { conflicts: [...] } or { problemCount }. */
  private readonly extra: Record<string, unknown> | undefined;

  /** The message's key and values, when it has them: the mappings word it in the reader's language. */
  readonly text: LibText | undefined;

  constructor(
    code: AppErrorCode,
    message: string | LibText,
    options: { problems?: readonly Problem[]; details?: Record<string, unknown> } = {},
  ) {
    super(clipMessage(typeof message === "string" ? message : message.english));
    this.name = "AppError";
    this.code = code;
    this.text = typeof message === "string" ? undefined : message;
    this.problems = (options.problems ?? []).map((problem) =>
      problem.message.length > MAX_MESSAGE_LENGTH || (problem.field?.length ?? 0) > MAX_MESSAGE_LENGTH
        ? copyProblem(problem, { message: clipMessage(problem.message), ...(problem.field ? { field: clipMessage(problem.field) } : {}) })
        : problem,
    );
    this.extra = options.details;
  }

  /** The same error worded in another language: its message and problems replaced, its code and details kept. */
  worded(message: string, problems: readonly Problem[]): AppError {
    return new AppError(this.code, message, { problems, details: this.extra });
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }

  /** The problems as the flat map that API answers and job results carry (keys "email", "3.value"). */
  get fieldErrors(): FieldErrors | undefined {
    return fieldErrorsOf(this.problems);
  }

  /** The extra parts, with the problems listed as the API answers them (`rows`, or `problems` of files). */
  get details(): Record<string, unknown> | undefined {
    const details = { ...this.extra, ...problemsToJson(this.problems) };
    return Object.keys(details).length > 0 ? details : undefined;
  }
}

/**
 * The longest message an error carries. Messages quote what was sent (a code, a key): a
 * megabyte-long code must not come back as a megabyte-long answer, nor fill the log.
 */
export const MAX_MESSAGE_LENGTH = 1000;

function clipMessage(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message;
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const DATABASE_BUSY_MESSAGE = libText("errors.databaseBusy").english;

/** The write lock stayed held elsewhere (an import, another process) for longer than a write may wait. */
export function databaseBusyError(): AppError {
  return new AppError("UNAVAILABLE", libText("errors.databaseBusy"));
}

/** The codes a database error carries: Prisma's (P2002) and, below it, the database's own (40001). */
function databaseErrorCodes(error: unknown): string[] {
  const codes: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth += 1) {
    const { code, originalCode, meta, cause } = current as { code?: unknown; originalCode?: unknown; meta?: unknown; cause?: unknown };
    for (const value of [code, originalCode]) if (typeof value === "string") codes.push(value);
    const adapterError = (meta as { driverAdapterError?: unknown } | undefined)?.driverAdapterError;
    current = adapterError ?? cause;
    if (adapterError && typeof adapterError === "object") current = (adapterError as { cause?: unknown }).cause ?? adapterError;
  }
  return codes;
}

/**
 * PostgreSQL rolled a transaction back because a concurrent one changed what it read
 * (serialization failure 40001, Prisma's P2034) or because the two waited on each other
 * (deadlock 40P01). Retried by runInTransaction, then answered as a conflict.
 */
export function isSerializationFailure(error: unknown): boolean {
  return databaseErrorCodes(error).some((code) => code === "P2034" || code === "40001" || code === "40P01");
}

/** Prisma's words for a transaction that waited longer than its maxWait for a connection. */
const NO_CONNECTION_IN_TIME = "Unable to start a transaction in the given time";

export const UNIQUE_CONFLICT_MESSAGE = libText("errors.uniqueConflict").english;
export const CONCURRENT_CHANGE_MESSAGE = libText("errors.concurrentChange").english;

/**
 * The expected failure behind `error`, or null for a bug. This is the one place database
 * failures become answers (decision 015, 026), for both providers:
 * - a write outside a transaction that found the database busy reaches us wrapped by Prisma, which keeps only the code;
 * - a unique key taken by a concurrent change (P2002, 23505) and a transaction that lost a race
 *   (P2034, 40001, 40P01) are conflicts (409), not bugs;
 * - a transaction that found no free connection in time (P2028, every connection of the pool
 *   busy under load) is a busy database (503 with Retry-After): the person tries again.
 */
export function asAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (error instanceof Error && (error as { code?: unknown }).code === "UNAVAILABLE") return databaseBusyError();
  const codes = databaseErrorCodes(error);
  if (codes.includes("P2028") && error instanceof Error && error.message.includes(NO_CONNECTION_IN_TIME)) return databaseBusyError();
  if (codes.includes("P2002") || codes.includes("23505")) return new AppError("CONFLICT", libText("errors.uniqueConflict"));
  if (isSerializationFailure(error)) return new AppError("CONFLICT", libText("errors.concurrentChange"));
  return null;
}

/** Refuses input whose rows have problems, all of them at once, in the order of the rows: nothing is saved. */
export function rowsRefused(problems: readonly Problem[]): AppError {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  const rows = new Set(sorted.map((problem) => problem.row)).size;
  return new AppError("UNPROCESSABLE", libText("errors.rowsRefused", { rows }), {
    problems: sorted,
  });
}
