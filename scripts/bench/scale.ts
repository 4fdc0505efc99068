// `npm run bench:scale` (issue 12): national scale on PostgreSQL. Seeds 200 workspaces with 65
// to 500 indicators each (one of each size seeded, the others copied in SQL) and ten years of values with breakdowns (about 2 million values; one
// workspace has three years only), then measures the server time (p50, p95 of sequential
// requests) of the matrix, progress, compare, review, entry and values API pages of the largest
// workspace on the production server. Counts each page's statements at the largest workspace
// before and after the 198 others are seeded and at the small one (65 indicators, three years):
// they must not grow with workspaces, indicators or years. Target: p95 under 150 ms each.
// BENCH_SCALE_DATABASE=sqlite runs the same for the largest and the small workspace on SQLite;
// BENCH_POSTGRES_URL names a server instead of a throwaway cluster; BENCH_SCALE_WORKSPACES and
// BENCH_SCALE_RUNS shrink a trial run; BENCH_SCALE_LOADERS_ONLY=1 stops after timing the loaders in
// this process (profiling, no production build). BENCH_SCALE_KEEP=1 with BENCH_POSTGRES_URL keeps the
// seeded database; BENCH_SCALE_REUSE=<its name> times it again without seeding (a quiet-machine
// rerun after a seed done under load). Exits 1 if a target is missed.
import { openScaleDatabase } from "./scale/scale-database";
import {
  countPageQueries,
  createMembers,
  findMembers,
  timePageLoaders,
  PAGE_NAMES,
  type PageName,
  type PageQueries,
} from "./scale/count-page-queries";
import { FRAMEWORK_CODE, OPEN_YEAR, seedScaleWorkspace, type ScaleWorkspace } from "./scale/seed-scale-workspace";
import { closeBulkInsert, postgresPool } from "./scale/bulk-insert-values";
import { cloneWorkspace } from "./scale/clone-workspace";
import { timePages } from "./scale/time-pages";
import { startProductionServer } from "./production-server";

const TARGET_P95_MS = 150;
const PASSWORD = "scale benchmark password";
const TEN_YEARS = Array.from({ length: 10 }, (_, index) => OPEN_YEAR - 9 + index);

/** The sizes of the other workspaces, 65 to 500 indicators: one of each is seeded, the others are its copies. */
const SIZES = Array.from({ length: 10 }, (_, index) => 65 + Math.round((435 * index) / 9));

/** Workspace 0 is the largest (500 indicators); 1 the small one (65, three years); the rest cycle through SIZES. */
function planWorkspaces(count: number): ScaleWorkspace[] {
  return Array.from({ length: count }, (_, index) => ({
    index,
    slug: `scale-${String(index + 1).padStart(3, "0")}`,
    indicators: index === 0 ? 500 : index === 1 ? 65 : SIZES[(index - 2) % SIZES.length]!,
    years: index === 1 ? TEN_YEARS.slice(-3) : TEN_YEARS,
  }));
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

type Seeded = { largestMembers: Awaited<ReturnType<typeof createMembers>> };

/** Seeds the plan's workspaces, counting the pages' statements while there are two (into `counts`). */
async function seedAll(plan: ScaleWorkspace[], counts: Record<string, PageQueries>): Promise<Seeded> {
  let started = performance.now();
  const largest = await seedScaleWorkspace(plan[0]!);
  const small = await seedScaleWorkspace(plan[1]!);
  console.log(
    `seeded the largest workspace (500 indicators, ${largest.values} values) and the small one (${small.values}) in ${seconds(started)}`,
  );
  const largestMembers = await createMembers(largest.workspaceId, plan[0]!.slug, PASSWORD);
  const smallMembers = await createMembers(small.workspaceId, plan[1]!.slug, PASSWORD);
  counts["small workspace (65 indicators, 3 years)"] = await countPageQueries(smallMembers, FRAMEWORK_CODE);
  counts["largest, 2 workspaces seeded"] = await countPageQueries(largestMembers, FRAMEWORK_CODE);

  started = performance.now();
  const templates = new Map<number, string>();
  for (const workspace of plan.slice(2, 2 + SIZES.length))
    templates.set(workspace.indicators, (await seedScaleWorkspace(workspace)).workspaceId);
  if (plan.length > 2) console.log(`seeded one workspace of each size (${SIZES.join(", ")} indicators) in ${seconds(started)}`);
  if (plan.length > 2 + SIZES.length) {
    const client = await (await postgresPool()).connect();
    try {
      for (const workspace of plan.slice(2 + SIZES.length)) {
        await cloneWorkspace(client, templates.get(workspace.indicators)!, workspace.slug, `Scale workspace ${workspace.index + 1}`);
        if ((workspace.index + 1) % 50 === 0) console.log(`  ${workspace.index + 1} workspaces seeded (${seconds(started)})`);
      }
    } finally {
      client.release();
    }
  }
  await closeBulkInsert();
  return { largestMembers };
}

/** The largest workspace and its members on a database an earlier run seeded and kept. */
async function findSeeded(plan: ScaleWorkspace[]): Promise<Seeded> {
  const { db } = await import("@/lib/db");
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: plan[0]!.slug } });
  return { largestMembers: await findMembers(workspace.id, plan[0]!.slug) };
}

async function main(): Promise<number> {
  const database = await openScaleDatabase();
  const isPostgres = database.provider === "postgresql";
  console.log(`database: ${database.describe}`);
  try {
    const { db } = await import("@/lib/db");
    const { getAuth } = await import("@/lib/auth/auth");
    const plan = planWorkspaces(isPostgres ? Number(process.env.BENCH_SCALE_WORKSPACES ?? 200) : 2);

    let started = performance.now();
    const counts: Record<string, PageQueries> = {};
    const { largestMembers } = process.env.BENCH_SCALE_REUSE ? await findSeeded(plan) : await seedAll(plan, counts);
    // Statistics as autovacuum would have them on a database that grew to this size.
    if (isPostgres) await db.$executeRawUnsafe("ANALYZE");
    const valuesTotal = await db.indicatorValue.count();
    const auditTotal = await db.auditEvent.count();
    console.log(`${plan.length} workspaces: ${valuesTotal} values, ${auditTotal} audit events (${seconds(started)})`);
    counts[`largest, ${plan.length} workspaces seeded`] = await countPageQueries(largestMembers, FRAMEWORK_CODE);

    console.log(`statements per page: ${PAGE_NAMES.join(", ")}`);
    for (const [where, count] of Object.entries(counts))
      console.log(`  ${where.padEnd(44)} ${PAGE_NAMES.map((name) => count[name]).join(", ")}`);
    const loaderTimes = await timePageLoaders(largestMembers, FRAMEWORK_CODE);
    console.log(
      `loaders of the largest workspace in this process (database time of their statements): ${PAGE_NAMES.map((name) => `${name} ${loaderTimes[name].loaderMs} ms (${loaderTimes[name].databaseMs} ms)`).join(", ")}`,
    );
    for (const name of PAGE_NAMES)
      if (loaderTimes[name].slowest.ms >= 20)
        console.log(`  slowest statement of ${name}, ${loaderTimes[name].slowest.ms} ms: ${loaderTimes[name].slowest.sql.slice(0, 400)}`);
    const grown = PAGE_NAMES.filter((name) => new Set(Object.values(counts).map((count) => count[name])).size > 1);
    if (process.env.BENCH_SCALE_LOADERS_ONLY) {
      // A profiling run: the loaders above, without the production server (no build needed).
      await db.$disconnect();
      return grown.length === 0 ? 0 : 1;
    }

    const cookie = async (email: string) => {
      const { headers } = await getAuth().api.signInEmail({ body: { email, password: PASSWORD }, returnHeaders: true });
      return headers.get("set-cookie")!.split(";")[0]!;
    };
    const secretariat = await cookie(largestMembers.emails.secretariat);
    const focal = await cookie(largestMembers.emails.focal);
    const pages: { name: PageName; path: string; cookie: string }[] = [
      { name: "matrix", path: `/frameworks/${FRAMEWORK_CODE}`, cookie: secretariat },
      { name: "progress", path: `/frameworks/${FRAMEWORK_CODE}/progress`, cookie: secretariat },
      { name: "compare", path: `/frameworks/${FRAMEWORK_CODE}/compare`, cookie: secretariat },
      { name: "review", path: `/cycles/${FRAMEWORK_CODE}/${OPEN_YEAR}/review`, cookie: secretariat },
      { name: "entry", path: `/cycles/${FRAMEWORK_CODE}/${OPEN_YEAR}/entry`, cookie: focal },
      { name: "values_api", path: `/api/v1/frameworks/${FRAMEWORK_CODE}/values`, cookie: secretariat },
    ];
    const figures: Record<string, number> = {};
    started = performance.now();
    const server = await startProductionServer();
    console.log(`production server ready at ${server.baseUrl} after ${seconds(started)}`);
    const runs = Number(process.env.BENCH_SCALE_RUNS ?? 30);
    // The sign-in page (no data) is the machine's floor: on a loaded machine every page is slower by as much.
    const timings = await timePages(server.baseUrl, [{ name: "sign_in", path: "/sign-in", cookie: null }, ...pages], runs).finally(() =>
      server.stop(),
    );
    const floor = timings.get("sign_in")!;
    console.log(`  sign-in (the floor: no data) p50 ${floor.p50} ms  p95 ${floor.p95} ms`);
    figures.sign_in_p50_ms = floor.p50;
    figures.sign_in_p95_ms = floor.p95;

    console.log(`server time of the largest workspace's pages, ${runs} sequential requests each after a warm-up:`);
    for (const page of pages) {
      const timing = timings.get(page.name)!;
      figures[`${page.name}_p50_ms`] = timing.p50;
      figures[`${page.name}_p95_ms`] = timing.p95;
      console.log(
        `  ${page.name.padEnd(11)} ${page.path.padEnd(34)} p50 ${String(timing.p50).padStart(5)} ms  p95 ${String(timing.p95).padStart(5)} ms  ${timing.kb} KB`,
      );
    }
    figures.values_total = valuesTotal;
    const slow = pages.filter((page) => timings.get(page.name)!.p95 >= TARGET_P95_MS).map((page) => page.name);
    const missed = [...slow.map((name) => `${name} p95`), ...grown.map((name) => `${name} statements`)];
    console.log(
      `targets: p95 under ${TARGET_P95_MS} ms, statements the same at every size -> ${missed.length === 0 ? "met" : `MISSED ${missed.join(", ")}`}`,
    );
    await db.$disconnect();
    console.log(JSON.stringify({ bench: isPostgres ? "scale" : "scale-sqlite", figures }));
    return missed.length === 0 ? 0 : 1;
  } finally {
    await closeBulkInsert();
    await database.remove();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
