import type { CodeMapping } from "./code-mapping";

/**
 * For each new code that a mapping names, the old code(s) whose yearly series it continues:
 * renamed → the old code; merged → every old code; split → the old code, for each new code.
 * A retired code continues nowhere and is absent.
 *
 * A new code that the result does not hold continues its own code's series (when the old
 * version had that code). For a mapping that passed `findCodeMappingProblems` this rule is
 * safe: a code that the mapping took away from the old version and that the new version
 * still uses is always the new code of an entry, so it is in the result.
 */
export function followSeries(mapping: CodeMapping): Map<string, string[]> {
  const sources = new Map<string, string[]>();
  for (const entry of mapping) {
    switch (entry.kind) {
      case "renamed":
        sources.set(entry.to, [entry.from]);
        break;
      case "merged":
        sources.set(entry.to, [...entry.from]);
        break;
      case "split":
        for (const code of entry.to) sources.set(code, [entry.from]);
        break;
      case "retired":
        break;
    }
  }
  return sources;
}
