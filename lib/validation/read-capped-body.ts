import { AppError } from "@/lib/errors";
import type { LibText } from "@/lib/i18n/lib-text";

/**
 * A request's body, refused with 413 as soon as it passes `limit` bytes, whatever its
 * Content-Length claims: a client cannot make the server hold 50 MB (decision 024). The
 * declared length is checked first, so an honest oversized request is refused unread.
 */
export async function readCappedBody(request: Request, limit: number, tooLarge: string | LibText): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
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
      throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
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
