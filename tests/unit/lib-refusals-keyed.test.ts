import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * What lib/ and the routes refuse reaches people in their language only when it is keyed
 * (decision 035): `new AppError(code, libText(...))`, `zodMessage(...)` or `refusedBy(...)` in
 * schemas, `libText(...)` in a returned refusal. A plain English string in those places is read
 * by a Romanian focal point in English, so this test fails on one (issue 13).
 */
const root = path.resolve(__dirname, "../..");

/** Read by operators at a terminal or in a server log, never by a person in the interface: English by design. */
const ENGLISH_BY_DESIGN = new Set(["lib/auth/command-line-access.ts", "lib/users/create-administrator.ts", "lib/env.ts"]);

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry) && !entry.endsWith(".d.ts") ? [full] : [];
  });
}

const isPlainText = (node: ts.Node | undefined): node is ts.StringLiteral | ts.TemplateLiteral =>
  node !== undefined &&
  (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) &&
  /[A-Za-z]{2,} [a-z]/.test(node.getText());

/** Each place in a file where a refusal is written as plain text: "file:line text". */
function plainRefusals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node) => {
    const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push(`${path.relative(root, file)}:${line} ${node.getText().slice(0, 80)}`);
  };
  const visit = (node: ts.Node) => {
    // new AppError("CONFLICT", "…")
    if (ts.isNewExpression(node) && node.expression.getText() === "AppError" && isPlainText(node.arguments?.[1]))
      report(node.arguments![1]!);
    // parseOrThrow(schema, input, "…"): the headline of a refused input.
    if (ts.isCallExpression(node) && node.expression.getText() === "parseOrThrow" && isPlainText(node.arguments[2]))
      report(node.arguments[2]!);
    // { message: "…" }: a zod option, a returned refusal or a problem.
    if (ts.isPropertyAssignment(node) && node.name.getText() === "message" && isPlainText(node.initializer)) report(node.initializer);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("refusals in lib/ and the routes are keyed", () => {
  it("writes no refusal as plain English text", () => {
    const files = ["lib", "app"]
      .flatMap((folder) => sourceFiles(path.join(root, folder)))
      .filter((file) => !ENGLISH_BY_DESIGN.has(path.relative(root, file)));
    expect(files.length).toBeGreaterThan(100);
    expect(files.flatMap(plainRefusals)).toEqual([]);
  });
});
