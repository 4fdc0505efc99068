/** Limits of an uploaded values file; pure constants, shared by the server and the upload panel. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
export const MAX_UPLOAD_ROWS = 10_000;
/**
 * What a values workbook may unpack to (lib/uploads/inspect-zip-archive.ts). A template of
 * 10,000 rows unpacks to a few MB; these leave room for styles and long comments.
 */
export const VALUES_WORKBOOK_LIMITS = {
  maxEntries: 1_000,
  maxUnpackedBytes: 50 * 1024 * 1024,
  maxRatio: 200,
  noun: "workbook",
  advice: "remove images and unused sheets, or split it into several files",
} as const;

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
