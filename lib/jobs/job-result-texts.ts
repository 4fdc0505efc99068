import type { LibTranslator } from "@/lib/i18n/lib-translator";
import { problemTextOf } from "@/lib/problems/problem";
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

/** The stored result with each keyed text worded by `translator` (the poll's or the page's language). */
export function wordResultTexts(result: unknown, translator: LibTranslator): unknown {
  if (Array.isArray(result)) return result.map((item) => wordResultTexts(item, translator));
  if (!isPlainObject(result)) return result;
  const copy: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(result)) copy[name] = wordResultTexts(value, translator);
  for (const field of ["message", "reason"]) {
    const english = result[field];
    const text = typeof english === "string" ? readJobText(result[`${field}Text`], english) : null;
    if (text) copy[field] = translator.text(text);
  }
  return copy;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
