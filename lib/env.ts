import { isIP } from "node:net";
import { z } from "zod";
import { isPostgresUrl } from "@/lib/database/database-url";

/** An IP address, or a range in CIDR notation (10.0.0.0/8, fd00::/8). */
function isAddressOrRange(entry: string): boolean {
  const [address = "", prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

// Environment read once, validated at start-up: a misconfigured deployment fails loudly
// with the variable's name instead of misbehaving later.
const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: z
      .string()
      .min(1)
      .default("file:./data/capacitas.db")
      .refine((url) => url.startsWith("file:") || isPostgresUrl(url), {
        message:
          "DATABASE_URL must be a SQLite file URL (file:./data/capacitas.db) or a PostgreSQL URL (postgres://user:password@host:5432/capacitas)",
      }),
    /** "1" seeds the demo workspace at start-up when the database holds no workspace. */
    CAPACITAS_DEMO: z.enum(["0", "1"]).default("0"),
    /**
     * The address people use to reach the tracker, e.g. https://capacitas.gov.example. Cookies
     * are marked Secure when it is https. Defaults to http://localhost:$PORT.
     */
    APP_URL: z.url({ message: "APP_URL must be a full URL such as https://capacitas.gov.example" }).optional(),
    PORT: z.string().regex(/^\d+$/, "PORT must be a number").default("3000"),
    /** Signs session cookies. When unset, a random secret is created once and kept beside the database. */
    BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
    /**
     * How long a write waits for the database's write lock (held by an import or another
     * process) before it is refused with "the database is busy" (503). Below 9 s, because
     * Prisma gives up on a transaction that took 10 s to start (lib/database/sqlite-write-lock.ts).
     */
    DATABASE_BUSY_WAIT_MS: z.coerce
      .number({ message: "DATABASE_BUSY_WAIT_MS must be a number of milliseconds" })
      .int()
      .min(100, "DATABASE_BUSY_WAIT_MS must be at least 100")
      .max(9_000, "DATABASE_BUSY_WAIT_MS must be at most 9000")
      .default(8_000),
    /**
     * PostgreSQL only: the database connections each server process keeps (its job children keep
     * their own). Servers × (this + 2 jobs × this) must stay under the database's max_connections.
     */
    DATABASE_POOL_SIZE: z.coerce
      .number({ message: "DATABASE_POOL_SIZE must be a number of connections" })
      .int("DATABASE_POOL_SIZE must be a whole number")
      .min(1, "DATABASE_POOL_SIZE must be at least 1")
      .max(100, "DATABASE_POOL_SIZE must be at most 100")
      .default(10),
    /**
     * The reverse proxies whose X-Forwarded-For, X-Forwarded-Host and X-Forwarded-Proto are
     * believed: comma-separated addresses or CIDR ranges. None by default: the headers of a
     * request that did not come from one of them are dropped (lib/auth/client-address.ts).
     */
    TRUSTED_PROXIES: z
      .string()
      .default("")
      .transform((value) =>
        value
          .split(",")
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .refine((entries) => entries.every(isAddressOrRange), {
        message: "TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8",
      }),
    /**
     * The mail server e-mail goes out through, e.g. smtps://user:password@mail.gov.example:465 or
     * smtp://localhost:25. Without it no e-mail is sent: notices appear in the application only.
     */
    SMTP_URL: z
      .string()
      .optional()
      .transform((value) => (value?.trim() ? value.trim() : undefined))
      .refine((value) => value === undefined || /^smtps?:\/\/[^\s]+$/.test(value), {
        message: "SMTP_URL must be an smtp:// or smtps:// URL, e.g. smtp://user:password@mail.gov.example:587",
      }),
    /** The sender of every e-mail, e.g. "Capacitas <no-reply@gov.example>". */
    MAIL_FROM: z
      .string()
      .min(3, "MAIL_FROM must be an address such as Capacitas <no-reply@gov.example>")
      .default("Capacitas <no-reply@localhost>"),
  })
  // Without it each server would create its own secret and refuse the others' session cookies.
  .refine((env) => !isPostgresUrl(env.DATABASE_URL) || env.BETTER_AUTH_SECRET !== undefined, {
    path: ["BETTER_AUTH_SECRET"],
    message: "BETTER_AUTH_SECRET is required with PostgreSQL, so that every server signs sessions with the same secret",
  });

export type Env = z.infer<typeof envSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
  }
  return parsed.data;
}

/** Read at call time, not import time, so tests and scripts can set variables first. */
export function getEnv(): Env {
  return parseEnv(process.env);
}

export function getAppUrl(env: Env = getEnv()): string {
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}
