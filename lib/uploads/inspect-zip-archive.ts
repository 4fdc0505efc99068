import { unzipSync, zipSync } from "fflate";
import { AppError } from "@/lib/errors";
import { libText, type LibText } from "@/lib/i18n/lib-text";

/**
 * What an uploaded zip archive (an .xlsx workbook is one) may hold. Every upload that is a
 * zip goes through this check before anything in it is inflated: a small file can declare
 * gigabytes (a "zip bomb"), and exceljs (JSZip) would inflate them all before looking.
 */
export type ZipLimits = {
  /** Entries in the archive's directory, read or not. */
  maxEntries: number;
  /** The sum of the declared sizes of the entries read. */
  maxUnpackedBytes: number;
  /** Declared size over compressed size, for an entry of more than RATIO_GRACE_BYTES. */
  maxRatio: number;
  /** What the file is, for messages: "workbook", or "archive" (any other value); each language words its own sentence. */
  noun: string;
  /** What to do about a file that unpacks to too much, e.g. "split it into several files". */
  advice: LibText | string;
  /** The message for an archive that cannot be read at all; a generic one by default. */
  damaged?: string | LibText;
};

export type ZipEntry = { name: string; compressedSize: number; size: number };

/** Small entries may compress well (a sheet of empty cells): the ratio counts only past this size. */
export const RATIO_GRACE_BYTES = 1024 * 1024;
/** Past this many characters a path is no file a spreadsheet or data set holds. */
const MAX_PATH_LENGTH = 1024;
/** Stored (0) and deflated (8) are what Excel, LibreOffice and zip tools write. */
const KNOWN_METHODS = new Set([0, 8]);

const damaged = (limits: ZipLimits) => limits.damaged ?? libText("importProblems.uploadZipDamaged", { noun: limits.noun });

/**
 * Reads an archive's central directory (nothing is inflated) and refuses it, with BAD_REQUEST
 * and a message that says which limit, when it has too many entries, an unsafe or repeated
 * path, an unknown compression method, or when the entries to be read declare more than the
 * limit in all or inflate at a ratio no real file reaches. Returns the entries to be read.
 */
export function inspectZipArchive(bytes: Uint8Array, limits: ZipLimits, select: (name: string) => boolean = () => true): ZipEntry[] {
  const names = new Set<string>();
  const selected: ZipEntry[] = [];
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (names.size >= limits.maxEntries) {
          throw new AppError(
            "BAD_REQUEST",
            libText("importProblems.uploadZipTooManyFiles", { noun: limits.noun, max: limits.maxEntries, advice: limits.advice }),
          );
        }
        if (!isSafePath(file.name)) {
          throw new AppError(
            "BAD_REQUEST",
            libText("importProblems.uploadZipUnsafePath", { noun: limits.noun, path: describePath(file.name) }),
          );
        }
        if (names.has(file.name)) {
          throw new AppError(
            "BAD_REQUEST",
            libText("importProblems.uploadZipFileTwice", { noun: limits.noun, path: describePath(file.name) }),
          );
        }
        names.add(file.name);
        if (!select(file.name)) return false;
        if (!KNOWN_METHODS.has(file.compression)) throw new AppError("BAD_REQUEST", damaged(limits));
        total += file.originalSize;
        if (total > limits.maxUnpackedBytes) {
          throw new AppError(
            "BAD_REQUEST",
            libText("importProblems.uploadZipTooLarge", {
              noun: limits.noun,
              megabytes: megabytes(limits.maxUnpackedBytes),
              advice: limits.advice,
            }),
          );
        }
        if (file.originalSize > RATIO_GRACE_BYTES && file.originalSize > limits.maxRatio * Math.max(file.size, 1)) {
          throw new AppError(
            "BAD_REQUEST",
            libText("importProblems.uploadZipRatio", {
              noun: limits.noun,
              path: describePath(file.name),
              ratio: String(Math.round(file.originalSize / Math.max(file.size, 1))),
            }),
          );
        }
        selected.push({ name: file.name, compressedSize: file.size, size: file.originalSize });
        return false;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("BAD_REQUEST", damaged(limits));
  }
  return selected;
}

/**
 * The selected entries of an archive, inflated after inspectZipArchive passed. fflate inflates
 * each entry into a buffer of the size its directory declares and stops there, so an entry
 * that lies about its size is cut short (and then fails to parse), never grown: memory stays
 * within the checked limit.
 */
export function unpackZipArchive(
  bytes: Uint8Array,
  limits: ZipLimits,
  select: (name: string) => boolean = () => true,
): Record<string, Uint8Array> {
  inspectZipArchive(bytes, limits, select);
  try {
    return unzipSync(bytes, { filter: (file) => select(file.name) });
  } catch {
    throw new AppError("BAD_REQUEST", damaged(limits));
  }
}

/**
 * A workbook checked and re-packed without compression, for exceljs: JSZip then only copies
 * the entries, and cannot be made to inflate more than was checked.
 */
export function repackCheckedWorkbook(bytes: Uint8Array, limits: ZipLimits): Buffer {
  const stored = zipSync(unpackZipArchive(bytes, limits), { level: 0 });
  return Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
}

/** Relative, without "..", drive letters or control characters: nothing that could name a place outside the archive. */
function isSafePath(name: string): boolean {
  if (name.length === 0 || name.length > MAX_PATH_LENGTH) return false;
  if (/[\u0000-\u001f\u007f]/.test(name)) return false;
  if (name.startsWith("/") || name.startsWith("\\") || /^[A-Za-z]:/.test(name)) return false;
  return !name.split(/[\\/]/).some((segment) => segment === "..");
}

function describePath(name: string): string {
  const shown = name.replace(/[\u0000-\u001f\u007f]/g, "?");
  return `"${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}"`;
}

/** A string, as the English always wrote it ("1024", never "1,024"). */
const megabytes = (bytes: number) => String(Math.round(bytes / 1024 / 1024));
