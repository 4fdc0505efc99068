import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { isRateLimited, takeRateLimitSlot } from "@/lib/auth/rate-limit";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..", "..");

/** Another server process on the same database, taking `tries` slots at once. */
async function takeSlotsOnAnotherServer(key: string, tries: number, limit: number): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    [
      "--import",
      "./scripts/server-only-hook.mjs",
      "--import",
      "tsx",
      "tests/postgres/take-rate-limit-slots.ts",
      key,
      String(tries),
      String(limit),
    ],
    { cwd: root, env: { ...process.env, TSX_TSCONFIG_PATH: path.join(root, "tsconfig.json") }, timeout: 60_000 },
  );
  return (JSON.parse(stdout.trim().split("\n").at(-1)!) as { allowed: number }).allowed;
}

describe("rate limits across servers (decision 026)", () => {
  it("gives two servers hammering one limit exactly `limit` slots between them, and both see it reached", async () => {
    const key = "sign-in:address:203.0.113.7";
    const rule = { limit: 10, windowMs: 60_000 };
    const allowed = await Promise.all([takeSlotsOnAnotherServer(key, 15, rule.limit), takeSlotsOnAnotherServer(key, 15, rule.limit)]);
    expect(allowed[0]! + allowed[1]!).toBe(rule.limit);
    expect(await isRateLimited(key, rule)).toBe(true);
    expect(await takeRateLimitSlot(key, rule)).toEqual({ allowed: false });
  }, 120_000);
});
