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

type ClientUse = { namespaces: Map<string, string[]>; unreadable: string[] };

/** The top-level namespaces client modules translate, with the files that ask for each. */
function clientNamespaces(): ClientUse {
  const namespaces = new Map<string, string[]>();
  const unreadable: string[] = [];
  for (const file of clientModules()) {
    const text = readFileSync(file, "utf8");
    const name = path.relative(root, file);
    for (const [call, argument] of text.matchAll(/\buse(?:Translations|Messages)\(([^)]*)\)/g)) {
      // A namespace that is not a literal (or the whole catalogue) cannot be checked here.
      const literal = /^\s*"([^"]+)"\s*$/.exec(argument ?? "");
      if (!literal || call.startsWith("useMessages")) {
        unreadable.push(`${name}: ${call}`);
        continue;
      }
      const namespace = literal[1]!.split(".")[0]!;
      namespaces.set(namespace, [...(namespaces.get(namespace) ?? []), name]);
    }
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
    const listed = new Set<string>(CLIENT_MESSAGE_NAMESPACES);
    expect(
      [...use.namespaces].filter(([namespace]) => !listed.has(namespace)).map(([namespace, files]) => `${namespace} (${files[0]})`),
      "namespaces client components use but the layout does not send",
    ).toEqual([]);
    expect(
      [...listed].filter((namespace) => !use.namespaces.has(namespace)),
      "namespaces the layout sends but no client component uses",
    ).toEqual([]);
  });

  it("gives the root layout's provider those namespaces only", async () => {
    const tree = await RootLayout({ children: null });
    const provider = findElement(tree, NextIntlClientProvider);
    const messages = provider?.props.messages as Record<string, unknown> | undefined;
    expect(Object.keys(messages ?? {}).sort()).toEqual([...CLIENT_MESSAGE_NAMESPACES].sort());
    for (const namespace of CLIENT_MESSAGE_NAMESPACES) expect(messages?.[namespace]).toEqual(english[namespace]);
    // The catalogue has far more: server components translate the rest on the server.
    expect(Object.keys(english).length).toBeGreaterThan(CLIENT_MESSAGE_NAMESPACES.length * 2);
  });
});
