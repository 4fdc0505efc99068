import "server-only";

/**
 * A file download: the content type, and a Content-Disposition whose ASCII name works
 * everywhere and whose UTF-8 name (RFC 6266) keeps letters such as ș and ț.
 */
export function fileResponse(file: { bytes: Uint8Array; fileName: string; contentType: string }): Response {
  const ascii =
    file.fileName
      .normalize("NFKD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "_") || "download";
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "Content-Length": String(file.bytes.byteLength),
      "Cache-Control": "no-store",
    },
  });
}
