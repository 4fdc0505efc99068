import { AppError } from "@/lib/errors";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { readCappedBody } from "@/lib/validation/read-capped-body";
import { MAX_UPLOAD_BYTES, XLSX_CONTENT_TYPE } from "./upload-limits";

/** Room for the boundaries and part headers that multipart/form-data adds around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** Raw bodies a values upload accepts: media type -> the name the file is given. */
const VALUES_FILE_TYPES: Record<string, string> = {
  "text/csv": "upload.csv",
  "application/csv": "upload.csv",
  [XLSX_CONTENT_TYPE]: "upload.xlsx",
};

export type UploadRequestOptions = {
  /** The largest file accepted; a values upload's limit by default. */
  maxBytes?: number;
  /** Media types accepted as a raw body, with the file name to give it; a values upload's (CSV, .xlsx) by default. */
  rawTypes?: Record<string, string>;
  /** What to advise when the file is too large; "split it into several files" by default. */
  tooLargeAdvice?: LibText | string;
};

/**
 * The uploaded file of an API request: a multipart form's "file" field, or the raw body sent
 * with one of the accepted media types (CSV or an .xlsx workbook unless told otherwise). The
 * body is read with a size cap, so that a client cannot make the server hold more than the
 * limit, whatever Content-Length says.
 */
export async function readUploadRequest(
  request: Request,
  options: UploadRequestOptions = {},
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const rawTypes = options.rawTypes ?? VALUES_FILE_TYPES;
  const tooLarge = libText("importProblems.uploadFileTooLarge", {
    ...fileSize(maxBytes),
    advice: options.tooLargeAdvice ?? libText("importProblems.uploadAdviceSplitFile"),
  });
  const [first = "", ...others] = options.rawTypes ? Object.keys(options.rawTypes) : ["text/csv", XLSX_CONTENT_TYPE];
  // One or two media types (every caller's); a longer list joins the rest as the English did.
  const howToSend = libText("importProblems.uploadHowToSend", { first, second: others.length > 0 ? others.join(" or ") : "none" });
  // Kept as sent: the multipart boundary is case-sensitive (browsers' have capitals); only the media type is not.
  const contentType = request.headers.get("content-type") ?? "";
  const mediaType = contentType.split(";")[0]!.trim().toLowerCase();
  const isMultipart = mediaType === "multipart/form-data";
  const rawName = Object.hasOwn(rawTypes, mediaType) ? rawTypes[mediaType]! : null;
  if (!isMultipart && !rawName) throw new AppError("BAD_REQUEST", howToSend);

  const limit = maxBytes + (isMultipart ? MULTIPART_OVERHEAD : 0);
  const body = await readCappedBody(request, limit, tooLarge);

  if (!isMultipart) return { fileName: rawName!, bytes: body };
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", libText("importProblems.uploadFormUnreadable", { howToSend }));
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("BAD_REQUEST", libText("importProblems.uploadFormNoFile"));
  if (file.size > maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
  return { fileName: file instanceof File ? file.name : "upload", bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** "5 MB", "0.5 MB" or "512 KB", the number in the reader's language. */
const fileSize = (bytes: number) =>
  bytes >= 1024 * 1024 ? { size: Math.round((bytes / 1024 / 1024) * 10) / 10, unit: "MB" } : { size: Math.ceil(bytes / 1024), unit: "KB" };
