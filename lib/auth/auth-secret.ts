import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { localDataDirectory } from "@/lib/database/database-url";
import { getEnv } from "@/lib/env";

const SECRET_FILE = "auth-secret";

/**
 * The secret that signs session cookies: BETTER_AUTH_SECRET when set, otherwise a random
 * secret created on first start and kept (readable by the owner only) next to the SQLite
 * database, so that a single-server installation needs no configuration and restarts do
 * not sign everyone out. With PostgreSQL (several servers) the environment check requires
 * BETTER_AUTH_SECRET, so every server signs with the same one.
 */
export function getAuthSecret(): string {
  const env = getEnv();
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = path.join(localDataDirectory(env.DATABASE_URL), SECRET_FILE);
  if (fs.existsSync(/*turbopackIgnore: true*/ file)) return fs.readFileSync(/*turbopackIgnore: true*/ file, "utf8").trim();
  fs.mkdirSync(/*turbopackIgnore: true*/ path.dirname(file), { recursive: true });
  const secret = randomBytes(48).toString("base64url");
  fs.writeFileSync(/*turbopackIgnore: true*/ file, secret, { mode: 0o600 });
  return secret;
}
