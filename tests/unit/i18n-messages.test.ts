import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/load-messages";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * Every interface text exists in all five languages and is used somewhere (issue 13).
 * A key is used when a file that takes the key's namespace (useTranslations / getTranslations / createTranslator)
 * calls t("key"), t.rich("key") or t.markup("key") with it, or when lib/ names the whole key with
 * libText("errors.key"), zodMessage("validation.key") or refusedBy("validation.key").
 */
type Tree = { [key: string]: string | Tree };

const root = path.resolve(__dirname, "../..");
/** The area files of one language, by file name (messages/<locale>/<area>.json). */
function areaFiles(locale: string): Map<string, Tree> {
  const folder = path.join(root, "messages", locale);
  const names = readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort();
  return new Map(names.map((name) => [name, JSON.parse(readFileSync(path.join(folder, name), "utf8")) as Tree]));
}

const messages = Object.fromEntries(LOCALES.map((locale) => [locale, Object.assign({}, ...areaFiles(locale).values()) as Tree]));

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") keys.set(name, value);
    else for (const [nested, text] of flatten(value, name)) keys.set(nested, text);
  }
  return keys;
}

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

/**
 * The keys a file asks for. Each t("key") belongs to the namespace of the nearest
 * useTranslations / getTranslations call before it (the first one for keys above every call),
 * so a file may hold several functions that each take their own namespace as `t`.
 */
function usedKeys(): Set<string> {
  const used = new Set<string>();
  const files = ["app", "components", "lib", "i18n"].flatMap((folder) => sourceFiles(path.join(root, folder)));
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    // What lib/ says names whole keys, worded later at the boundary (decision 035).
    for (const match of text.matchAll(/\b(?:libText|zodMessage|refusedBy)\(\s*"([^"]+)"/g)) used.add(match[1] ?? "");
    // createTranslator serves texts composed outside a request (e-mails and notices).
    const namespaces = [
      ...text.matchAll(
        /(?:useTranslations|getTranslations)\(\s*(?:\{\s*namespace:\s*)?"([^"]+)"|createTranslator\(\{[^}]*namespace:\s*"([^"]+)"/g,
      ),
    ].map((match) => ({ at: match.index, namespace: match[1] ?? match[2] }));
    if (namespaces.length === 0) continue;
    for (const match of text.matchAll(/\bt(?:\.rich|\.markup|\.has)?\(\s*"([^"]+)"/g)) {
      const owner = namespaces.filter((call) => call.at < match.index).at(-1) ?? namespaces[0];
      used.add(`${owner?.namespace}.${match[1]}`);
    }
  }
  return used;
}

/** The ICU arguments of a message: {name}, {count, plural, ...}. */
function argumentsOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\s*([A-Za-z_][\w]*)\s*[,}]/g)].map((match) => match[1] ?? ""))].sort();
}

const english = flatten(messages.en as Tree);

describe("interface messages", () => {
  it.each(LOCALES.filter((locale) => locale !== "en"))(
    "%s has exactly the English keys, each translated and with the same arguments",
    (locale) => {
      const translated = flatten(messages[locale] as Tree);
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      for (const [key, text] of translated) {
        expect(text.trim(), `${locale}: ${key} is empty`).not.toBe("");
        expect(argumentsOf(text), `${locale}: ${key}`).toEqual(argumentsOf(english.get(key) ?? ""));
      }
    },
  );

  // JSON.parse keeps the last of two equal keys without a word: two additions of one key with
  // different arguments once left a refusal showing its key instead of its text.
  it.each(LOCALES)("%s names each key once in each object of its files", (locale) => {
    const folder = path.join(root, "messages", locale);
    const repeated: string[] = [];
    for (const name of readdirSync(folder).filter((entry) => entry.endsWith(".json"))) {
      const objects: Set<string>[] = [];
      for (const [token, key] of readFileSync(path.join(folder, name), "utf8").matchAll(/("(?:[^"\\]|\\.)*")\s*:|[{}]/g)) {
        if (token === "{") objects.push(new Set());
        else if (token === "}") objects.pop();
        else if (objects.at(-1)?.has(key!)) repeated.push(`${name}: ${key}`);
        else objects.at(-1)?.add(key!);
      }
    }
    expect(repeated).toEqual([]);
  });

  it("uses every key and has a text for every key used", () => {
    const used = usedKeys();
    expect(
      [...english.keys()].filter((key) => !used.has(key)),
      "keys no page uses",
    ).toEqual([]);
    expect(
      [...used].filter((key) => !english.has(key)),
      "keys the code asks for but messages/en/ lacks",
    ).toEqual([]);
  });

  it.each(LOCALES)("%s keeps each namespace in one area file, and its index merges every area file", async (locale) => {
    const owners = new Map<string, string[]>();
    for (const [file, tree] of areaFiles(locale))
      for (const namespace of Object.keys(tree)) owners.set(namespace, [...(owners.get(namespace) ?? []), file]);
    expect(
      [...owners].filter(([, files]) => files.length > 1),
      "namespaces in more than one file",
    ).toEqual([]);
    expect((await loadMessages(locale)) as unknown).toEqual(messages[locale]);
  });

  it("writes Romanian with comma-below ș and ț, never the cedilla forms", () => {
    for (const [key, text] of flatten(messages.ro as Tree)) {
      expect(/[\u015E\u015F\u0162\u0163]/.test(text), `ro: ${key}`).toBe(false);
    }
  });
});
