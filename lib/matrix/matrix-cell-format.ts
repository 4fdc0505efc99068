/**
 * How lists live in one cell: items separated by "; ", the parts of an item by "=" (levels)
 * or ":" (targets). A label that itself holds one of ; = * or \ gets a backslash before it,
 * so every text round-trips; people typing a matrix rarely need to know.
 */

const SPECIAL = /[\\;=*]/g;

export function escapeListPart(text: string): string {
  return text.replace(SPECIAL, (character) => `\\${character}`);
}

/** Splits at every separator that has no backslash before it; parts stay escaped. */
export function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (character === "\\" && index + 1 < text.length) {
      current += character + text[index + 1];
      index += 1;
    } else if (character === separator) {
      parts.push(current);
      current = "";
    } else {
      current += character;
    }
  }
  parts.push(current);
  return parts;
}

export function unescapeListPart(text: string): string {
  return text.replace(/\\(.)/g, "$1");
}

/** The non-empty items of a list cell, trimmed and unescaped. */
export function splitList(text: string): string[] {
  return splitUnescaped(text, ";")
    .map((part) => unescapeListPart(part.trim()))
    .filter((part) => part !== "");
}

export function joinList(items: readonly (string | number)[]): string {
  return items.map((item) => (typeof item === "number" ? String(item) : escapeListPart(item))).join("; ");
}

/** "12.5", "12,5", "-3", "1e-7": a number as people and spreadsheets type it; null for anything else. */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim().replace(/\s/g, "");
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(trimmed)) return null;
  const number = Number(trimmed.replace(",", "."));
  return Number.isFinite(number) ? number : null;
}
