import Papa from "papaparse";
import { isLevelBased, isQuantitative } from "@/lib/indicators/value-types";
import { neutralizeCell } from "@/lib/uploads/neutralize-cell";
import type { FrameworkExport } from "./load-framework-export";

/**
 * SDMX-CSV 2.0 (SDMX-CSV field guide): the columns STRUCTURE ("dataflow"), STRUCTURE_ID
 * ("AGENCY:ID(VERSION)") and ACTION ("I", information), then one column per dimension with
 * TIME_PERIOD last, the measure OBS_VALUE, then the attributes. A total over a dimension is
 * coded `_T`; an unknown reference area `_Z`. SDMX identifiers allow letters, digits, `_`,
 * `@`, `$` and `-`, so other characters in our codes (the dot of "A1.01") become `_`.
 */

const SDMX_AGENCY = "CAPACITAS";
const SDMX_TOTAL = "_T";
/** The SDG series of indicator 10.7.2 (domain.md): its domain scores carry this series code. */
const SDG_10_7_2_SERIES = "SG_CPA_MIGRS";

function toSdmxId(code: string): string {
  return code.replace(/[^A-Za-z0-9_@$-]/g, "_");
}

function structureId(id: string): string {
  return `${SDMX_AGENCY}:${toSdmxId(id)}(1.0)`;
}

function refArea(data: FrameworkExport): string {
  return data.workspace.countryCode ? toSdmxId(data.workspace.countryCode) : "_Z";
}

function toCsv(fields: string[], rows: (string | number)[][]): string {
  return Papa.unparse({ fields, data: rows.map((row) => row.map((value) => neutralizeCell(value))) }, { newline: "\r\n" }) + "\r\n";
}

/**
 * Indicator values: dataflow DF_<framework>, dimensions REF_AREA, INDICATOR, one per breakdown
 * dimension the framework uses (in the order they first appear), TIME_PERIOD. Quantities are
 * their number; qualitative answers their level's score (0-1) with the level's code in
 * VALUE_LEVEL; narrative texts are not observations and are left out. OBS_STATUS is A
 * (normal) for approved values and P (provisional) for the others.
 */
export function writeSdmxValuesCsv(data: FrameworkExport): string {
  const { framework } = data.progress;
  const dimensions: string[] = [];
  for (const value of data.values)
    for (const dimension of Object.keys(value.disaggregation)) if (!dimensions.includes(dimension)) dimensions.push(dimension);
  const fields = [
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    "REF_AREA",
    "INDICATOR",
    ...dimensions.map(toSdmxId),
    "TIME_PERIOD",
    "OBS_VALUE",
    "UNIT_MEASURE",
    "OBS_STATUS",
    "VALUE_LEVEL",
    "COMMENT_OBS",
  ];
  const rows: (string | number)[][] = [];
  for (const value of data.values) {
    const { indicator } = value;
    let observation: number | null = null;
    let unit = indicator.unit ?? "";
    if (isQuantitative(indicator.valueType)) observation = value.number;
    else if (isLevelBased(indicator.valueType) && value.levelCode !== null) {
      observation = indicator.levels.find((level) => level.code === value.levelCode)?.score ?? null;
      unit = "SCORE";
    }
    if (observation === null) continue;
    rows.push([
      "dataflow",
      structureId(`DF_${framework.code}`),
      "I",
      refArea(data),
      toSdmxId(indicator.code),
      ...dimensions.map((dimension) =>
        value.disaggregation[dimension] === undefined ? SDMX_TOTAL : toSdmxId(value.disaggregation[dimension]!),
      ),
      String(value.year),
      observation,
      unit,
      value.status === "APPROVED" ? "A" : "P",
      value.levelCode ?? "",
      value.comment ?? "",
    ]);
  }
  return toCsv(fields, rows);
}

/**
 * Area scores: dataflow DF_<framework>_SCORES, dimensions REF_AREA, SERIES (SG_CPA_MIGRS for
 * an SDG 10.7.2 framework), COMPOSITE_BREAKDOWN (the area or domain, `_T` for the whole) and
 * TIME_PERIOD; OBS_VALUE in percent; SCORE_CATEGORY (1-4, 10.7.2 only) and the number of
 * indicators counted as attributes. Years without a score have no observation.
 */
export function writeSdmxScoresCsv(data: FrameworkExport): string {
  const { framework } = data.progress;
  const official = framework.scoringMethod === "SDG_10_7_2";
  const fields = [
    "STRUCTURE",
    "STRUCTURE_ID",
    "ACTION",
    "REF_AREA",
    "SERIES",
    "COMPOSITE_BREAKDOWN",
    "TIME_PERIOD",
    "OBS_VALUE",
    "UNIT_MEASURE",
    "OBS_STATUS",
    "SCORE_CATEGORY",
    "INDICATORS_COUNTED",
  ];
  const rows: (string | number)[][] = data.progress.scores
    .filter((score) => score.score !== null)
    .map((score) => [
      "dataflow",
      structureId(`DF_${framework.code}_SCORES`),
      "I",
      refArea(data),
      official ? SDG_10_7_2_SERIES : toSdmxId(`${framework.code}_AREA_SCORE`),
      score.areaCode === "_T" ? SDMX_TOTAL : toSdmxId(score.areaCode),
      String(score.year),
      score.score!,
      "PT",
      score.provisional ? "P" : "A",
      score.category ?? "",
      score.indicatorsCounted,
    ]);
  return toCsv(fields, rows);
}
