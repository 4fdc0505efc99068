/**
 * Numbers survive the database exactly: Prisma rounds Float parameters to 16 significant digits,
 * so the one write path stores such numbers again from their text (store-exact-numbers.ts).
 */
import { beforeAll, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";

let secretariat: AccessContext;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
});

it("stores and reads back numbers of 17 significant digits as written, and sees them unchanged on a re-import", async () => {
  const written = ["0.30000000000000004", "1234567890.1234567", "-1.2345678901234567e-8", "12.5"];
  const text = `Year,Value\n${written.map((value, index) => `${2010 + index},${value}`).join("\n")}\n`;
  const source = { files: [{ path: "data/indicator_1-1-1.csv", text }] };
  const frameworkCode = uniqueCode("EXACT");
  const params = { frameworkCode, sourceName: "exact.zip", dryRun: false };
  await importOpenSdg(secretariat, source, params);
  const rows = await db.indicatorValue.findMany({
    where: { identity: { framework: { workspaceId, code: frameworkCode } } },
    orderBy: { year: "asc" },
    select: { number: true },
  });
  expect(rows.map((row) => String(row.number))).toEqual(written);
  const again = await importOpenSdg(secretariat, source, params);
  expect(again.values).toMatchObject({ unchanged: 4, updated: 0, locked: 0, created: 0 });
});
