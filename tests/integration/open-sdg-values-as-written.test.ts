/**
 * What the one write path keeps as written: numbers exactly (Prisma rounds Float parameters to 16
 * significant digits; store-exact-numbers.ts writes them again from text) and period labels.
 */
import { beforeAll, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { valueSnapshot } from "@/lib/monitoring/value-snapshot";
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
  // The apply writes a new value's audit event in SQL (decision 040): the same summary and the
  // same snapshot as valueSnapshot, the number exactly as stored.
  const events = await db.auditEvent.findMany({
    where: { workspaceId, action: "value.created", summary: { startsWith: "1.1.1 Total " } },
    select: { summary: true, after: true, before: true },
  });
  const ofYear = (year: number) => events.find((event) => event.summary === `1.1.1 Total ${year}: entered`);
  written.forEach((value, index) =>
    expect(ofYear(2010 + index)).toEqual({
      summary: `1.1.1 Total ${2010 + index}: entered`,
      before: null,
      after: valueSnapshot({
        number: Number(value),
        levelCode: null,
        text: null,
        comment: null,
        source: "Open SDG: data/indicator_1-1-1.csv",
        evidenceUrl: null,
        status: "APPROVED",
        version: 1,
      }),
    }),
  );
  const again = await importOpenSdg(secretariat, source, params);
  expect(again.values).toMatchObject({ unchanged: 4, updated: 0, locked: 0, created: 0 });
});

it("stores a school year under the year the rule chooses, with the label as written", async () => {
  const text = "Year,Level,Value\n2014/2015,Primary,90.5\n2015-16,Primary,91\n2017,Primary,92\n";
  const source = { files: [{ path: "data/indicator_4-1-1.csv", text }] };
  const frameworkCode = uniqueCode("PERIOD");
  const report = await importOpenSdg(secretariat, source, { frameworkCode, sourceName: "periods.zip", dryRun: false, periodRule: "first" });
  expect(report.periods).toEqual({ rule: "first", mapped: 2 });
  const rows = await db.indicatorValue.findMany({
    where: { identity: { framework: { workspaceId, code: frameworkCode } } },
    orderBy: { year: "asc" },
    select: { year: true, number: true, periodLabel: true },
  });
  expect(rows).toEqual([
    { year: 2014, number: 90.5, periodLabel: "2014/2015" },
    { year: 2015, number: 91, periodLabel: "2015-16" },
    { year: 2017, number: 92, periodLabel: null },
  ]);
});
