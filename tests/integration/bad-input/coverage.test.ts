/**
 * The bad-input suite covers every API route handler and every server action (issue 18): both
 * lists are read from the source files' text, and each case file of the suite declares what it
 * exercises in `export const covers = [...]` ("app/api/v1/jobs/[id]/route.ts GET",
 * "app/actions/evidence.ts addEvidenceAction"). A declared entry must name a real handler that
 * the case file imports, so the link cannot drift from the cases or from the code.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = process.cwd();
const SUITE = "tests/integration/bad-input";
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function filesUnder(directory: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(ROOT, directory), { recursive: true, encoding: "utf8" })
    .filter((name) => keep(path.basename(name)))
    .map((name) => path.posix.join(directory, name.split(path.sep).join("/")))
    .sort();
}

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

/** `export async function NAME(` or `export const NAME =`, with whether the function takes any parameter. */
function exportedFunctions(source: string): { name: string; takesInput: boolean }[] {
  const found: { name: string; takesInput: boolean }[] = [];
  for (const match of source.matchAll(/^export async function (\w+)\s*\(([^)]*)\)/gm)) {
    found.push({ name: match[1]!, takesInput: match[2]!.trim() !== "" });
  }
  for (const match of source.matchAll(/^export const (\w+)\s*=/gm)) found.push({ name: match[1]!, takesInput: true });
  return found;
}

/** Every handler of the code, as "file NAME"; a route handler without any parameter reads no request, so no input can be bad. */
function handlersOfTheCode(): { handler: string; takesInput: boolean }[] {
  const routes = filesUnder("app/api", (name) => name === "route.ts").flatMap((file) =>
    exportedFunctions(read(file))
      .filter(({ name }) => HTTP_METHODS.includes(name))
      .map(({ name, takesInput }) => ({ handler: `${file} ${name}`, takesInput })),
  );
  const actions = readdirSync(path.join(ROOT, "app/actions"))
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .flatMap((name) =>
      exportedFunctions(read(`app/actions/${name}`)).map(({ name: action }) => ({
        handler: `app/actions/${name} ${action}`,
        takesInput: true,
      })),
    );
  return [...routes, ...actions];
}

/**
 * The case files' `covers` declarations, and the handlers each file calls: imported from the
 * module by name (under any local name) and called at least once, e.g. `valuesRoute(`.
 */
function declaredCoverage(): { file: string; covers: string[]; called: Set<string> }[] {
  return filesUnder(SUITE, (name) => name.endsWith(".test.ts") && name !== "coverage.test.ts").map((file) => {
    const source = read(file);
    const list = /export const covers\s*=\s*\[([\s\S]*?)\];/.exec(source)?.[1] ?? "";
    const covers = [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1]!);
    const called = new Set<string>();
    for (const match of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@\/(app\/[^"]+)"/g)) {
      for (const part of match[1]!.split(",")) {
        const [name, local = name] = part.trim().split(/\s+as\s+/);
        if (name && new RegExp(`\\b${local}\\(`).test(source)) called.add(`${match[2]}.ts ${name}`);
      }
    }
    return { file, covers, called };
  });
}

describe("bad-input coverage", () => {
  const handlers = handlersOfTheCode();
  const declared = declaredCoverage();

  it("finds the handlers and the case files it checks", () => {
    expect(handlers.filter(({ handler }) => handler.startsWith("app/api/")).length).toBeGreaterThanOrEqual(27);
    expect(handlers.filter(({ handler }) => handler.startsWith("app/actions/")).length).toBeGreaterThanOrEqual(22);
    expect(declared.length).toBeGreaterThan(0);
    for (const { file, covers } of declared) expect(covers, `${file} declares no covers list`).not.toEqual([]);
  });

  it("declares only real handlers that the case file calls", () => {
    const known = new Set(handlers.map(({ handler }) => handler));
    const wrong = declared.flatMap(({ file, covers, called }) =>
      covers.filter((entry) => !known.has(entry) || !called.has(entry)).map((entry) => `${file}: ${entry}`),
    );
    expect(wrong).toEqual([]);
  });

  it("has a bad-input case for every route handler and server action that takes input", () => {
    const covered = new Set(declared.flatMap(({ covers }) => covers));
    const uncovered = handlers.filter(({ handler, takesInput }) => takesInput && !covered.has(handler)).map(({ handler }) => handler);
    expect(uncovered).toEqual([]);
  });
});
