// A second (and third) server for tests/postgres/rate-limit-across-servers.test.ts: takes
// `tries` slots of one rate limit at once, through lib/, and prints how many were allowed.
import { takeRateLimitSlot } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";

async function main() {
  const [key = "", tries = "0", limit = "0"] = process.argv.slice(2);
  const rule = { limit: Number(limit), windowMs: 60_000 };
  const slots = await Promise.all(Array.from({ length: Number(tries) }, () => takeRateLimitSlot(key, rule)));
  console.log(JSON.stringify({ allowed: slots.filter((slot) => slot.allowed).length }));
  await db.$disconnect();
}

void main();
