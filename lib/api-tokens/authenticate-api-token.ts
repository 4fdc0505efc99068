import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { withWriteWait } from "@/lib/database/sqlite-write-lock";
import { db } from "@/lib/db";
import { asAppError } from "@/lib/errors";
import { hashApiToken, TOKEN_PREFIX } from "./token-format";

/** Write the last-used time at most once a minute per token: reads should not all become writes. */
const LAST_USED_RESOLUTION_MS = 60_000;
const LAST_USED_WRITE_WAIT_MS = 200;

/** The access context a bearer token grants, or null when it is unknown, revoked, expired or its owner lost access. */
export async function authenticateApiToken(token: string): Promise<AccessContext | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const record = await db.apiToken.findUnique({ where: { tokenHash: hashApiToken(token) } });
  const now = new Date();
  if (!record || record.revokedAt || (record.expiresAt && record.expiresAt <= now)) return null;
  const access = await loadAccessContext(record.userId, { workspaceId: record.workspaceId, via: "token" });
  if (!access) return null;
  // A temporary password means the account is between owners: no machine access until it is changed.
  const owner = await db.user.findUnique({ where: { id: record.userId }, select: { mustChangePassword: true } });
  if (!owner || owner.mustChangePassword) return null;
  if (!record.lastUsedAt || now.getTime() - record.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    // Bookkeeping, not a change people make: deliberately not audited. While an import holds
    // the write lock it is skipped rather than holding up (or refusing) a request that only reads.
    await withWriteWait(LAST_USED_WRITE_WAIT_MS, () => db.apiToken.update({ where: { id: record.id }, data: { lastUsedAt: now } })).catch(
      (error: unknown) => {
        if (asAppError(error)?.code !== "UNAVAILABLE") throw error;
      },
    );
  }
  return access;
}
