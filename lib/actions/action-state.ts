import { asAppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import type { LibTranslator } from "@/lib/i18n/lib-translator";
import type { Problem } from "@/lib/problems/problem";

/**
 * What a server action returns to its form (useActionState): a message, the problems at its
 * fields, and what was typed, so that nothing is lost when validation fails. `secret` carries
 * a value shown exactly once (a temporary password, a new API token).
 */
export type ActionState =
  | { status: "idle" }
  | { status: "error"; message: string; problems?: readonly Problem[]; values?: Record<string, string> }
  | { status: "success"; message: string; secret?: string };

export const IDLE: ActionState = { status: "idle" };

/**
 * The longest text a form gets back as typed: the longest field any form takes (a decision's
 * minutes). A megabyte pasted into a field is refused by its schema and comes back cut here,
 * so that a refusal never sends the megabyte back to the browser.
 */
export const MAX_ECHOED_FIELD_LENGTH = 20_000;

export function formValues(formData: FormData, except: string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !key.startsWith("$") && !except.includes(key))
      values[key] = value.length > MAX_ECHOED_FIELD_LENGTH ? value.slice(0, MAX_ECHOED_FIELD_LENGTH) : value;
  }
  return values;
}

/** Every value ticked in a group of checkboxes named `name`. */
export function formList(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((value): value is string => typeof value === "string");
}

/**
 * The form's values with each checkbox group kept as one line per ticked value, so that a
 * failed submission shows every box as it was (CheckboxGroupField reads them back).
 */
export function formValuesWithLists(formData: FormData, lists: readonly string[]): Record<string, string> {
  const values = formValues(formData);
  for (const name of lists) values[name] = formList(formData, name).join("\n").slice(0, MAX_ECHOED_FIELD_LENGTH);
  return values;
}

/**
 * The one mapping of failures to form state: expected failures (AppError) become their message
 * and problems, worded by `translator` in the page's language (app/_forms/form-translator.ts);
 * anything else is logged and answered generically. Without a translator the answer is English.
 */
export function actionError(
  error: unknown,
  values?: Record<string, string>,
  translator?: LibTranslator,
): Extract<ActionState, { status: "error" }> {
  const found = asAppError(error);
  const expected = found && translator ? translator.error(found) : found;
  if (expected)
    return {
      status: "error",
      message: expected.message,
      ...(expected.problems.length > 0 ? { problems: expected.problems } : {}),
      ...(values ? { values } : {}),
    };
  console.error("Unexpected error in a server action", error);
  const unexpected = libText("errors.unexpectedInForm");
  return { status: "error", message: translator ? translator.text(unexpected) : unexpected.english, values };
}
