import "server-only";
import { db, type Tx } from "@/lib/db";
import type { FileStorage } from "./file-storage";

/**
 * Bytes per chunk row. Small enough that one statement never carries a large file whole
 * (and a reader holds one chunk at a time from the database), large enough that a 50 MB
 * upload is a hundred rows.
 */
export const STORED_FILE_CHUNK_BYTES = 512 * 1024;

/**
 * Files in the database (StoredFile and its StoredFileChunk rows): portable Prisma, the
 * same on SQLite and PostgreSQL, and readable by every server without a shared disk.
 */
export const databaseFileStorage: FileStorage = {
  async save(file, outer) {
    const chunkCount = Math.ceil(file.bytes.byteLength / STORED_FILE_CHUNK_BYTES);
    // One transaction (the caller's, or our own): a reader never sees a file with chunks missing.
    const write = async (tx: Tx) => {
      const stored = await tx.storedFile.create({
        data: {
          fileName: file.fileName,
          contentType: file.contentType,
          size: file.bytes.byteLength,
          chunkCount,
          expiresAt: file.expiresAt ?? null,
        },
        select: { id: true },
      });
      for (let index = 0; index < chunkCount; index += 1) {
        const start = index * STORED_FILE_CHUNK_BYTES;
        const bytes = Uint8Array.from(file.bytes.subarray(start, start + STORED_FILE_CHUNK_BYTES));
        await tx.storedFileChunk.create({ data: { fileId: stored.id, index, bytes }, select: { index: true } });
      }
      return stored.id;
    };
    return outer ? write(outer) : db.$transaction(write);
  },

  async read(id) {
    const file = await db.storedFile.findUnique({ where: { id } });
    if (!file) return null;
    const parts: Buffer[] = [];
    // Chunk by chunk, in order: memory holds the file plus one chunk, never a result set of all.
    for (let index = 0; index < file.chunkCount; index += 1) {
      const chunk = await db.storedFileChunk.findUnique({ where: { fileId_index: { fileId: id, index } }, select: { bytes: true } });
      if (!chunk) return null; // deleted while we read
      parts.push(Buffer.from(chunk.bytes));
    }
    const bytes = Buffer.concat(parts);
    if (bytes.byteLength !== file.size) throw new Error(`Stored file ${id} has ${bytes.byteLength} bytes, expected ${file.size}`);
    return { bytes, fileName: file.fileName, contentType: file.contentType };
  },

  async delete(id, tx = db) {
    await tx.storedFile.deleteMany({ where: { id } });
  },

  async deleteExpired(now) {
    const { count } = await db.storedFile.deleteMany({ where: { expiresAt: { lte: now } } });
    return count;
  },
};
