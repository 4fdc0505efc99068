/**
 * Reading an uploaded file from an API request (lib/uploads/read-upload-request.ts): multipart
 * forms as browsers send them, raw bodies of the accepted media types, and the size cap.
 */
import { describe, expect, it } from "vitest";
import { readUploadRequest } from "@/lib/uploads/read-upload-request";
import { catchAppError } from "../fixtures/factories";

const ZIP = { maxBytes: 1024, rawTypes: { "application/zip": "open-sdg.zip" }, tooLargeAdvice: "import it in parts" };

/** A multipart body as Chrome writes it: its boundary has capital letters. */
function browserMultipart(content: string, boundary = "----WebKitFormBoundaryAbCdEfGh12345678") {
  const body = [
    `--${boundary}`,
    'Content-Disposition: form-data; name="file"; filename="data.zip"',
    "Content-Type: application/zip",
    "",
    content,
    `--${boundary}--`,
    "",
  ].join("\r\n");
  return new Request("http://localhost/upload", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
    body,
  });
}

describe("readUploadRequest", () => {
  it("reads a browser's multipart form, whose boundary is case-sensitive", async () => {
    const file = await readUploadRequest(browserMultipart("PK-bytes"), ZIP);
    expect(file.fileName).toBe("data.zip");
    expect(new TextDecoder().decode(file.bytes)).toBe("PK-bytes");
  });

  it("takes a raw body of an accepted media type, whatever its case, and names it", async () => {
    const request = new Request("http://localhost/upload", { method: "POST", headers: { "content-type": "Application/ZIP" }, body: "PK" });
    expect(await readUploadRequest(request, ZIP)).toEqual({ fileName: "open-sdg.zip", bytes: new TextEncoder().encode("PK") });
  });

  it("refuses other media types, naming the accepted ones, and files over the limit", async () => {
    const csv = new Request("http://localhost/upload", { method: "POST", headers: { "content-type": "text/csv" }, body: "a,b" });
    expect((await catchAppError(readUploadRequest(csv, ZIP))).message).toBe(
      'Send the file as multipart/form-data in the field "file", or as the request body with Content-Type application/zip',
    );
    const large = new Request("http://localhost/upload", {
      method: "POST",
      headers: { "content-type": "application/zip" },
      body: "x".repeat(2048),
    });
    expect((await catchAppError(readUploadRequest(large, ZIP))).message).toBe("The file is larger than 1 KB; import it in parts");
    // The values upload keeps its own types and limit by default.
    const zip = new Request("http://localhost/upload", { method: "POST", headers: { "content-type": "application/zip" }, body: "PK" });
    expect((await catchAppError(readUploadRequest(zip))).message).toContain("text/csv or application/vnd.openxmlformats");
  });
});
