import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedMessage, wordingOf } from "@/lib/problems/problem";
import { slugOfCode } from "./open-sdg-codes";
import type { OpenSdgRefusal, OpenSdgRefusalReason } from "./open-sdg-refusal";
import { NUMBER, type ParsedOpenSdgData } from "./parse-open-sdg-data";
import type { PeriodRule } from "./parse-open-sdg-period";
import { parseSdmxTimePeriod } from "./parse-sdmx-time-period";
import { indicatorCodeOfSdmx, isNoBreakdown, kindOfComponent, nameBreakdown, PRIMARY_MEASURE, TIME_DIMENSION } from "./sdmx-ml-concepts";

/** One indicator's observations of an SDMX-ML message, in the shape of a parsed Open SDG data file. */
export type SdmxIndicatorPart = ParsedOpenSdgData & { slug: string };

/** Dimension id -> code, of a series, an observation, or both together. */
export type SdmxKey = Map<string, string>;

/** What the reading of one file keeps from one observation to the next (parse-sdmx-ml.ts owns it). */
export type SdmxReading = {
  file: string;
  periodRule: PeriodRule;
  /** Observations read so far, counted from 1 in file order: an observation's `line`. */
  rows: number;
  /** By INDICATOR (else SERIES) id. */
  parts: Map<string, SdmxIndicatorPart>;
  /** The codes seen for each frame dimension (REF_AREA...): a file must keep to one. */
  frames: Map<string, Set<string>>;
  fileProblems: OpenSdgRefusal[];
  /** Refuses the whole file for this reason (once); its observations are still counted. */
  refuseFile: (reason: OpenSdgRefusalReason, message: LibText | string) => void;
};

export function describeSdmxKey(key: SdmxKey): string {
  return key.size === 0 ? "no key" : [...key].map(([id, code]) => `${id}=${code}`).join(", ");
}

/**
 * Reads one observation, its series key and observation key merged: counts it, then, unless the
 * file is refused, adds it to its indicator's part as a row (TIME_PERIOD by the Year cell's
 * rules, OBS_VALUE as written, blank or NaN: missing, every other dimension a disaggregation
 * named as the workspace names it) or a problem at that row.
 */
export function readSdmxObservation(reading: SdmxReading, key: SdmxKey, written: string | undefined, line: number): void {
  reading.rows += 1;
  const rows = reading.rows;
  const where = libText("importProblems.sdmxObservation", { number: String(rows), line: String(line), key: describeSdmxKey(key) });
  const indicatorId = key.get("INDICATOR") ?? key.get("SERIES");
  if (!indicatorId) reading.refuseFile("no indicator", libText("importProblems.sdmxNoIndicator", { where }));
  if (!indicatorId || reading.fileProblems.length > 0) return;
  for (const [id, values] of reading.frames) if (key.has(id)) values.add(key.get(id)!);
  const part = partOf(reading, indicatorId);
  part.rows += 1;
  const refuse = (reason: OpenSdgRefusalReason, problem: LibText | string, field: string) =>
    part.problems.push(
      keyedMessage<OpenSdgRefusal>(
        { file: part.file, row: rows, field, reason },
        libText("importProblems.sdmxAtObservation", { where, problem }),
      ),
    );

  const time = key.get(TIME_DIMENSION);
  const period = time === undefined ? null : parseSdmxTimePeriod(time.trim(), reading.periodRule);
  if (!period) refuse("not a year", libText("importProblems.sdmxNoTimePeriod"), TIME_DIMENSION);
  else if (!period.ok) refuse(period.reason, wordingOf(period), TIME_DIMENSION);
  const trimmed = written?.trim();
  const value =
    trimmed === undefined ? undefined : trimmed === "" || trimmed === "NaN" ? null : NUMBER.test(trimmed) ? Number(trimmed) : Number.NaN;
  if (value === undefined) refuse("missing value", libText("importProblems.sdmxNoValue", { measure: PRIMARY_MEASURE }), PRIMARY_MEASURE);
  else if (Number.isNaN(value)) refuse("not a number", libText("importProblems.dataNotANumber", { cell: trimmed ?? "" }), PRIMARY_MEASURE);
  if (!period?.ok || value === undefined || Number.isNaN(value)) return;

  const cells: [string, string][] = [];
  for (const [id, code] of key) {
    const kind = kindOfComponent(id);
    const isBreakdown = id === "SERIES" ? key.has("INDICATOR") : !["indicator", "time", "frame", "ignored", "measure"].includes(kind);
    if (!isBreakdown || code === "" || isNoBreakdown(code)) continue;
    const { column, cell } = nameBreakdown(id, code);
    if (!part.columns.includes(column)) part.columns.push(column);
    cells.push([column, cell]);
  }
  part.observations.push({
    line: rows,
    year: period.year,
    ...(period.label ? { periodLabel: period.label } : {}),
    disaggregation: Object.fromEntries(cells),
    value,
  });
}

/** The indicator's part, made at its first observation; one whose id gives no usable code carries that problem. */
function partOf(reading: SdmxReading, indicatorId: string): SdmxIndicatorPart {
  const known = reading.parts.get(indicatorId);
  if (known) return known;
  const code = indicatorCodeOfSdmx(indicatorId);
  const part: SdmxIndicatorPart = {
    file: `${reading.file}#${indicatorId}`,
    slug: code === null ? indicatorId : slugOfCode(code),
    columns: [],
    rows: 0,
    observations: [],
    problems: [],
    warnings: [],
  };
  if (code === null)
    part.problems.push(
      keyedMessage<OpenSdgRefusal>(
        { file: part.file, reason: "structure" },
        libText("importProblems.sdmxNoUsableCode", { id: indicatorId }),
      ),
    );
  reading.parts.set(indicatorId, part);
  return part;
}
