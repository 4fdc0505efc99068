import { createHash, randomBytes } from "node:crypto";

/** "cap_" + 43 URL-safe characters (256 random bits). The prefix makes leaked tokens easy to spot. */
export const TOKEN_PREFIX = "cap_";

export function generateApiToken(): { token: string; hash: string; prefix: string } {
  const token = `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { token, hash: hashApiToken(token), prefix: token.slice(0, TOKEN_PREFIX.length + 6) };
}

/** Tokens are random, so a plain SHA-256 (no salt, no slow hash) is enough to store them safely. */
export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
