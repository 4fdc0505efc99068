import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { CODE_MAPPING_KIND_LABELS, newCodesOf, oldCodesOf, type CodeMapping } from "./code-mapping";
import { indexDefinition, type DefinitionIndex } from "./index-definition";

/** A problem of one entry (1-based, as people count) and side: "from" is the old version's code. */
export type CodeMappingProblem = { entry: number; side: "from" | "to"; code: string; message: string };

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
      else
        problems.push({
          entry: number,
          side: "from",
          code,
          message: `Old code ${code} is already mapped in entry ${first}; map an old code once`,
        });
    }
    for (const code of newCodesOf(entry)) {
      const first = entryOfNew.get(code);
      if (first === undefined) entryOfNew.set(code, number);
      else
        problems.push({
          entry: number,
          side: "to",
          code,
          message: `New code ${code} is already the new code of entry ${first}; a new code continues one entry only`,
        });
    }
  });

  mapping.forEach((entry, index) => {
    const number = index + 1;
    const kind = CODE_MAPPING_KIND_LABELS[entry.kind].toLowerCase();
    for (const code of oldCodesOf(entry)) {
      if (!before.has(code)) {
        problems.push({ entry: number, side: "from", code, message: `The old version has no indicator ${code}` });
      } else if (after.has(code)) {
        if (entry.kind === "retired") {
          problems.push({
            entry: number,
            side: "from",
            code,
            message: `${code} is retired, but the new version still has an indicator ${code}`,
          });
        } else if (!entryOfNew.has(code)) {
          problems.push({
            entry: number,
            side: "from",
            code,
            message: `${code} is ${kind}, but the new version still has an indicator ${code}; map that indicator as the new code of an entry, or leave ${code} out of the mapping`,
          });
        }
      }
    }
    for (const code of newCodesOf(entry)) {
      if (!after.has(code)) {
        problems.push({ entry: number, side: "to", code, message: `The new version has no indicator ${code}` });
      } else if (before.has(code) && !entryOfOld.has(code)) {
        problems.push({
          entry: number,
          side: "to",
          code,
          message: `${code} already exists in the old version; map the old ${code} too (renamed, merged or retired), or choose another new code`,
        });
      }
    }
  });

  return problems.sort((a, b) => a.entry - b.entry);
}
