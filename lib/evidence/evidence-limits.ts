/**
 * Limits of evidence files (decision 034); pure constants, shared by the server and the form.
 * One request carries at most one maximal file, so that the server action's body limit
 * (next.config.js) stays near 20 MB; several small files may go together.
 */
export const EVIDENCE_LIMITS = {
  fileBytes: 20 * 1024 * 1024,
  valueBytes: 100 * 1024 * 1024,
  requestBytes: 20 * 1024 * 1024,
  filesPerRequest: 10,
  fileNameLength: 200,
} as const;

/**
 * The kinds of file accepted, by extension: the media type stored and served, and what the
 * content must be found to be (file-type's extension; "text" for UTF-8 text without NUL).
 * Word's .doc and Excel's .xls are both OLE compound files ("cfb"): the content tells no more.
 */
export const EVIDENCE_TYPES = {
  pdf: { contentType: "application/pdf", content: "pdf" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", content: "docx" },
  doc: { contentType: "application/msword", content: "cfb" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content: "xlsx" },
  xls: { contentType: "application/vnd.ms-excel", content: "cfb" },
  odt: { contentType: "application/vnd.oasis.opendocument.text", content: "odt" },
  ods: { contentType: "application/vnd.oasis.opendocument.spreadsheet", content: "ods" },
  png: { contentType: "image/png", content: "png" },
  jpg: { contentType: "image/jpeg", content: "jpg" },
  jpeg: { contentType: "image/jpeg", content: "jpg" },
  gif: { contentType: "image/gif", content: "gif" },
  webp: { contentType: "image/webp", content: "webp" },
  csv: { contentType: "text/csv; charset=utf-8", content: "text" },
} as const satisfies Record<string, { contentType: string; content: string }>;

export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;

/** For the file input's accept attribute: a hint to the browser, never the check. */
export const EVIDENCE_ACCEPT = Object.keys(EVIDENCE_TYPES)
  .map((extension) => `.${extension}`)
  .join(",");

export function formatFileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
