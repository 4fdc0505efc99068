import { codeMappingSchema, type CodeMapping, type CodeMappingEntry } from "@/lib/matrix/code-mapping";

/**
 * How the editor keeps a draft's code mapping (old code in the version it is based on ->
 * code in the draft) true as indicators are renamed, retired and brought back. Only entries
 * the editor itself writes (renamed, retired) are rewritten; a split or merge from an import
 * keeps its shape and follows a renamed code.
 */

/** The stored JSON as a mapping; anything unreadable counts as no mapping (it is rebuilt by the next edit). */
export function readCodeMapping(stored: unknown): CodeMapping {
  const parsed = codeMappingSchema.safeParse(stored ?? []);
  return parsed.success ? parsed.data : [];
}

/** An indicator whose code was `basedOnCode` in the based-on version (null: new in the draft) now has `newCode`. */
export function mappingAfterCodeChange(mapping: CodeMapping, basedOnCode: string | null, oldCode: string, newCode: string): CodeMapping {
  const renamedInside = mapping.map((entry): CodeMappingEntry => {
    if (entry.kind === "split") return { ...entry, to: entry.to.map((code) => (code === oldCode ? newCode : code)) };
    if (entry.kind === "merged" && entry.to === oldCode) return { ...entry, to: newCode };
    return entry;
  });
  if (basedOnCode === null) return renamedInside;
  const others = renamedInside.filter((entry) => !(entry.kind === "renamed" && entry.from === basedOnCode));
  return newCode === basedOnCode ? others : [...others, { kind: "renamed", from: basedOnCode, to: newCode }];
}

/** An indicator that existed in the based-on version as `basedOnCode` leaves the draft. */
export function mappingAfterRetire(mapping: CodeMapping, basedOnCode: string | null, note?: string): CodeMapping {
  if (basedOnCode === null) return mapping;
  const others = mapping.filter(
    (entry) => !(entry.kind === "renamed" && entry.from === basedOnCode) && !(entry.kind === "retired" && entry.from === basedOnCode),
  );
  return [...others, { kind: "retired", from: basedOnCode, ...(note ? { note } : {}) }];
}

/** A retired indicator comes back (a new indicator takes its old code and continues its series). */
export function mappingAfterReturn(mapping: CodeMapping, basedOnCode: string): CodeMapping {
  return mapping.filter((entry) => !(entry.kind === "retired" && entry.from === basedOnCode));
}

/** The old codes that a draft has given to another indicator: taking one again would pair two indicators with one past. */
export function isRenamedAway(mapping: CodeMapping, code: string): boolean {
  return mapping.some((entry) => entry.kind === "renamed" && entry.from === code);
}
