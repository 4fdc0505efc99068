/**
 * The columns of a matrix workbook (docs/decisions/016-matrix-workbook.md): one list, read by
 * the writer (headers and the "Read me" sheet), the template and the reader. Headers are
 * snake_case like the values template's; the reader also accepts them with spaces or in
 * another case ("Area code").
 */

export const MATRIX_SHEETS = {
  indicators: "Indicators",
  areas: "Areas",
  framework: "Framework",
  institutions: "Institutions",
  dimensions: "Dimensions",
  valueTypes: "Value types",
  directions: "Directions",
  readMe: "Read me",
} as const;

export type MatrixColumn = { key: string; required?: boolean; width: number; meaning: string; example: string };

export const INDICATOR_COLUMNS = [
  {
    key: "code",
    required: true,
    width: 12,
    meaning: "Indicator code, unique in the matrix: letters, digits, dot, dash or underscore",
    example: "A1.01",
  },
  { key: "area_code", required: true, width: 10, meaning: "Code of the area (Areas sheet) the indicator belongs to", example: "A1" },
  { key: "name", required: true, width: 50, meaning: "Indicator name in the main language", example: "Diaspora associations registered" },
  { key: "definition", width: 50, meaning: "What is measured and how", example: "Number of associations in the register at 31 December" },
  {
    key: "type",
    required: true,
    width: 12,
    meaning: "Value type: NUMBER, PERCENTAGE, YES_NO, LEVELS or TEXT (sheet Value types)",
    example: "NUMBER",
  },
  { key: "unit", width: 12, meaning: "Unit of a number", example: "associations" },
  { key: "direction", width: 12, meaning: "Desired direction: INCREASE, DECREASE or MAINTAIN (sheet Directions)", example: "INCREASE" },
  { key: "lower_limit", width: 10, meaning: "Lowest value possible (percentages: 0 when empty)", example: "0" },
  { key: "upper_limit", width: 10, meaning: "Highest value possible (percentages: 100 when empty)", example: "" },
  { key: "decimals", width: 9, meaning: "Decimal places shown, 0 to 6", example: "0" },
  {
    key: "breakdowns_must_sum",
    width: 10,
    meaning: "yes: the breakdown rows of each dimension must add up to the total before submission; empty or no: a warning only",
    example: "",
  },
  { key: "baseline_year", width: 10, meaning: "Year of the baseline", example: "2016" },
  {
    key: "baseline_value",
    width: 12,
    meaning: "Baseline: a number, or a level code for YES_NO and LEVELS; empty for TEXT",
    example: "210",
  },
  {
    key: "targets",
    width: 22,
    meaning: "Yearly targets as year:value, separated by semicolons; * marks the final target; none for TEXT",
    example: "2020:260; 2025:320*",
  },
  {
    key: "levels",
    width: 40,
    meaning: "LEVELS only: the ordered answers as code=label=score (score 0 to 1), separated by semicolons",
    example: "none=Not started=0; done=Completed=1",
  },
  { key: "lead_institution", width: 12, meaning: "Code of the lead institution (sheet Institutions)", example: "DRB" },
  { key: "contributors", width: 16, meaning: "Codes of contributing institutions, separated by semicolons", example: "MFA; MER" },
  { key: "data_source", width: 30, meaning: "Where the data comes from", example: "Register of diaspora associations" },
  { key: "verification", width: 30, meaning: "Means of verification", example: "Extract from the register" },
  {
    key: "dimensions",
    width: 16,
    meaning: "Codes of disaggregation dimensions, separated by semicolons (sheet Dimensions)",
    example: "SEX; AGE_GROUP",
  },
  { key: "mgi_domain", width: 8, meaning: "MGI domain 1 to 6", example: "3" },
  { key: "sdg_targets", width: 14, meaning: "SDG targets, separated by semicolons", example: "10.7; 17.17" },
  {
    key: "gcm_objectives",
    width: 12,
    meaning: "Global Compact for Migration objectives 1 to 23, separated by semicolons",
    example: "19; 23",
  },
] as const satisfies readonly MatrixColumn[];

/** Only read when the file has no Areas sheet (a CSV file): the area is defined by its first row. */
export const AREA_NAME_COLUMN = {
  key: "area_name",
  width: 30,
  meaning: "Without an Areas sheet (CSV files): the area's name",
  example: "Diaspora engagement",
} as const;

export const AREA_COLUMNS = [
  { key: "code", required: true, width: 10, meaning: "Area code, unique in the matrix", example: "A1" },
  { key: "parent_code", width: 10, meaning: "Code of the area this one is part of; empty for a top-level area", example: "" },
  { key: "name", required: true, width: 50, meaning: "Area name in the main language", example: "Diaspora engagement" },
  { key: "description", width: 50, meaning: "What the area covers", example: "" },
  { key: "order", width: 8, meaning: "Position among the areas of the same parent, 1, 2, ...; empty: the sheet's order", example: "1" },
] as const satisfies readonly MatrixColumn[];

/** The Framework sheet is a list of fields, one a row, with their value in column B. */
export const FRAMEWORK_FIELDS = [
  { key: "code", required: true, width: 0, meaning: "Framework code", example: "DMD" },
  { key: "name", required: true, width: 0, meaning: "Framework name", example: "National M&E matrix" },
  { key: "description", width: 0, meaning: "What the framework is for", example: "" },
  { key: "scoring_method", width: 0, meaning: "NORMALISED_ACHIEVEMENT (default) or SDG_10_7_2", example: "NORMALISED_ACHIEVEMENT" },
  { key: "base_year", width: 0, meaning: "Base year of the progress method", example: "2016" },
  { key: "version_number", width: 0, meaning: "Version number; an import as a new draft gives the next one", example: "1" },
  { key: "version_label", required: true, width: 0, meaning: "Version label shown to people", example: "2018" },
  {
    key: "version_status",
    width: 0,
    meaning: "DRAFT, IN_CONSULTATION, APPROVED or SUPERSEDED; an import is always a draft",
    example: "APPROVED",
  },
  { key: "approved_at", width: 0, meaning: "Date of approval, YYYY-MM-DD", example: "2018-06-15" },
] as const satisfies readonly MatrixColumn[];

export const TRANSLATION_PREFIX = "name:";
export const TRANSLATION_MEANING = "Name in another language, one column per language: name:ro, name:ru, name:fr-CA";

export type IndicatorColumnKey = (typeof INDICATOR_COLUMNS)[number]["key"] | typeof AREA_NAME_COLUMN.key;
export type AreaColumnKey = (typeof AREA_COLUMNS)[number]["key"];
export type FrameworkFieldKey = (typeof FRAMEWORK_FIELDS)[number]["key"];

/** "Area code", " AREA_CODE " and "area-code" all name area_code; "Name:RO" is name:ro. */
export function normaliseHeader(header: string): string {
  const trimmed = header.trim();
  const colon = trimmed.indexOf(":");
  const prefix = colon < 0 ? trimmed : trimmed.slice(0, colon);
  const key = prefix.toLowerCase().replace(/[\s-]+/g, "_");
  if (colon < 0) return key;
  // "RO" is ro, but a region keeps its case: fr-CA.
  const [language = "", ...region] = trimmed
    .slice(colon + 1)
    .trim()
    .split("-");
  return `${key}:${[language.toLowerCase(), ...region].join("-")}`;
}
