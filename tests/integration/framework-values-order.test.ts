/**
 * A framework's whole list of values is sorted in memory, its pages by the database (decision
 * 051): both must give one order (the definition's position, year, breakdown, identity), so that
 * exports, progress and the values API's pages list the same rows the same way.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { seedScaledFramework } from "@/lib/demo/seed-scaled-framework";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { listFrameworkValues, type FrameworkValueRow } from "@/lib/monitoring/list-framework-values";
import { createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";

let secretariat: AccessContext;
let frameworkId: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace({ institutions: DEMO_INSTITUTIONS });
  const { frameworkCode } = await seedScaledFramework(workspaceId, { indicators: 12, code: uniqueCode("O"), firstYear: 2022 });
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  frameworkId = (await requireFramework(secretariat, frameworkCode)).id;
  // Positions in the reverse of the order the indicators were created in (as after moves in the
  // editor), so that no index or insertion order gives the list's order by chance.
  await runMutation(systemActor("test"), async (tx, audit) => {
    const indicators = await tx.indicator.findMany({ where: { identity: { frameworkId } }, select: { id: true, position: true } });
    for (const indicator of indicators)
      await tx.indicator.update({ where: { id: indicator.id }, data: { position: 1000 - indicator.position } });
    await audit({
      workspaceId,
      action: "framework.updated",
      entityType: "Framework",
      entityId: frameworkId,
    });
  });
}, 120_000);

/** Every page of `limit` rows, each starting after the last row of the one before. */
async function walkPages(limit: number, filter: { from?: number; totalsOnly?: boolean } = {}): Promise<FrameworkValueRow[]> {
  const rows: FrameworkValueRow[] = [];
  for (;;) {
    const last = rows.at(-1);
    const after = last
      ? { position: last.position, year: last.year, disaggregation: last.disaggregation, identityId: last.identityId }
      : null;
    const page = await listFrameworkValues(secretariat, frameworkId, { ...filter, page: { after, limit } });
    rows.push(...page);
    if (page.length < limit) return rows;
  }
}

describe("a framework's values come in one order, whole or page by page", () => {
  it("lists every value, breakdowns included, in the order of its pages", async () => {
    const whole = await listFrameworkValues(secretariat, frameworkId);
    expect(whole.some((row) => row.disaggregation !== "")).toBe(true);
    expect(new Set(whole.map((row) => row.year))).toEqual(new Set([2022, 2023, 2024, 2025]));
    expect(await walkPages(37)).toEqual(whole);
  });

  it("keeps that order for a filtered list (totals from a year on)", async () => {
    const totals = await listFrameworkValues(secretariat, frameworkId, { from: 2023, totalsOnly: true });
    expect(totals.length).toBeGreaterThan(0);
    expect(totals.every((row) => row.disaggregation === "" && row.year >= 2023)).toBe(true);
    expect(await walkPages(10, { from: 2023, totalsOnly: true })).toEqual(totals);
  });
});
