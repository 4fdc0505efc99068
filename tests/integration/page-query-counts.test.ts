/**
 * No page issues more queries as the framework grows (decision 028): each page's loaders send
 * the same number of SQL statements for a 65-indicator framework as for a 500-indicator one,
 * both seeded as the demo is (breakdowns, comments, every status in the open year). Each size
 * lives in a workspace of its own, since the dashboard reads the whole workspace.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAttentionItems } from "@/lib/dashboard/get-attention-items";
import { getHeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { countQueries, databaseProvider } from "@/lib/db";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { seedScaledFramework } from "@/lib/demo/seed-scaled-framework";
import { getFrameworkMatrix } from "@/lib/frameworks/get-framework-matrix";
import { clearProgressCache } from "@/lib/progress/progress-cache";
import { clearStructureCache } from "@/lib/frameworks/structure-cache";
import { getIndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { listFrameworkValues } from "@/lib/monitoring/list-framework-values";
import { listOpenCycles } from "@/lib/monitoring/list-open-cycles";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { compareYears } from "@/lib/progress/compare-years";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";

/** After the 2025 cycle's submission deadline, so overdue work is looked up too. */
const NOW = new Date("2026-06-01T00:00:00Z");
const YEAR = 2025;
/** The most statements any page's loaders send. */
const MAX_QUERIES = 40;
/**
 * The dashboard's four panels together, here with one framework and its open cycle, headline
 * progress answered from its cache: 25 at decision 044 (with progress computed), 14 since
 * decision 049: frameworks 1; open cycles 1 and the review queue's count 1; headline 10 (the
 * workspace's cycles 1, the framework's structure 7, the framework's cycles 1, the approved
 * values' fingerprint 1); late institutions 1. Since decision 048 the structure's fingerprint is
 * read first (one more), and a cached structure spares its seven reads.
 */
const DASHBOARD_QUERIES = 15;
/** The framework's structure read in full, when its cache (decision 048) does not hold it. */
const STRUCTURE_QUERIES = 7;
/**
 * A cycle's version read in full for the entry, review and completeness pages, when the cache
 * (decision 055) does not hold it: the indicators with their relations (9) and the areas (1).
 */
const CYCLE_STRUCTURE_QUERIES = 10;
/** What computing headline progress adds: the framework's totals and the definitions in force. */
const PROGRESS_COMPUTATION_QUERIES = 2;

type Sized = { code: string; secretariat: AccessContext; focal: AccessContext };

async function seedSized(indicators: number): Promise<Sized> {
  const { workspaceId } = await createTestWorkspace({ institutions: DEMO_INSTITUTIONS });
  const { frameworkCode } = await seedScaledFramework(workspaceId, { indicators, code: uniqueCode("S"), firstYear: 2022 });
  return {
    code: frameworkCode,
    secretariat: await createTestMember(workspaceId, "SECRETARIAT"),
    focal: await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }),
  };
}

/** Each page's loaders, as the page calls them. */
const PAGES: Record<string, (sized: Sized) => Promise<unknown>> = {
  dashboard: async ({ secretariat }) => {
    const [, openCycles] = await Promise.all([listFrameworks(secretariat), listOpenCycles(secretariat), getHeadlineProgress(secretariat)]);
    return getAttentionItems(secretariat, openCycles, NOW);
  },
  // As the page calls it: its first area by default, or a search's matches.
  matrix: ({ secretariat, code }) => getFrameworkMatrix(secretariat, code, { area: null, search: null }),
  "matrix search": ({ secretariat, code }) => getFrameworkMatrix(secretariat, code, { area: null, search: "N1" }),
  indicator: ({ secretariat, code }) => getIndicatorDetail(secretariat, code, "N1.001"),
  progress: ({ secretariat, code }) => getFrameworkProgress(secretariat, code),
  compare: async ({ secretariat, code }) => compareYears(await getFrameworkProgress(secretariat, code), [2022, 2024]),
  review: ({ secretariat, code }) => listReviewQueue(secretariat, { frameworkCode: code, year: YEAR }),
  // As the page calls it (decision 044): one institution's page of values read in full.
  "review page": ({ secretariat, code }) =>
    listReviewQueue(secretariat, { frameworkCode: code, year: YEAR }, "en", { institution: null, page: 1, pageSize: 25 }),
  "review page 2 of MLSP": ({ secretariat, code }) =>
    listReviewQueue(secretariat, { frameworkCode: code, year: YEAR }, "en", { institution: "MLSP", page: 2, pageSize: 25 }),
  // As the page calls it (decision 060): its first area read in full, the others counted.
  entry: ({ focal, code }) => getEntryForm(focal, { frameworkCode: code, year: YEAR }, "en", { area: null }),
  "values API page": async ({ secretariat, code }) => {
    const framework = await requireFramework(secretariat, code);
    return listFrameworkValues(secretariat, framework.id, { page: { after: null, limit: 1001 } });
  },
};

describe("page loaders send as many queries for 500 indicators as for 65", () => {
  let small: Sized;
  let large: Sized;
  beforeAll(async () => {
    small = await seedSized(65);
    large = await seedSized(500);
  }, 300_000);

  it.each(Object.keys(PAGES))("%s", async (name) => {
    const load = PAGES[name]!;
    // Structure read and progress computed, not answered from their caches (decisions 039 and 048).
    clearCaches();
    const atSmall = await countQueries(() => load(small));
    clearCaches();
    const atLarge = await countQueries(() => load(large));
    expect(atLarge.queries).toBe(atSmall.queries);
    expect(atLarge.queries).toBeLessThanOrEqual(MAX_QUERIES);
    expect(atLarge.result).toBeTruthy();
  });

  it("the dashboard's loaders send a fixed number of statements", async () => {
    clearCaches();
    const computed = await countQueries(() => PAGES.dashboard!(large));
    expect(computed.result).not.toEqual([]);
    expect(computed.queries).toBe(DASHBOARD_QUERIES + PROGRESS_COMPUTATION_QUERIES);
    // Headline progress and the structure answered from their caches (decisions 039 and 048), as on every request after the first.
    const cached = await countQueries(() => PAGES.dashboard!(large));
    expect(cached.result).toEqual(computed.result);
    // On SQLite, none of the reads that depend on the database alone either, the database being
    // unchanged since (decision 061): the structure's and the approved totals' fingerprints, the
    // open cycles with their counts, their review queues and their late institutions, and the
    // framework's cycles that key its progress (decision 062).
    expect(cached.queries).toBe(DASHBOARD_QUERIES - STRUCTURE_QUERIES - (onSqlite ? 6 : 0));
  });

  // The structure's cache (decision 048): a repeated request sends the structure's fingerprint
  // (one statement) and none of its seven reads.
  it.each(["matrix", "progress", "compare", "dashboard"])("%s, repeated, sends seven statements fewer", async (name) => {
    const load = PAGES[name]!;
    clearCaches();
    const first = await countQueries(() => load(large));
    clearProgressCache();
    const repeated = await countQueries(() => load(large));
    expect(repeated.queries).toBe(first.queries - STRUCTURE_QUERIES);
    expect(repeated.result).toEqual(first.result);
  });

  // The cycle's indicators from the same cache (decision 055): a repeated request sends the
  // fingerprint and none of the version's reads.
  it.each(["entry", "review page", "review page 2 of MLSP"])("%s, repeated, sends ten statements fewer", async (name) => {
    const load = PAGES[name]!;
    clearCaches();
    const first = await countQueries(() => load(large));
    const repeated = await countQueries(() => load(large));
    // On SQLite, not the fingerprint either: the database is unchanged since (decision 061); and
    // the entry form, the institution's whatever its reader, is remembered whole (decision 062).
    const remembered = onSqlite && name === "entry";
    expect(repeated.queries).toBe(remembered ? 0 : first.queries - CYCLE_STRUCTURE_QUERIES - (onSqlite ? 1 : 0));
    expect(repeated.result).toEqual(first.result);
  });
});

const onSqlite = databaseProvider() === "sqlite";

function clearCaches() {
  clearProgressCache();
  clearStructureCache();
}
