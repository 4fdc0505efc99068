/**
 * The dashboard and the review page read less than they used to (decision 044); what they
 * show must not change. The dashboard's count of late institutions equals the completeness
 * page's, and the review page's one institution, one page at a time equals the matching slice
 * of the whole queue, with the bulk approval still covering every waiting value of the institution.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { getLateInstitutionCounts } from "@/lib/dashboard/get-late-institution-counts";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { seedScaledFramework } from "@/lib/demo/seed-scaled-framework";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { listOpenCycles } from "@/lib/monitoring/list-open-cycles";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";

/** After the 2025 cycles' submission deadline. */
const NOW = new Date("2026-06-01T00:00:00Z");
const YEAR = 2025;
/** Small, so that every institution with more than two waiting values has several pages. */
const PAGE_SIZE = 2;

let secretariat: AccessContext;
let codes: string[];

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace({ institutions: DEMO_INSTITUTIONS });
  // Two frameworks with an open 2025 cycle each, seeded as the demo is (every status in the open year).
  codes = [];
  for (const indicators of [65, 30]) {
    codes.push((await seedScaledFramework(workspaceId, { indicators, code: uniqueCode("V"), firstYear: 2023 })).frameworkCode);
  }
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
}, 300_000);

describe("the dashboard's late institutions", () => {
  it("are counted as the completeness page counts institutions with overdue indicators, for every open cycle at once", async () => {
    const openCycles = await listOpenCycles(secretariat);
    expect(openCycles.map((cycle) => cycle.frameworkCode).sort()).toEqual([...codes].sort());
    const counted = await getLateInstitutionCounts(secretariat, openCycles);
    for (const cycle of openCycles) {
      const completeness = await getCycleCompleteness(secretariat, { frameworkCode: cycle.frameworkCode, year: cycle.year }, NOW);
      const late = completeness.institutions.filter((institution) => institution.counts.overdue > 0).length;
      expect(late).toBeGreaterThan(0);
      expect(counted.get(cycle.id)).toBe(late);
    }
  });
});

describe("the review page's view", () => {
  it("reads one institution's page of values, equal to that slice of the whole queue", async () => {
    const target = { frameworkCode: codes[0]!, year: YEAR };
    const whole = await listReviewQueue(secretariat, target);
    expect(whole.shown).toBeNull();
    const reference = (item: { indicator: string; version: number; disaggregation: string }) =>
      `${item.indicator}|${item.version}|${item.disaggregation}`;
    let pagesSeen = 0;
    for (const institution of whole.institutions) {
      expect(institution.count).toBe(institution.items.length);
      const pageCount = Math.ceil(institution.count / PAGE_SIZE);
      for (let page = 1; page <= pageCount; page += 1) {
        const viewed = await listReviewQueue(secretariat, target, "en", { institution: institution.code, page, pageSize: PAGE_SIZE });
        expect(viewed.counts).toEqual(whole.counts);
        expect(viewed.institutions.map(({ code, name, count }) => ({ code, name, count }))).toEqual(
          whole.institutions.map(({ code, name, count }) => ({ code, name, count })),
        );
        expect(viewed.shown).toEqual({ code: institution.code, page, pageCount, references: institution.items.map(reference) });
        const shown = viewed.institutions.find((candidate) => candidate.code === institution.code)!;
        expect(shown.items).toEqual(institution.items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE));
        // Nothing of the other institutions is read in full.
        expect(viewed.institutions.filter((candidate) => candidate !== shown).flatMap((candidate) => candidate.items)).toEqual([]);
        pagesSeen += 1;
      }
    }
    expect(pagesSeen).toBeGreaterThan(whole.institutions.length);
  });

  it("shows the first institution when none or an unknown one is asked for, and the last page past the end", async () => {
    const target = { frameworkCode: codes[0]!, year: YEAR };
    const whole = await listReviewQueue(secretariat, target);
    const first = whole.institutions[0]!;
    const unknown = await listReviewQueue(secretariat, target, "en", { institution: "NOPE", page: 1, pageSize: PAGE_SIZE });
    expect(unknown.shown?.code).toBe(first.code);
    const past = await listReviewQueue(secretariat, target, "en", { institution: first.code, page: 10_000, pageSize: PAGE_SIZE });
    const lastPage = Math.ceil(first.count / PAGE_SIZE);
    expect(past.shown?.page).toBe(lastPage);
    expect(past.institutions[0]!.items).toEqual(first.items.slice((lastPage - 1) * PAGE_SIZE));
  });
});
