import { randomFillSync } from "node:crypto";

/** Random bytes drawn a few thousand ids at a time: one system call per pool, not per id. */
const pool = Buffer.alloc(16 * 256);
let poolOffset = pool.length;
let lastMs = 0;
let sequence = 0;

/**
 * A UUID of version 7 (RFC 9562): the time in milliseconds, then a sequence, then random bits,
 * so that ids made one after another sort one after another, also within a millisecond. For
 * rows written in bulk (an import's values and their audit events, decision 047): their primary
 * key and the indexes over these ids then grow at one place instead of at random pages, which
 * SQLite's small page cache turned into a read and a write of a page for nearly every row once
 * the tables outgrew it. Any UUID parser accepts them; they are as unique as random ones.
 */
export function orderedId(): string {
  let ms = Date.now();
  if (ms <= lastMs) {
    ms = lastMs;
    sequence += 1;
    // More than 4,096 ids in a millisecond: borrow the next one, so the order holds.
    if (sequence > 0xfff) {
      ms += 1;
      sequence = 0;
    }
  } else sequence = 0;
  lastMs = ms;
  if (poolOffset === pool.length) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const bytes = pool.subarray(poolOffset, poolOffset + 16);
  poolOffset += 16;
  bytes.writeUIntBE(ms, 0, 6);
  bytes[6] = 0x70 | (sequence >> 8);
  bytes[7] = sequence & 0xff;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
