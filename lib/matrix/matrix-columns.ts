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

/** A column of a matrix sheet; what it means, people read in the "Read me" sheet, in their language (matrix-workbook-texts.ts). */
export type MatrixColumn = { key: string; required?: boolean; width: number; example: string };

export const INDICATOR_COLUMNS = [
  {
    key: "code",
    required: true,
    width: 12,
    example: "A1.01",
  },
  { key: "area_code", required: true, width: 10, example: "A1" },
  { key: "name", required: true, width: 50, example: "Diaspora associations registered" },
  { key: "definition", width: 50, example: "Number of associations in the register at 31 December" },
  {
    key: "type",
    required: true,
    width: 12,
    example: "NUMBER",
  },
  { key: "unit", width: 12, example: "associations" },
  { key: "direction", width: 12, example: "INCREASE" },
  { key: "lower_limit", width: 10, example: "0" },
  { key: "upper_limit", width: 10, example: "" },
  { key: "decimals", width: 9, example: "0" },
  {
    key: "breakdowns_must_sum",
    width: 10,
    example: "",
  },
  { key: "baseline_year", width: 10, example: "2016" },
  {
    key: "baseline_value",
    width: 12,
    example: "210",
  },
  {
    key: "targets",
    width: 22,
    example: "2020:260; 2025:320*",
  },
  {
    key: "levels",
    width: 40,
    example: "none=Not started=0; done=Completed=1",
  },
  { key: "lead_institution", width: 12, example: "DRB" },
  { key: "contributors", width: 16, example: "MFA; MER" },
  { key: "data_source", width: 30, example: "Register of diaspora associations" },
  { key: "verification", width: 30, example: "Extract from the register" },
  {
    key: "dimensions",
    width: 16,
    example: "SEX; AGE_GROUP",
  },
  { key: "mgi_domain", width: 8, example: "3" },
  { key: "sdg_targets", width: 14, example: "10.7; 17.17" },
  {
    key: "gcm_objectives",
    width: 12,
    example: "19; 23",
  },
] as const satisfies readonly MatrixColumn[];

/** Only read when the file has no Areas sheet (a CSV file): the area is defined by its first row. */
export const AREA_NAME_COLUMN = {
  key: "area_name",
  width: 30,
  example: "Diaspora engagement",
} as const;

export const AREA_COLUMNS = [
  { key: "code", required: true, width: 10, example: "A1" },
  { key: "parent_code", width: 10, example: "" },
  { key: "name", required: true, width: 50, example: "Diaspora engagement" },
  { key: "description", width: 50, example: "" },
  { key: "order", width: 8, example: "1" },
] as const satisfies readonly MatrixColumn[];

/** The Framework sheet is a list of fields, one a row, with their value in column B. */
export const FRAMEWORK_FIELDS = [
  { key: "code", required: true, width: 0, example: "DMD" },
  { key: "name", required: true, width: 0, example: "National M&E matrix" },
  { key: "description", width: 0, example: "" },
  { key: "scoring_method", width: 0, example: "NORMALISED_ACHIEVEMENT" },
  { key: "base_year", width: 0, example: "2016" },
  { key: "version_number", width: 0, example: "1" },
  { key: "version_label", required: true, width: 0, example: "2018" },
  {
    key: "version_status",
    width: 0,
    example: "APPROVED",
  },
  { key: "approved_at", width: 0, example: "2018-06-15" },
] as const satisfies readonly MatrixColumn[];

export const TRANSLATION_PREFIX = "name:";

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
