/**
 * The zip of an Open SDG data set is read entry by entry (lib/open-sdg/inflate-zip-entries.ts):
 * each checked entry is inflated and handed on whole before the next one starts, entries not
 * asked for are never inflated, and an entry whose data outgrows the size the checked
 * directory declared is refused, never grown.
 */
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { inflateZipEntries } from "@/lib/open-sdg/inflate-zip-entries";
import { readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { inspectZipArchive } from "@/lib/uploads/inspect-zip-archive";

const LIMITS = { maxEntries: 100, maxUnpackedBytes: 100 * 1024 * 1024, maxRatio: 200, noun: "archive", advice: "split it" };
const DAMAGED = "The file is not a zip archive";
const encode = (text: string) => new TextEncoder().encode(text);

/** A CSV of `lines` rows whose values vary, so that it compresses as real data does. */
function csv(seed: number, lines: number): string {
  const rows = ["Year,Value"];
  for (let line = 0; line < lines; line += 1) rows.push(`${2000 + (line % 25)},${(seed * 7919 + line * 104729) % 1_000_003}`);
  return `${rows.join("\n")}\n`;
}

/** Sets the uncompressed size an entry's central directory record declares (the local header keeps the truth). */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let offset = 0; offset < bytes.length - 46; offset += 1) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(offset + 28, true);
    if (new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)) === name) view.setUint32(offset + 24, size, true);
  }
  return bytes;
}

describe("inflateZipEntries", () => {
  const files = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`data/indicator_1-1-${index + 1}.csv`, csv(index, 20_000)]));
  const zip = zipSync({
    ...Object.fromEntries(Object.entries(files).map(([name, text]) => [name, encode(text)])),
    "README.md": encode("# not read"),
  });

  it("hands on each wanted entry whole, one after the other, and never inflates the others", () => {
    const wanted = inspectZipArchive(zip, LIMITS, (name) => name.endsWith(".csv"));
    const received: string[] = [];
    inflateZipEntries(
      zip,
      wanted,
      (name, content) => {
        expect(new TextDecoder().decode(content)).toBe(files[name]);
        received.push(name);
      },
      DAMAGED,
    );
    expect(received).toEqual(Object.keys(files));
  });

  it("refuses an entry whose data outgrows the size its directory declared, before holding more than that", () => {
    const name = "data/indicator_1-1-1.csv";
    const lying = declareSize(zip, name, 1000);
    const wanted = inspectZipArchive(lying, LIMITS, (entry) => entry === name);
    expect(wanted).toEqual([expect.objectContaining({ name, size: 1000 })]);
    const received: string[] = [];
    const error = (() => {
      try {
        inflateZipEntries(lying, wanted, (entry) => received.push(entry), DAMAGED);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: DAMAGED });
    expect(received).toEqual([]);
  });

  it("reads a data set's zip into the same source as before, file by file", () => {
    const source = readOpenSdgZip(zip);
    expect(source.files.map((file) => file.path)).toEqual(Object.keys(files).sort());
    expect(source.files.every((file) => file.text === files[file.path])).toBe(true);
  });
});
