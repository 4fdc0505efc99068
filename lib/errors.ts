/**
 * Expected failures carry a code. Route handlers map the code to an HTTP status, server
 * actions turn it into a message; anything that is not an AppError is a bug, is logged,
 * and reaches the user only as a generic message.
 */
export const APP_ERROR_STATUS = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  /** The database is busy (its write lock is held elsewhere) or not ready; answered with Retry-After. */
  UNAVAILABLE: 503,
} as const;

export type AppErrorCode = keyof typeof APP_ERROR_STATUS;

/** Problems tied to an input: a form field ("number") or a row and column ("rows.3.value"). */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors: FieldErrors | undefined;
  readonly details: unknown;

  constructor(code: AppErrorCode, message: string, options: { fieldErrors?: FieldErrors; details?: unknown } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.details = options.details;
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

export const DATABASE_BUSY_MESSAGE = "The database is busy; try again in a moment";

/** The write lock stayed held elsewhere (an import, another process) for longer than a write may wait. */
export function databaseBusyError(): AppError {
  return new AppError("UNAVAILABLE", DATABASE_BUSY_MESSAGE);
}

/**
 * The expected failure behind `error`, or null for a bug. A write outside a transaction that
 * found the database busy reaches us wrapped by Prisma, which keeps only the code.
 */
export function asAppError(error: unknown): AppError | null {
  if (isAppError(error)) return error;
  if (error instanceof Error && (error as { code?: unknown }).code === "UNAVAILABLE") return databaseBusyError();
  return null;
}
