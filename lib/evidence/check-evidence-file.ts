import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { EVIDENCE_LIMITS, EVIDENCE_TYPES, formatFileSize, type EvidenceExtension } from "./evidence-limits";
import { libText, type LibText } from "@/lib/i18n/lib-text";

export type CheckedEvidenceFile = { fileName: string; contentType: string; bytes: Uint8Array };

const NAMES = Object.keys(EVIDENCE_TYPES)
  .map((extension) => `.${extension}`)
  .join(", ");

/**
 * One uploaded file, checked before anything is stored: a plain name (a folder part is
 * refused, not stripped: browsers never send one, so it is a crafted request), not empty, not
 * over 20 MB, an extension we accept, and content that is what the extension says. The media
 * type kept is ours, from the extension whose content matched, never the one the client sent.
 */
export async function checkEvidenceFile(file: { fileName: string; bytes: Uint8Array }): Promise<CheckedEvidenceFile> {
  const fileName = checkFileName(file.fileName);
  if (file.bytes.byteLength === 0) throw refusal(libText("errors.evidenceFileEmpty", { fileName }));
  if (file.bytes.byteLength > EVIDENCE_LIMITS.fileBytes)
    throw new AppError(
      "PAYLOAD_TOO_LARGE",
      libText("errors.evidenceFileTooLarge", { fileName, size: formatFileSize(EVIDENCE_LIMITS.fileBytes) }),
    );
  const extension = fileName.slice(fileName.lastIndexOf(".") + 1).toLowerCase();
  if (!Object.hasOwn(EVIDENCE_TYPES, extension) || !fileName.includes("."))
    throw refusal(libText("errors.evidenceKindNotAccepted", { fileName, kinds: NAMES }));
  const type = EVIDENCE_TYPES[extension as EvidenceExtension];
  const found = await contentKind(file.bytes);
  if (found !== type.content)
    throw refusal(
      found
        ? libText("errors.evidenceContentLooksLike", { fileName, extension, found })
        : libText("errors.evidenceContentNotExtension", { fileName, extension }),
    );
  return { fileName, contentType: type.contentType, bytes: file.bytes };
}

function checkFileName(raw: string): string {
  const name = raw.normalize("NFC").trim();
  if (name === "") throw refusal(libText("errors.fileHasNoName"));
  if (/[/\\]/.test(name) || name === "." || name === "..") throw refusal(libText("errors.fileNameHasFolder"));
  // Control characters would break the download header and the listing.
  if (/[\u0000-\u001f\u007f]/.test(name)) throw refusal(libText("errors.fileNameControlCharacters"));
  if (name.length > EVIDENCE_LIMITS.fileNameLength)
    throw refusal(libText("errors.fileNameTooLong", { max: String(EVIDENCE_LIMITS.fileNameLength) }));
  return name;
}

/** What the bytes are: file-type's extension, "text" for UTF-8 text without NUL, or null. */
async function contentKind(bytes: Uint8Array): Promise<string | null> {
  const detected = await fileTypeFromBuffer(bytes);
  if (detected) return detected.ext;
  return isUtf8Text(bytes) ? "text" : null;
}

function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function refusal(message: LibText): AppError {
  return new AppError("UNPROCESSABLE", message);
}
