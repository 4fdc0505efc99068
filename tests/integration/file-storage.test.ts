/**
 * The database file storage (lib/storage): files every server can read, split into chunks,
 * deleted when they expire.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { STORED_FILE_CHUNK_BYTES } from "@/lib/storage/database-file-storage";
import { fileStorage } from "@/lib/storage/file-storage";

describe("file storage in the database", () => {
  it("keeps a file larger than a chunk in order, byte for byte, with its name and type", async () => {
    const bytes = randomBytes(STORED_FILE_CHUNK_BYTES * 2 + 12_345);
    const id = await fileStorage().save({ bytes, fileName: "Raport anual ș ț.pdf", contentType: "application/pdf" });
    expect(await db.storedFileChunk.count({ where: { fileId: id } })).toBe(3);
    const file = await fileStorage().read(id);
    expect(file?.fileName).toBe("Raport anual ș ț.pdf");
    expect(file?.contentType).toBe("application/pdf");
    expect(file?.bytes.equals(bytes)).toBe(true);
  });

  it("keeps an empty file", async () => {
    const id = await fileStorage().save({ bytes: new Uint8Array(), fileName: "empty.csv", contentType: "text/csv" });
    expect((await fileStorage().read(id))?.bytes.byteLength).toBe(0);
  });

  it("deletes expired files with their chunks, and keeps the others; a deleted or unknown file reads as null", async () => {
    const now = new Date();
    const expired = await fileStorage().save({
      bytes: randomBytes(10),
      fileName: "a",
      contentType: "text/plain",
      expiresAt: new Date(now.getTime() - 1),
    });
    const fresh = await fileStorage().save({
      bytes: randomBytes(10),
      fileName: "b",
      contentType: "text/plain",
      expiresAt: new Date(now.getTime() + 60_000),
    });
    const kept = await fileStorage().save({ bytes: randomBytes(10), fileName: "c", contentType: "text/plain" });

    expect(await fileStorage().deleteExpired(now)).toBe(1);
    expect(await fileStorage().read(expired)).toBeNull();
    expect(await db.storedFileChunk.count({ where: { fileId: expired } })).toBe(0);
    expect(await fileStorage().read(fresh)).not.toBeNull();
    expect(await fileStorage().read(kept)).not.toBeNull();

    await fileStorage().delete(kept);
    expect(await fileStorage().read(kept)).toBeNull();
    expect(await fileStorage().read("no-such-file")).toBeNull();
  });
});
