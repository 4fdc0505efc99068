/**
 * Pure part of the audit guard (tests/setup/audit-guard.ts): groups SQL statements into
 * transactions (BEGIN ... COMMIT or ROLLBACK; a write outside a transaction stands alone)
 * and reports every committed one that wrote to a domain table without an audit event.
 */

/**
 * Tables whose writes are bookkeeping, not changes people make. Stored files are the bytes
 * behind a record (a job's upload or export); the record that points at them carries the audit.
 */
const EXEMPT_TABLES = new Set([
  "AuditEvent",
  "Session",
  "Verification",
  "RateLimitBucket",
  "Job",
  "StoredFile",
  "StoredFileChunk",
  // Delivery bookkeeping of e-mail; a message is queued inside the audited change that causes it.
  "OutboxMessage",
  // An Open SDG import's staging (decision 031): invisible until applied, with its audit events, in one transaction.
  "OpenSdgImportStage",
  "StagedOpenSdgValue",
  "_prisma_migrations",
]);

/** Prisma's SQL names tables `main`.`Table` on SQLite and "public"."Table" on PostgreSQL. */
const SCHEMA = String.raw`(?:(?:\`main\`|"public")\.)?`;
const WRITE = new RegExp(String.raw`^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+${SCHEMA}[\`"]?(\w+)[\`"]?`, "i");
/** Only the token's last-used time: deliberately unaudited (lib/api-tokens/authenticate-api-token.ts). */
const TOKEN_LAST_USED = new RegExp(
  String.raw`^\s*UPDATE\s+${SCHEMA}[\`"]ApiToken[\`"]\s+SET\s+[\`"]lastUsedAt[\`"]\s*=\s*(?:\?|\$1)\s+WHERE`,
  "i",
);
const AUDIT_INSERT = new RegExp(String.raw`^\s*INSERT\s+INTO\s+${SCHEMA}[\`"]AuditEvent[\`"]`, "i");

/** A person marking their own notices as read: bookkeeping, not a change of the record. */
const NOTICE_READ = new RegExp(
  String.raw`^\s*UPDATE\s+${SCHEMA}[\`"]Notification[\`"]\s+SET\s+[\`"]readAt[\`"]\s*=\s*(?:\?|\$1)\s+WHERE`,
  "i",
);

/**
 * Statements are grouped by the transaction they ran in, known only by order. On SQLite
 * transactions never overlap (one connection). On PostgreSQL concurrent transactions run on
 * their own connections and their statements interleave, so overlapping transactions are judged
 * together, as one unit that must carry an audit event: weaker, but never a false alarm.
 */
export function findUnauditedWrites(statements: readonly string[]): string[][] {
  const problems: string[][] = [];
  let unit: string[] = [];
  let open = 0;
  let committed = false;
  const close = (wasCommitted: boolean) => {
    if (wasCommitted) {
      const writes = unit.filter((sql) => {
        const match = WRITE.exec(sql);
        return match !== null && !EXEMPT_TABLES.has(match[2]!) && !TOKEN_LAST_USED.test(sql) && !NOTICE_READ.test(sql);
      });
      const audited = unit.some((sql) => AUDIT_INSERT.test(sql));
      if (writes.length > 0 && !audited) problems.push(writes);
    }
    unit = [];
  };
  for (const sql of statements) {
    if (/^\s*BEGIN\b/i.test(sql)) {
      // Writes made outside any transaction before it stand alone.
      if (open === 0) close(true);
      open += 1;
    } else if (/^\s*(COMMIT|ROLLBACK)\b/i.test(sql)) {
      committed ||= /^\s*COMMIT\b/i.test(sql);
      open = Math.max(0, open - 1);
      if (open === 0) {
        close(committed);
        committed = false;
      }
    } else {
      unit.push(sql);
      if (open === 0 && WRITE.test(sql)) close(true);
    }
  }
  close(true);
  return problems;
}
