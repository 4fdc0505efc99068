import { asAppError, type FieldErrors } from "@/lib/errors";

/**
 * What a server action returns to its form (useActionState): a message, the errors of each
 * field, and what was typed, so that nothing is lost when validation fails. `secret` carries
 * a value shown exactly once (a temporary password, a new API token).
 */
export type ActionState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors?: FieldErrors; values?: Record<string, string> }
  | { status: "success"; message: string; secret?: string };

export const IDLE: ActionState = { status: "idle" };

export function formValues(formData: FormData, except: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !except.includes(key)) values[key] = value;
  }
  return values;
}

/** Expected failures become their message; anything else is logged and answered generically. */
export function actionError(error: unknown, values?: Record<string, string>): ActionState {
  const expected = asAppError(error);
  if (expected) return { status: "error", message: expected.message, fieldErrors: expected.fieldErrors, values };
  console.error("Unexpected error in a server action", error);
  return { status: "error", message: "Something went wrong on the server and nothing was saved. The error has been logged.", values };
}
