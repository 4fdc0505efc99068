import fs from "node:fs";
import path from "node:path";

/**
 * The English interface texts that must not show on a page in another language (issue 13),
 * built from messages/en: every message whose value differs from the page language's, cut into
 * its literal parts (placeholders, plural branches and rich-text tags removed).
 *
 * - `phrases`: parts of three words or more. Found anywhere in the page's text, they are a
 *   leftover: interface sentences are long enough not to occur by chance.
 * - `labels`: whole messages of one or two words ("Save draft", "Approved"). Short words occur in
 *   data too, so they count only when a text node of the page says exactly that and nothing else,
 *   as a button, a heading or a table header does.
 *
 * Demo data is not interface: a text that also occurs in the demo seed's sources (indicator
 * names, institution names, comments) is left out, as are the names of products and standards.
 */
export type EnglishInterfaceTexts = { phrases: string[]; labels: Set<string> };

// Playwright runs from the repository root (where its config is).
const ROOT = process.cwd();

/** Texts that are the same in every language: names of products, standards and file formats. */
const SAME_IN_EVERY_LANGUAGE = new Set(["Capacitas", "Open SDG", "MGI", "SDG", "XLSX", "CSV", "PDF", "Word", "Excel", "API", "IOM", "OK"]);

function readMessages(locale: string): Map<string, string> {
  const folder = path.join(ROOT, "messages", locale);
  const flat = new Map<string, string>();
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === "string") flat.set(prefix, node);
    else if (node && typeof node === "object")
      for (const [key, child] of Object.entries(node)) walk(child, prefix ? `${prefix}.${key}` : key);
  };
  for (const file of fs.readdirSync(folder).filter((name) => name.endsWith(".json")))
    walk(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")), "");
  return flat;
}

/** The index of the brace that closes the one at `open`. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index += 1) {
    if (text[index] === "{") depth += 1;
    else if (text[index] === "}" && --depth === 0) return index;
  }
  return text.length;
}

/** The literal parts of an ICU message: what a reader sees around its arguments. */
export function literalParts(message: string): string[] {
  const parts: string[] = [];
  let current = "";
  const cut = () => {
    parts.push(current);
    current = "";
  };
  for (let index = 0; index < message.length; index += 1) {
    const char = message[index]!;
    if (char === "{") {
      const end = closingBrace(message, index);
      const inner = message.slice(index + 1, end);
      const branching = /^\s*\w+\s*,\s*(plural|select|selectordinal)\s*,/.exec(inner);
      cut();
      if (branching) {
        // Each branch ("one {# value}") is a message of its own.
        const branches = inner.slice(branching[0].length);
        for (let at = branches.indexOf("{"); at !== -1; at = branches.indexOf("{", closingBrace(branches, at)))
          parts.push(...literalParts(branches.slice(at + 1, closingBrace(branches, at))));
      }
      index = end;
    } else if (char === "<") {
      const end = message.indexOf(">", index);
      cut();
      index = end === -1 ? message.length : end;
    } else if (char === "#") cut();
    else current += char;
  }
  cut();
  return parts.map((part) => part.replace(/''/g, "'").replace(/\s+/g, " ").trim()).filter(Boolean);
}

function wordCount(text: string): number {
  return text.split(" ").filter((word) => /\p{L}/u.test(word)).length;
}

/** The demo seed's sources, as one text: whatever is written there is data, not interface. */
let demoData: string | undefined;
/** Whether a text is written in the demo seed's sources: data, whatever language it is in. */
export function isDemoData(text: string): boolean {
  return demoDataText().includes(text);
}

function demoDataText(): string {
  const folders = ["lib/demo", "lib/frameworks/builtin"];
  return (demoData ??= folders
    .flatMap((folder) =>
      fs
        .readdirSync(path.join(ROOT, folder))
        .filter((name) => name.endsWith(".ts"))
        .map((name) => fs.readFileSync(path.join(ROOT, folder, name), "utf8")),
    )
    .join("\n")
    .replace(/\s+/g, " "));
}

export function englishInterfaceTexts(locale: "ro" | "ru"): EnglishInterfaceTexts {
  const english = readMessages("en");
  const translated = readMessages(locale);
  const data = demoDataText();
  const phrases = new Set<string>();
  const labels = new Set<string>();
  // "Import" is English and Romanian: a text the page's language itself uses is no leftover.
  const ownTexts = new Set([...translated.values()].flatMap(literalParts));
  for (const [key, value] of english) {
    const translation = translated.get(key) ?? "";
    if (translation === value) continue;
    const translatedParts = new Set(literalParts(translation));
    for (const part of literalParts(value)) {
      if (translatedParts.has(part) || ownTexts.has(part) || SAME_IN_EVERY_LANGUAGE.has(part) || data.includes(part)) continue;
      const words = wordCount(part);
      if (words >= 3) phrases.add(part);
      // Only a whole message is a label: a word cut out of a sentence says nothing alone.
      else if (words >= 1 && part === value.trim() && /\p{L}{3}/u.test(part)) labels.add(part);
    }
  }
  return { phrases: [...phrases].sort((a, b) => b.length - a.length), labels };
}

/** English month names: a date written in English on a page in another language. */
export const ENGLISH_MONTHS =
  /\b(January|February|March|April|June|July|August|September|October|November|December)\b|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec) \d{1,4}\b/;

const ENGLISH_WORDS = new Set([
  "the",
  "of",
  "and",
  "to",
  "for",
  "is",
  "are",
  "your",
  "this",
  "with",
  "by",
  "not",
  "be",
  "has",
  "have",
  "was",
  "will",
  "can",
  "from",
  "no",
  "yet",
  "been",
  "which",
  "when",
  "there",
]);

/**
 * Texts that read like English sentences (two or more of its commonest words) and are not in
 * the demo data: what no message produced, a text written in lib/ or a component in English.
 * Reported for a person to judge, since English data composed at run time looks the same.
 */
export function englishLookingTexts(texts: string[]): string[] {
  const data = demoDataText();
  return texts.filter((text) => {
    const words = text.toLowerCase().split(/[^a-z]+/);
    return words.filter((word) => ENGLISH_WORDS.has(word)).length >= 2 && !data.includes(text);
  });
}
