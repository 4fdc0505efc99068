import type { Locale } from "@/lib/i18n/locales";
import type { TextRow } from "./translation-rows";

export type Script = "latin" | "cyrillic";

/** A translation whose letters are mostly of another script than its language's: allowed, but listed. */
export type WrongScript = Pick<TextRow, "kind" | "code" | "field"> & { locale: Locale; found: Script; expected: Script };

/** The script each interface language is written in. */
const SCRIPT_OF: Record<Locale, Script> = { en: "latin", ro: "latin", fr: "latin", es: "latin", ru: "cyrillic" };

const LETTERS: Record<Script, RegExp> = { latin: /\p{Script=Latin}/gu, cyrillic: /\p{Script=Cyrillic}/gu };

/**
 * The script most of a text's letters are written in, or null for a text without letters.
 * Counted, not "any letter", so that a Russian text that names "IOM" or "SDG 10.7.2" is fine.
 */
export function dominantScript(text: string): Script | null {
  const latin = text.match(LETTERS.latin)?.length ?? 0;
  const cyrillic = text.match(LETTERS.cyrillic)?.length ?? 0;
  if (latin === 0 && cyrillic === 0) return null;
  return cyrillic > latin ? "cyrillic" : "latin";
}

/**
 * The editor's script check (issue 13: text in a wrong script for its column is allowed but
 * flagged): Latin text in the ru column, Cyrillic text in the en, ro, fr or es columns, most
 * often a translation pasted into the wrong column. Main texts are not checked: their language
 * is not recorded (decision 041).
 */
export function findWrongScripts(texts: readonly TextRow[]): WrongScript[] {
  const found: WrongScript[] = [];
  for (const text of texts) {
    for (const [language, translation] of Object.entries(text.translations)) {
      const expected = SCRIPT_OF[language as Locale];
      if (!expected) continue;
      const script = dominantScript(translation);
      if (script !== null && script !== expected) {
        found.push({ kind: text.kind, code: text.code, field: text.field, locale: language as Locale, found: script, expected });
      }
    }
  }
  return found;
}
