import fs from "node:fs";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { decodeOpenSdgText } from "./decode-open-sdg-text";
import type { OpenSdgRefusal } from "./open-sdg-refusal";
import type { OpenSdgWarning } from "./parse-open-sdg-data";
import { inspectZipArchive, type ZipLimits } from "@/lib/uploads/inspect-zip-archive";
import { inflateZipEntries } from "./inflate-zip-entries";
import { keyedMessage, withWording, wordingOf } from "@/lib/problems/problem";

/**
 * The files of an Open SDG data set that the import reads, with normalised paths:
 * `data/indicator_1-1-1.csv`, `meta/1-1-1.md`, `meta/ro/1-1-1.md`, decoded to text whatever
 * their encoding (decode-open-sdg-text.ts). A file whose encoding cannot be told is not among
 * them: it is in `refused`; a file read by a guess is named in `warnings`.
 */
export type OpenSdgSource = {
  files: { path: string; text: string }[];
  warnings?: OpenSdgWarning[];
  refused?: OpenSdgRefusal[];
};

/** Against zip bombs and runaway folders: the most the import decompresses or reads. */
export const MAX_OPEN_SDG_SOURCE_BYTES = 200 * 1024 * 1024;
/**
 * The largest single file: a national indicator's CSV is at most a few MB (Moldova's largest
 * is 0.3 MB). Past this it is not one indicator's data, and parsing it would hold it whole in memory.
 */
export const MAX_OPEN_SDG_FILE_BYTES = 20 * 1024 * 1024;
/** Data, metadata and translation files read; a national data set has a few hundred of each kind. */
export const MAX_OPEN_SDG_FILES = 3000;

const NOT_A_ZIP = libText("importProblems.importNotAZip");
const NO_DATA = libText("importProblems.importNoDataFiles");
/** The shared zip check (lib/uploads/inspect-zip-archive.ts); sizes count the files the import reads. */
const OPEN_SDG_ZIP_LIMITS: ZipLimits = {
  maxEntries: 50_000,
  maxUnpackedBytes: MAX_OPEN_SDG_SOURCE_BYTES,
  maxRatio: 200,
  noun: "archive",
  advice: libText("importProblems.uploadAdviceImportInParts"),
  damaged: NOT_A_ZIP,
};
const isOpenSdgFile = (name: string) => normaliseOpenSdgPath(name) !== null;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;

/**
 * The normalised path of a file the import reads, or null for anything else: data/*.csv,
 * meta/*.md|yml, meta/<lang>/*.md|yml, translations/<lang>/*.yml. A leading folder (a zip of
 * `open-sdg-data-starter-main/data/...`) is dropped: the path is cut at its last such folder.
 */
export function normaliseOpenSdgPath(rawPath: string): string | null {
  const segments = rawPath
    .replace(/\\/g, "/")
    .split("/")
    .filter((segment) => segment !== "" && segment !== ".");
  if (segments.some((segment) => segment === ".." || segment === "__MACOSX" || segment.startsWith("."))) return null;
  const name = segments.at(-1);
  if (!name) return null;
  const parent = segments.at(-2);
  const grandparent = segments.at(-3);
  const lower = name.toLowerCase();
  if (parent === "data" && lower.endsWith(".csv")) return `data/${name}`;
  // SDMX-ML messages (decision 032) beside the CSV files, or a zip of them alone (top level or one folder).
  if (lower.endsWith(".xml") && (parent === "data" || segments.length <= 2)) return `data/${name}`;
  if (/\.(md|ya?ml)$/.test(lower)) {
    if (parent === "meta") return `meta/${name}`;
    if (grandparent === "meta" && parent && LANGUAGE.test(parent)) return `meta/${parent}/${name}`;
  }
  if (/\.ya?ml$/.test(lower) && grandparent === "translations" && parent && LANGUAGE.test(parent)) return `translations/${parent}/${name}`;
  return null;
}

/** An XML file of the data set, which is read as SDMX-ML when its content is an SDMX-ML data message. */
export function isSdmxMlPath(normalisedPath: string): boolean {
  return /^data\/[^/]+\.xml$/i.test(normalisedPath);
}

/** A file that may hold data: an indicator's CSV file or an SDMX-ML message. */
export function isDataFilePath(normalisedPath: string): boolean {
  return isIndicatorDataPath(normalisedPath) || isSdmxMlPath(normalisedPath);
}

/** An indicator file of the data set (not, e.g., the template's `data/demo_indicator.csv`). */
export function isIndicatorDataPath(normalisedPath: string): boolean {
  return /^data\/indicator_[^/]+\.csv$/i.test(normalisedPath);
}

/**
 * Checks an uploaded zip cheaply, before a job is queued for it: that it is a zip, that it
 * holds indicator files, and that it passes the shared zip check (size, ratio, entries,
 * paths). Reads only the archive's directory.
 */
export function checkOpenSdgZip(bytes: Uint8Array): { indicatorFiles: number } {
  if (bytes.byteLength < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AppError("BAD_REQUEST", NOT_A_ZIP);
  const wanted = inspectZipArchive(bytes, OPEN_SDG_ZIP_LIMITS, isOpenSdgFile);
  checkFileCountAndSizes(wanted.map((entry) => ({ name: entry.name, size: entry.size })));
  const indicatorFiles = wanted.filter((entry) => isDataFilePath(normaliseOpenSdgPath(entry.name)!)).length;
  if (indicatorFiles === 0) throw new AppError("BAD_REQUEST", NO_DATA);
  return { indicatorFiles };
}

/**
 * The Open SDG files of a zip archive (data/ and meta/, at any depth); everything else is
 * ignored. Entries are inflated and decoded one at a time (inflate-zip-entries.ts), each no
 * larger than the checked directory declared, so the raw bytes of only one file are held.
 */
export function readOpenSdgZip(bytes: Uint8Array): OpenSdgSource {
  checkOpenSdgZip(bytes);
  const wanted = inspectZipArchive(bytes, OPEN_SDG_ZIP_LIMITS, isOpenSdgFile);
  const byPath = uniquePaths(wanted.map((entry) => entry.name));
  const decoded = new Map<string, ReturnType<typeof decodeOpenSdgText>>();
  inflateZipEntries(
    bytes,
    wanted,
    (name, content) => decoded.set(normaliseOpenSdgPath(name)!, decodeOpenSdgText(normaliseOpenSdgPath(name)!, content)),
    NOT_A_ZIP,
  );
  return sourceOf([...byPath.keys()].sort().map((filePath) => [filePath, decoded.get(filePath)!]));
}

/** The Open SDG files of a folder on the server's disk (the command line), at any depth up to a few levels. */
export function readOpenSdgFolder(directory: string): OpenSdgSource {
  const root = path.resolve(directory);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory())
    throw new AppError("NOT_FOUND", libText("errors.openSdgNoFolder", { folder: root }));
  const found: { name: string; full: string }[] = [];
  const walk = (folder: string, relative: string, depth: number) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
      const full = path.join(folder, entry.name);
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory() && depth < 5) walk(full, name, depth + 1);
      else if (entry.isFile() && normaliseOpenSdgPath(name) !== null) found.push({ name, full });
    }
  };
  walk(root, "", 0);
  const sizes = found.map((file) => ({ name: file.name, size: fs.statSync(file.full).size }));
  checkFileCountAndSizes(sizes);
  const total = sizes.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_OPEN_SDG_SOURCE_BYTES) {
    throw new AppError("BAD_REQUEST", libText("errors.openSdgFolderTooLarge", { max: String(MAX_OPEN_SDG_SOURCE_BYTES / 1024 / 1024) }));
  }
  return collect(found.map((file) => ({ name: file.name, read: () => fs.readFileSync(file.full) })));
}

/** Refuses, before anything is read, a data set of too many files or with a file too large to be one indicator's. */
function checkFileCountAndSizes(files: readonly { name: string; size: number }[]): void {
  if (files.length > MAX_OPEN_SDG_FILES)
    throw new AppError("BAD_REQUEST", libText("importProblems.importTooManyFiles", { count: files.length, max: MAX_OPEN_SDG_FILES }));
  const large = files.find((file) => file.size > MAX_OPEN_SDG_FILE_BYTES);
  if (large)
    throw new AppError(
      "BAD_REQUEST",
      libText("importProblems.importFileTooLarge", {
        file: large.name,
        megabytes: String(Math.round(large.size / 1024 / 1024)),
        max: String(MAX_OPEN_SDG_FILE_BYTES / 1024 / 1024),
      }),
    );
}

/** Normalised path -> original name; refuses a data set holding one file twice, or no indicator file. */
function uniquePaths(names: readonly string[]): Map<string, string> {
  const byPath = new Map<string, string>();
  for (const name of names) {
    const normalised = normaliseOpenSdgPath(name);
    if (!normalised) continue;
    const earlier = byPath.get(normalised);
    if (earlier) {
      throw new AppError("BAD_REQUEST", libText("importProblems.importFileTwice", { path: normalised, earlier, name }));
    }
    byPath.set(normalised, name);
  }
  if (![...byPath.keys()].some(isDataFilePath)) throw new AppError("BAD_REQUEST", NO_DATA);
  return byPath;
}

function collect(entries: { name: string; read: () => Uint8Array }[]): OpenSdgSource {
  const readers = new Map(entries.map((entry) => [entry.name, entry.read]));
  const byPath = uniquePaths(entries.map((entry) => entry.name));
  return sourceOf(
    [...byPath.keys()].sort().map((filePath) => [filePath, decodeOpenSdgText(filePath, readers.get(byPath.get(filePath)!)!())]),
  );
}

function sourceOf(files: [string, ReturnType<typeof decodeOpenSdgText>][]): OpenSdgSource {
  const source: Required<OpenSdgSource> = { files: [], warnings: [], refused: [] };
  for (const [filePath, decoded] of files) {
    if (!decoded.ok) source.refused.push(withWording<OpenSdgRefusal>({ file: filePath, reason: "encoding" }, wordingOf(decoded)));
    else {
      source.files.push({ path: filePath, text: decoded.text });
      if (decoded.warning) source.warnings.push(keyedMessage<OpenSdgWarning>({ file: filePath }, decoded.warning));
    }
  }
  return source;
}
