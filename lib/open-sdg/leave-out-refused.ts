import type { Problem } from "@/lib/problems/problem";
import { asProblem, type OpenSdgRefusal, type OpenSdgRefusalReason } from "./open-sdg-refusal";
import type { OpenSdgRefused } from "./open-sdg-report";
import type { ParsedOpenSdgSource } from "./parse-open-sdg-source";

/** The most single-row problems a report lists; the counts cover them all. */
export const MAX_LISTED_REFUSALS = 1000;

/** Reasons that refuse a whole file: its rows cannot be read without its header, encoding or code. */
const FILE_REASONS = new Set<OpenSdgRefusalReason>([
  "header",
  "unnamed column with data",
  "encoding",
  "structure",
  "line too long",
  "malformed XML",
  "unsafe XML",
  "format",
  "unknown dimension",
  "no indicator",
]);

export const NOTHING_REFUSED: OpenSdgRefused = { files: [], rows: 0, byReason: {}, problems: [] };

/**
 * A partial import's view of a parsed data set: the files refused as a whole are left out, the
 * rows refused were never observations, and both are counted by reason so that the report
 * accounts for every row read. `refusals` are the parser's problems plus any the plan found
 * about whole files (reason "structure").
 */
export function leaveOutRefused(
  parsed: ParsedOpenSdgSource,
  refusals: readonly OpenSdgRefusal[],
): { usable: ParsedOpenSdgSource; refused: OpenSdgRefused } {
  const refusedFiles = new Map<string, OpenSdgRefusal>();
  for (const refusal of refusals)
    if (FILE_REASONS.has(refusal.reason) && !refusedFiles.has(refusal.file)) refusedFiles.set(refusal.file, refusal);
  const rowsOf = new Map(parsed.dataFiles.map((file) => [file.file, file.rows]));
  const refused: OpenSdgRefused = { files: [], rows: 0, byReason: {}, problems: [] };
  const count = (reason: OpenSdgRefusalReason, rows: number) => {
    refused.rows += rows;
    refused.byReason[reason] = (refused.byReason[reason] ?? 0) + rows;
  };
  for (const [file, refusal] of refusedFiles) {
    const rows = rowsOf.get(file) ?? 0;
    refused.files.push({ file, reason: refusal.reason, message: refusal.message, rows });
    count(refusal.reason, rows);
  }
  // A row refused for two reasons (its year and its value) counts once, under the first.
  const seenRows = new Set<string>();
  for (const refusal of refusals) {
    if (refusedFiles.has(refusal.file) || refusal.row === undefined) continue;
    const key = `${refusal.file}|${refusal.row}`;
    if (seenRows.has(key)) continue;
    seenRows.add(key);
    count(refusal.reason, 1);
    if (refused.problems.length < MAX_LISTED_REFUSALS) refused.problems.push(asProblem(refusal));
  }
  return {
    usable: { ...parsed, dataFiles: parsed.dataFiles.filter((file) => !refusedFiles.has(file.file)), problems: [] },
    refused,
  };
}

/** The plan's problems about whole files, as refusals; null when one is not tied to a file (nothing can be left out). */
export function structureRefusals(problems: readonly Problem[]): OpenSdgRefusal[] | null {
  const refusals: OpenSdgRefusal[] = [];
  for (const problem of problems) {
    if (!problem.file) return null;
    refusals.push({ ...problem, file: problem.file, reason: "structure" });
  }
  return refusals;
}
