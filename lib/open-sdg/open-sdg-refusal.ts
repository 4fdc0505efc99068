import { problemTextOf, withProblemText, type Problem } from "@/lib/problems/problem";
import type { PeriodRefusal } from "./parse-open-sdg-period";

/**
 * Why a file or a row of a data set is refused, as the report counts them. A partial import
 * leaves refused files and rows out and lists them; by default any refusal refuses it all.
 */
export type OpenSdgRefusalReason =
  | PeriodRefusal
  | "not a number"
  | "malformed line"
  | "line too long"
  | "header"
  | "unnamed column with data"
  | "encoding"
  | "structure"
  | SdmxMlRefusal;

/** SDMX-ML files (parse-sdmx-ml.ts): a missing OBS_VALUE refuses its observation, the others the whole file. */
export type SdmxMlRefusal = "missing value" | "malformed XML" | "unsafe XML" | "format" | "unknown dimension" | "no indicator";

/** A problem of the files with the reason it is counted under. `row` absent: the whole file is refused. */
export type OpenSdgRefusal = Problem & { file: string; reason: OpenSdgRefusalReason };

/** The problem as people and programs read it, without our counting key. */
export function asProblem(refusal: OpenSdgRefusal): Problem {
  const { reason: _reason, ...problem } = refusal;
  return withProblemText(problem, problemTextOf(refusal));
}
