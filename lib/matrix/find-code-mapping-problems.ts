import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedMessage } from "@/lib/problems/problem";
import { newCodesOf, oldCodesOf, type CodeMapping } from "./code-mapping";
import { indexDefinition, type DefinitionIndex } from "./index-definition";

/** A problem of one entry (1-based, as people count) and side: "from" is the old version's code. */
export type CodeMappingProblem = { entry: number; side: "from" | "to"; code: string; message: string };

/** A problem worded in the reader's language at the boundary (decision 052): the English in `message`, the key beside it. */
const problemAt = (entry: number, side: "from" | "to", code: string, text: LibText) =>
  keyedMessage<CodeMappingProblem>({ entry, side, code }, text);

const asIndex = (definition: FrameworkDefinition | DefinitionIndex): DefinitionIndex =>
  "indicators" in definition && definition.indicators instanceof Map ? definition : indexDefinition(definition as FrameworkDefinition);

/**
 * Checks a (schema-valid) code mapping against the two versions it links. The rules keep
 * every old indicator on at most one path and every new one continuing at most one:
 * - an old code must exist in the old version, a new code in the new one;
 * - an old code appears in one entry only, and so does a new code;
 * - a retired code must be gone from the new version;
 * - a mapped old code that the new version still uses must be the new code of an entry
 *   (a swap, or "B merged into A"), otherwise the same code would mean two indicators;
 * - likewise a new code that the old version already used must itself be mapped away.
 * Returns every problem, in entry order; an empty list means the mapping may be used.
 */
export function findCodeMappingProblems(
  mapping: CodeMapping,
  beforeDefinition: FrameworkDefinition | DefinitionIndex,
  afterDefinition: FrameworkDefinition | DefinitionIndex,
): CodeMappingProblem[] {
  const before = asIndex(beforeDefinition).indicators;
  const after = asIndex(afterDefinition).indicators;
  const problems: CodeMappingProblem[] = [];

  const entryOfOld = new Map<string, number>();
  const entryOfNew = new Map<string, number>();
  mapping.forEach((entry, index) => {
    const number = index + 1;
    for (const code of oldCodesOf(entry)) {
      const first = entryOfOld.get(code);
      if (first === undefined) entryOfOld.set(code, number);
      else problems.push(problemAt(number, "from", code, libText("importProblems.mappingOldCodeTwice", { code, first: String(first) })));
    }
    for (const code of newCodesOf(entry)) {
      const first = entryOfNew.get(code);
      if (first === undefined) entryOfNew.set(code, number);
      else problems.push(problemAt(number, "to", code, libText("importProblems.mappingNewCodeTwice", { code, first: String(first) })));
    }
  });

  mapping.forEach((entry, index) => {
    const number = index + 1;
    for (const code of oldCodesOf(entry)) {
      if (!before.has(code)) {
        problems.push(problemAt(number, "from", code, libText("importProblems.mappingNoOldIndicator", { code })));
      } else if (after.has(code)) {
        if (entry.kind === "retired") {
          problems.push(problemAt(number, "from", code, libText("importProblems.mappingRetiredStillThere", { code })));
        } else if (!entryOfNew.has(code)) {
          problems.push(problemAt(number, "from", code, libText("importProblems.mappingStillThere", { code, kind: entry.kind })));
        }
      }
    }
    for (const code of newCodesOf(entry)) {
      if (!after.has(code)) {
        problems.push(problemAt(number, "to", code, libText("importProblems.mappingNoNewIndicator", { code })));
      } else if (before.has(code) && !entryOfOld.has(code)) {
        problems.push(problemAt(number, "to", code, libText("importProblems.mappingCodeExists", { code })));
      }
    }
  });

  return problems.sort((a, b) => a.entry - b.entry);
}
