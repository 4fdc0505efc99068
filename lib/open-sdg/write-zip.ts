import { strToU8, zipSync } from "fflate";

/** Text files as a zip archive (UTF-8, deflated), e.g. an Open SDG data set. Pure. */
export function zipFiles(files: readonly { path: string; text: string }[]): Uint8Array {
  // A fixed date keeps the archive the same for the same files.
  const mtime = new Date("2000-01-01T00:00:00Z");
  return zipSync(Object.fromEntries(files.map((file) => [file.path, [strToU8(file.text), { level: 6, mtime }]])));
}
