import { Unzip, UnzipInflate, type UnzipFile } from "fflate";
import { AppError } from "@/lib/errors";
import type { LibText } from "@/lib/i18n/lib-text";
import type { ZipEntry } from "@/lib/uploads/inspect-zip-archive";

/**
 * Inflates the checked entries of a zip one after the other, handing each to `onEntry` as soon
 * as it is whole, so that only one entry's bytes are held at a time (an unzip of the whole
 * archive held every entry at once). Only entries the archive's directory declared and the
 * caller checked (inspectZipArchive) are inflated, and none past the size it declared: an
 * entry whose data says otherwise is refused as damaged, so memory stays bounded by the check.
 */
export function inflateZipEntries(
  bytes: Uint8Array,
  checked: readonly ZipEntry[],
  onEntry: (name: string, content: Uint8Array) => void,
  damaged: string | LibText,
): void {
  const declared = new Map(checked.map((entry) => [entry.name, entry.size]));
  const unzip = new Unzip((file) => read(file));
  unzip.register(UnzipInflate);

  function read(file: UnzipFile) {
    const size = declared.get(file.name);
    if (size === undefined) return;
    // Read once: a name given twice in the local headers is not read again.
    declared.delete(file.name);
    const content = new Uint8Array(size);
    let length = 0;
    file.ondata = (error, data, final) => {
      if (error || length + data.length > size) throw new AppError("BAD_REQUEST", damaged);
      content.set(data, length);
      length += data.length;
      if (!final) return;
      if (length !== size) throw new AppError("BAD_REQUEST", damaged);
      onEntry(file.name, content);
    };
    file.start();
  }

  try {
    unzip.push(bytes, true);
  } catch (error) {
    throw error instanceof AppError ? error : new AppError("BAD_REQUEST", damaged);
  }
  if (declared.size > 0) throw new AppError("BAD_REQUEST", damaged);
}
