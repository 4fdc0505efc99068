import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import RootLayout from "@/app/layout";
import { CLIENT_MESSAGE_NAMESPACES } from "@/lib/i18n/client-message-namespaces";
import english from "@/messages/en/index";

/**
 * The root layout sends client components only the namespaces they translate (decision 043).
 * The list is checked against the code: every "use client" file and every file it imports
 * (components a client component renders run on the client too, whatever their own
 * directive) is scanned for useTranslations("namespace") calls.
 */
const root = path.resolve(__dirname, "../..");

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === "generated" ? [] : sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry) ? [full] : [];
  });
}

/** A directive is the file's first statement; comments may come before it. */
const startsWith = (text: string, directive: string) =>
  new RegExp(`^(?:\\s|//[^\\n]*\\n|/\\*[\\s\\S]*?\\*/)*["']${directive}["']`).test(text);

/** The project file an import names (the @/ alias or a relative path), or null for a package, JSON or CSS. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".")
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

/**
 * The modules that run in the browser: "use client" files and what they import, transitively.
 * Type-only imports bring no code; server actions ("use server") reach the client as references
 * only, and "server-only" modules cannot be imported there at all, so the walk stops at both.
 */
function clientModules(): string[] {
  const files = ["app", "components", "lib"].flatMap((folder) => sourceFiles(path.join(root, folder)));
  const pending = files.filter((file) => startsWith(readFileSync(file, "utf8"), "use client"));
  const reached = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    const text = readFileSync(file, "utf8");
    if (startsWith(text, "use server") || /^import\s+["']server-only["']/m.test(text)) continue;
    reached.add(file);
    const imports = text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^;"'`]*?\s+from\s+)?["']([^"']+)["']/gm);
    for (const [, typeOnly, specifier] of imports) {
      const target = typeOnly ? null : resolveImport(file, specifier!);
      if (target) pending.push(target);
    }
  }
  return [...reached].sort();
}

/** What client modules ask for of one namespace. */
type NamespaceUse = { files: Set<string>; keys: Set<string>; isAnyKey: boolean };
type ClientUse = { namespaces: Map<string, NamespaceUse>; unreadable: string[] };

/**
 * The top-level namespaces client modules translate, with the keys they ask for. As in
 * i18n-messages.test.ts, each t("key") belongs to the nearest useTranslations before it. A key
 * that is not a literal, or a `t` handed to other code, may be any key of the namespace.
 */
function clientNamespaces(): ClientUse {
  const namespaces = new Map<string, NamespaceUse>();
  const unreadable: string[] = [];
  for (const file of clientModules()) {
    const text = readFileSync(file, "utf8");
    const name = path.relative(root, file);
    const calls: { at: number; use: NamespaceUse }[] = [];
    for (const match of text.matchAll(/\buse(?:Translations|Messages)\(([^)]*)\)/g)) {
      // A namespace that is not a literal (or the whole catalogue) cannot be checked here.
      const literal = /^\s*"([^"]+)"\s*$/.exec(match[1] ?? "");
      if (!literal || match[0].startsWith("useMessages")) {
        unreadable.push(`${name}: ${match[0]}`);
        continue;
      }
      const [namespace, ...rest] = literal[1]!.split(".");
      const use = namespaces.get(namespace!) ?? { files: new Set(), keys: new Set(), isAnyKey: false };
      namespaces.set(namespace!, use);
      use.files.add(name);
      // A sub-namespace ("entry.form") is sent with its whole namespace.
      if (rest.length > 0) use.isAnyKey = true;
      calls.push({ at: match.index, use });
    }
    if (calls.length === 0) continue;
    const ownerAt = (at: number) => (calls.filter((call) => call.at < at).at(-1) ?? calls[0]!).use;
    for (const match of text.matchAll(/\bt(?:\.rich|\.markup|\.has|\.raw)?\(\s*([^,)]*)/g)) {
      const key = /^"([^"]+)"$/.exec(match[1]!.trim());
      if (key) ownerAt(match.index).keys.add(key[1]!);
      else ownerAt(match.index).isAnyKey = true;
    }
    for (const match of text.matchAll(/[(,{]\s*t\s*[,)}]/g)) ownerAt(match.index).isAnyKey = true;
  }
  return { namespaces, unreadable };
}

/** The first element of the given type in a rendered tree. */
function findElement(node: ReactNode, type: unknown): ReactElement<Record<string, unknown>> | null {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findElement(child, type);
      if (found) return found;
    }
    return null;
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) return null;
  if (node.type === type) return node as ReactElement<Record<string, unknown>>;
  return findElement(node.props.children, type);
}

describe("messages sent to client components", () => {
  const use = clientNamespaces();

  it("follows imports from client files into the components they render", () => {
    const modules = clientModules().map((file) => path.relative(root, file));
    // entry-row.tsx has no directive of its own; the entry form (a client component) renders it.
    expect(modules).toContain(path.join("app", "(app)", "cycles", "[framework]", "[year]", "entry", "entry-row.tsx"));
    expect(modules).not.toContain(path.join("app", "layout.tsx"));
  });

  it("names every namespace as a literal, so that the list can be checked", () => {
    expect(use.unreadable).toEqual([]);
  });

  it("sends every namespace a client component translates, and no other", () => {
    const whole = new Set<string>(CLIENT_MESSAGE_NAMESPACES.filter((entry) => !entry.includes(".")));
    const keys = new Set<string>(CLIENT_MESSAGE_NAMESPACES.filter((entry) => entry.includes(".")));
    const missing = [...use.namespaces].flatMap(([namespace, { files, keys: used, isAnyKey }]) => {
      if (whole.has(namespace)) return [];
      const hasKeys = [...keys].some((entry) => entry.startsWith(`${namespace}.`));
      if (isAnyKey || !hasKeys) return [`${namespace} (${[...files][0]})`];
      return [...used].filter((key) => !keys.has(`${namespace}.${key}`)).map((key) => `${namespace}.${key}`);
    });
    expect(missing, "namespaces and keys client components use but the layout does not send").toEqual([]);
    const unneeded = CLIENT_MESSAGE_NAMESPACES.filter((entry) => {
      const [namespace, key] = entry.split(".") as [string, string | undefined];
      const used = use.namespaces.get(namespace);
      if (key === undefined) return used === undefined;
      return used === undefined || whole.has(namespace) || !used.keys.has(key);
    });
    expect(unneeded, "namespaces and keys the layout sends but no client component uses").toEqual([]);
  });

  it("gives the root layout's provider those namespaces only", async () => {
    const tree = await RootLayout({ children: null });
    const provider = findElement(tree, NextIntlClientProvider);
    const messages = provider?.props.messages as Record<string, unknown> | undefined;
    const catalogue = english as unknown as Record<string, Record<string, unknown>>;
    const expected: Record<string, unknown> = {};
    for (const entry of CLIENT_MESSAGE_NAMESPACES) {
      const [namespace, key] = entry.split(".") as [string, string | undefined];
      expected[namespace] =
        key === undefined ? catalogue[namespace] : { ...(expected[namespace] as object), [key]: catalogue[namespace]![key] };
    }
    expect(messages).toEqual(expected);
    expect(JSON.stringify(messages).length).toBeLessThan(JSON.stringify(english).length / 2);
    // Server components translate every namespace on the server, as before.
    expect(Object.keys(english).length).toBeGreaterThan(Object.keys(expected).length * 2);
  });
});
