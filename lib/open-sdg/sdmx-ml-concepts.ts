import { STANDARD_DIMENSIONS } from "@/lib/frameworks/builtin/dimensions";
import { isValidCode } from "./open-sdg-codes";

/**
 * What the SDMX-ML reader knows of SDMX's concepts without a data structure definition (DSD):
 * which component names the indicator, which are the frame of the whole message rather than a
 * breakdown, which are attributes, and which are breakdowns. Ids are those of the SDMX
 * Content-Oriented Guidelines' cross-domain concepts and of the SDG data structure (DSD).
 */

/** The components that name the indicator, in order of preference (decision 032). */
export const INDICATOR_DIMENSIONS = ["INDICATOR", "SERIES"] as const;
export const TIME_DIMENSION = "TIME_PERIOD";
export const PRIMARY_MEASURE = "OBS_VALUE";

/** The same for every observation of a national data set; a file holding several refuses (one country, one reporting type). */
export const FRAME_DIMENSIONS = ["REF_AREA", "REPORTING_TYPE"] as const;
/** The frequency is told by TIME_PERIOD itself (2015, 2015-Q1), which is what the import reads. */
const IGNORED_DIMENSIONS = new Set(["FREQ"]);

/**
 * Attributes: facts about a value (its status, unit, multiplier, notes), not a breakdown of it.
 * A structure-specific message writes them as XML attributes beside the dimensions, so without
 * a DSD only a known name tells the two apart.
 */
const ATTRIBUTES = new Set([
  "OBS_STATUS",
  "OBS_CONF",
  "OBS_PRE_BREAK",
  "OBS_COM",
  "COMMENT_OBS",
  "COMMENT_TS",
  "COMMENT_DSET",
  "UNIT_MEASURE",
  "UNIT_MULT",
  "DECIMALS",
  "BASE_PER",
  "TIME_FORMAT",
  "TIME_PER_COLLECT",
  "TIME_DETAIL",
  "TIME_COVERAGE",
  "REF_PERIOD_DETAIL",
  "TITLE",
  "TITLE_COMPL",
  "NATURE",
  "SOURCE_DETAIL",
  "DATA_LAST_UPDATE",
  "UPPER_BOUND",
  "LOWER_BOUND",
  "COLL_METHOD",
  "EMBARGO_TIME",
  "COMPILING_ORG",
  "DATA_COMP",
  "DISS_ORG",
  "CONF_STATUS",
  "VALUE_LEVEL",
  "GEO_INFO_URL",
  "GEO_INFO_TYPE",
  "CUST_BREAKDOWN_LB",
]);

/** Breakdowns: the SDG DSD's disaggregations, the cross-domain ones, and the tracker's own standard dimensions. */
const BREAKDOWNS = new Set([
  "SEX",
  "AGE",
  "URBANISATION",
  "INCOME_WEALTH_QUANTILE",
  "EDUCATION_LEV",
  "OCCUPATION",
  "CUST_BREAKDOWN",
  "COMPOSITE_BREAKDOWN",
  "DISABILITY_STATUS",
  "ACTIVITY",
  "PRODUCT",
  "CITIZENSHIP",
  "COUNTERPART_AREA",
  "MIGRATORY_STATUS",
  "ECONOMIC_ACTIVITY",
  "INSTITUTIONAL_SECTOR",
  ...STANDARD_DIMENSIONS.map((dimension) => dimension.code),
]);

/** SDMX's codes for "the total over this dimension" and "not applicable": no breakdown by it. */
const NO_BREAKDOWN = new Set(["_T", "_Z"]);

export type ComponentKind = "indicator" | "time" | "measure" | "frame" | "ignored" | "attribute" | "breakdown" | "unknown";

/** What a component of a structure-specific message is, known only by its id. */
export function kindOfComponent(id: string): ComponentKind {
  if ((INDICATOR_DIMENSIONS as readonly string[]).includes(id)) return "indicator";
  if (id === TIME_DIMENSION) return "time";
  if (id === PRIMARY_MEASURE) return "measure";
  if ((FRAME_DIMENSIONS as readonly string[]).includes(id)) return "frame";
  if (IGNORED_DIMENSIONS.has(id)) return "ignored";
  if (ATTRIBUTES.has(id)) return "attribute";
  if (BREAKDOWNS.has(id)) return "breakdown";
  return "unknown";
}

export function isNoBreakdown(code: string): boolean {
  return NO_BREAKDOWN.has(code);
}

const standardByCode = new Map(STANDARD_DIMENSIONS.map((dimension) => [dimension.code, dimension]));

/**
 * A breakdown as the import's columns and cells are named: the tracker's standard dimensions
 * by their names ("SEX" = "F" -> "Sex" = "Female", as the workspace's dimensions are named, so
 * that our own SDMX codes come back to the same disaggregation), any other by its SDMX codes.
 */
export function nameBreakdown(dimensionId: string, code: string): { column: string; cell: string } {
  const standard = standardByCode.get(dimensionId);
  if (!standard) return { column: dimensionId, cell: code };
  return { column: standard.name, cell: standard.members.find((member) => member.code === code)?.name ?? code };
}

/** An SDG indicator number written with SDMX's separators: 1_1_1, 12_b_1, 4-1-1, 17.2.1. */
const SDG_NUMBER = /^\d{1,2}([._-][0-9A-Za-z]{1,4})+$/;

/**
 * The framework's indicator code of an INDICATOR or SERIES code, as an Open SDG file name gives
 * one: the separators of an SDG number become dots (1_1_1 -> 1.1.1, what our SDMX-CSV export
 * writes for 1.1.1), a dash becomes a dot as in file names, and any other code (an SDG series
 * such as SI_POV_DAY1) is the indicator's code as it is. null: no usable code.
 */
export function indicatorCodeOfSdmx(id: string): string | null {
  const code = SDG_NUMBER.test(id) ? id.replace(/[_-]/g, ".") : id.replace(/-/g, ".");
  return isValidCode(code) ? code : null;
}
