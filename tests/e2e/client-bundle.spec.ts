import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

function filesUnder(directory: string): string[] {
  if (!fs.existsSync(directory)) return [];
  return fs.readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(directory, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

// The web server of this run built the application, so its browser bundles are on disk.
test("no server secret or server-only code reaches the browser bundles", async ({ request }) => {
  expect((await request.get("/api/health")).status()).toBe(200);
  const chunks = filesUnder(path.join(process.env.NEXT_DIST_DIR ?? ".next", "static")).filter((file) => file.endsWith(".js"));
  expect(chunks.length).toBeGreaterThan(5);
  const bundle = chunks.map((file) => fs.readFileSync(file, "utf8")).join("\n");

  // The secret that signs session cookies (created beside the e2e database on first start).
  const secret = fs.readFileSync(path.join("data", "auth-secret"), "utf8").trim();
  expect(secret.length).toBeGreaterThanOrEqual(32);
  expect(bundle.includes(secret)).toBe(false);
  for (const marker of ["BETTER_AUTH_SECRET", "DATABASE_URL", "better-sqlite3", "prisma-client", "hashPassword", "tokenHash"]) {
    expect(bundle.includes(marker), `the browser bundle mentions ${marker}`).toBe(false);
  }
});
