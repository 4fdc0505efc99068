import iconv from "iconv-lite";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedMessage } from "@/lib/problems/problem";

/** How a file's bytes were read: the text, and a warning when the import had to guess. */
/** A refusal keeps its key beside the English message (lib/problems/problem.ts: wordingOf). */
export type DecodedText = { ok: true; text: string; warning?: LibText } | { ok: false; message: string };

/** Bytes that Windows-1252 leaves undefined: a file holding one is not Windows-1252 (nor Latin-1 text). */
const UNDEFINED_IN_WINDOWS_1252 = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

const strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Reads a file of a data set as text, whatever encoding its producer used. Open SDG files are
 * meant to be UTF-8, but national offices export from spreadsheets that write UTF-16 or their
 * Windows code page. Decoding those as UTF-8 turned every accented letter into U+FFFD and
 * created disaggregation members with broken names, silently. So:
 * - a byte-order mark decides (UTF-8, UTF-16 LE, UTF-16 BE);
 * - otherwise valid UTF-8 is UTF-8 (ASCII is too);
 * - otherwise text that Windows-1252 reads (it contains ISO-8859-1) is read so, with a warning
 *   naming the file, since ISO-8859-2 and other code pages cannot be told apart from it;
 * - anything else (NUL or control bytes: UTF-16 without a mark, a binary file) is refused.
 * The byte-order mark is removed here, for every reader.
 */
export function decodeOpenSdgText(file: string, bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = readUtf8(bytes.subarray(3));
    return text !== null ? { ok: true, text } : refused(libText("importProblems.textBomNotUtf8", { file }));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16le") };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be") };
  if (hasControlBytes(bytes)) {
    return refused(libText("importProblems.textNotText", { file }));
  }
  const utf8 = readUtf8(bytes);
  if (utf8 !== null) return { ok: true, text: utf8 };
  if (bytes.some((byte) => UNDEFINED_IN_WINDOWS_1252.has(byte))) {
    return refused(libText("importProblems.textUnknownEncoding", { file }));
  }
  return {
    ok: true,
    text: iconv.decode(Buffer.from(bytes), "windows-1252"),
    warning: libText("importProblems.textReadAsWindows1252", { file }),
  };
}

function refused(text: LibText): DecodedText {
  return keyedMessage<Extract<DecodedText, { ok: false }>>({ ok: false }, text);
}

function readUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** C0 control bytes other than tab, line feed and carriage return (and form feed, some exports end pages with it). */
function hasControlBytes(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return true;
  return false;
}
