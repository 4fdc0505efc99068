import type { Prisma } from "@/lib/generated/prisma/client";
import type { LibTranslator } from "@/lib/i18n/lib-translator";
import { problemTextOf, type Problem } from "@/lib/problems/problem";
import { fieldErrorKey, type FieldErrors } from "@/lib/problems/problems-json";
import { readJobText, storedJobText } from "./job-text";

/**
 * A job's result is JSON: the keys that problems and warnings carry (non-enumerable, decision
 * 035) would be lost when it is stored. So the result is stored with a sibling `<field>Text`
 * (the key and values) beside each keyed `message` (or, for a skipped file, `reason`), as the
 * job row keeps `stageText` beside `stage`; the English stays where it was for API clients
 * that ask for no language and for older rows.
 */
export function storedResultTexts(result: unknown): unknown {
  if (Array.isArray(result)) return result.map(storedResultTexts);
  if (!isPlainObject(result)) return result;
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(result)) copy[name] = storedResultTexts(value);
  const wording =
    typeof result.message === "string" || typeof result.reason === "string"
      ? problemTextOf(result as { message: string } | { reason: string })
      : undefined;
  if (wording && "text" in wording) copy[`${typeof result.message === "string" ? "message" : "reason"}Text`] = storedJobText(wording.text);
  return copy;
}

/**
 * A failed job's `fieldErrors` are a map of English strings (the API's shape): their keys are
 * stored apart, in `fieldErrorTexts`, one list per field in the same order (null for a text
 * without a key), so that the poll words them too.
 */
export function storedFieldErrorTexts(problems: readonly Problem[]): Record<string, (Prisma.InputJsonObject | null)[]> | undefined {
  const texts: Record<string, (Prisma.InputJsonObject | null)[]> = {};
  let hasKey = false;
  for (const problem of problems) {
    if (problem.file !== undefined) continue;
    const wording = problemTextOf(problem);
    hasKey ||= wording !== undefined && "text" in wording;
    (texts[fieldErrorKey(problem)] ??= []).push(wording && "text" in wording ? storedJobText(wording.text) : null);
  }
  return hasKey ? texts : undefined;
}

/** The stored result with each keyed text worded by `translator` (the poll's or the page's language). */
export function wordResultTexts(result: unknown, translator: LibTranslator): unknown {
  if (Array.isArray(result)) return result.map((item) => wordResultTexts(item, translator));
  if (!isPlainObject(result)) return result;
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(result)) copy[name] = wordResultTexts(value, translator);
  if (isPlainObject(result.fieldErrors) && isPlainObject(result.fieldErrorTexts))
    copy.fieldErrors = wordFieldErrors(result.fieldErrors as FieldErrors, result.fieldErrorTexts, translator);
  for (const field of ["message", "reason"]) {
    const english = result[field];
    const text = typeof english === "string" ? readJobText(result[`${field}Text`], english) : null;
    if (text) copy[field] = translator.text(text);
  }
  return copy;
}

function wordFieldErrors(fieldErrors: FieldErrors, texts: Record<string, unknown>, translator: LibTranslator): FieldErrors {
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => {
      const stored = Array.isArray(texts[field]) ? (texts[field] as unknown[]) : [];
      return [
        field,
        messages.map((english, index) => {
          const text = readJobText(stored[index], english);
          return text ? translator.text(text) : english;
        }),
      ];
    }),
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
