import { AppError } from "@/lib/errors";
import { MAX_UPLOAD_BYTES, XLSX_CONTENT_TYPE } from "./upload-limits";

/** Room for the boundaries and part headers that multipart/form-data adds around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

const TOO_LARGE = `The file is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; split it into several files`;
const HOW_TO_SEND = `Send the file as multipart/form-data in the field "file", or as the request body with Content-Type text/csv or ${XLSX_CONTENT_TYPE}`;

/**
 * The uploaded file of an API request: a multipart form's "file" field, or the raw body sent
 * as text/csv or as an .xlsx workbook. The body is read with a size cap, so that a client
 * cannot make the server hold more than the limit, whatever Content-Length says.
 */
export async function readUploadRequest(request: Request): Promise<{ fileName: string; bytes: Uint8Array }> {
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const mediaType = contentType.split(";")[0]!.trim();
  const isMultipart = mediaType === "multipart/form-data";
  const rawName = rawFileName(mediaType);
  if (!isMultipart && !rawName) throw new AppError("BAD_REQUEST", HOW_TO_SEND);

  const limit = MAX_UPLOAD_BYTES + (isMultipart ? MULTIPART_OVERHEAD : 0);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new AppError("BAD_REQUEST", TOO_LARGE);
  const body = await readCapped(request, limit);

  if (!isMultipart) return { fileName: rawName!, bytes: body };
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", "The multipart form could not be read; " + HOW_TO_SEND);
  }
  const file = form.get("file");
  if (!(file instanceof Blob)) throw new AppError("BAD_REQUEST", 'The form has no file in the field "file"');
  if (file.size > MAX_UPLOAD_BYTES) throw new AppError("BAD_REQUEST", TOO_LARGE);
  return { fileName: file instanceof File ? file.name : "upload", bytes: new Uint8Array(await file.arrayBuffer()) };
}

function rawFileName(mediaType: string): string | null {
  if (mediaType === "text/csv" || mediaType === "application/csv") return "upload.csv";
  if (mediaType === XLSX_CONTENT_TYPE) return "upload.xlsx";
  return null;
}

async function readCapped(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new AppError("BAD_REQUEST", TOO_LARGE);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
