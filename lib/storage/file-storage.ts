import "server-only";
import type { Tx } from "@/lib/db";
import { databaseFileStorage } from "./database-file-storage";

/** A file to keep: its bytes, the name people download it under, its media type. */
export type NewStoredFile = {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
  /** Deleted after this; without it the file stays until deleted. */
  expiresAt?: Date;
};

export type StoredFileContent = { bytes: Buffer; fileName: string; contentType: string };

/**
 * Where files live that every server must be able to read: a job's upload (read by whichever
 * server runs the job), an export (downloaded from whichever server answers), and later the
 * evidence people attach. One interface, so that a backend other than the database (an
 * object store) could take its place without touching the callers.
 */
export interface FileStorage {
  /**
   * Keeps the file; answers its id. Given a transaction, the file is written in it, so that it
   * exists exactly when the row that holds it does (an evidence file and its audit event).
   */
  save(file: NewStoredFile, tx?: Tx): Promise<string>;
  /** The file, or null when there is none (never was, deleted, or expired). */
  read(id: string): Promise<StoredFileContent | null>;
  delete(id: string, tx?: Tx): Promise<void>;
  /** Deletes the files whose expiry is past; answers how many. */
  deleteExpired(now: Date): Promise<number>;
}

/** The storage in use: the database, which every server already shares (decision 027). */
export function fileStorage(): FileStorage {
  return databaseFileStorage;
}
