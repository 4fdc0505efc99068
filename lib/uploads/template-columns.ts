/**
 * The columns of the values spreadsheet, in the order the template writes them. An upload
 * must carry exactly these headers (any order, any case); the informational ones are
 * written for the reader and ignored when reading.
 */
export const TEMPLATE_COLUMNS = [
  "indicator",
  "indicator_name",
  "breakdown",
  "breakdown_label",
  "unit",
  "allowed_values",
  "year",
  "value",
  "comment",
  "source",
  "evidence_url",
] as const;

export type TemplateColumn = (typeof TEMPLATE_COLUMNS)[number];

/** Columns that describe the row; people read them, uploads ignore them. */
export const INFORMATIONAL_COLUMNS: readonly TemplateColumn[] = ["indicator_name", "breakdown_label", "unit", "allowed_values"];

/** The file column a field of a value row comes from, for reporting problems in the file's words. */
export const COLUMN_OF_FIELD: Readonly<Record<string, TemplateColumn>> = {
  indicator: "indicator",
  disaggregation: "breakdown",
  year: "year",
  value: "value",
  comment: "comment",
  source: "source",
  evidenceUrl: "evidence_url",
};
