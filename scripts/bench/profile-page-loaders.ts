// `npm run bench:profile-loaders` (issue 16): times the loaders of the scale benchmark's pages in
// this process on an already seeded database (DATABASE_URL; seed it with
// `BENCH_SCALE_KEEP=1 BENCH_POSTGRES_URL=… npm run bench:scale`), and prints each page's
// statements slower than PROFILE_SLOW_MS (default 10), with EXPLAIN (ANALYZE, BUFFERS) on
// PostgreSQL (PROFILE_EXPLAIN=1; PROFILE_SLOW_MS=0 explains them all). PROFILE_COMPUTED=1 empties
// the progress cache before each run, so every run computes (decision 051).
// Much cheaper than the full benchmark on a loaded machine: no seed, no production build.
import { pageLoaders } from "./scale/count-page-queries";
import { FRAMEWORK_CODE } from "./scale/seed-scale-workspace";

async function main() {
  process.env.BETTER_AUTH_SECRET ??= "benchmark-secret-benchmark-secret-0123456789";
  const { db, databaseProvider } = await import("@/lib/db");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { clearProgressCache } = await import("@/lib/progress/progress-cache");
  const slug = process.env.PROFILE_WORKSPACE ?? "scale-001";
  const access = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return (await loadAccessContext(user.id, { via: "session" }))!;
  };
  const members = { secretariat: await access(`secretariat@${slug}.example`), focal: await access(`focal@${slug}.example`) };
  const { getHeadlineProgress } = await import("@/lib/dashboard/get-headline-progress");
  const { getAttentionItems } = await import("@/lib/dashboard/get-attention-items");
  const { listFrameworks } = await import("@/lib/frameworks/list-frameworks");
  const { listOpenCycles } = await import("@/lib/monitoring/list-open-cycles");
  const loaders: Record<string, () => Promise<unknown>> = {
    ...(await pageLoaders(members, FRAMEWORK_CODE)),
    // As app/(app)/page.tsx calls them, for the secretariat.
    dashboard: async () => {
      const [, openCycles] = await Promise.all([
        listFrameworks(members.secretariat),
        listOpenCycles(members.secretariat),
        getHeadlineProgress(members.secretariat),
      ]);
      return getAttentionItems(members.secretariat, openCycles);
    },
  };
  const slowMs = Number(process.env.PROFILE_SLOW_MS ?? 10);
  const runs = Number(process.env.PROFILE_RUNS ?? 5);
  const only = process.env.PROFILE_PAGES?.split(",") ?? Object.keys(loaders);
  let statements: { sql: string; params: string; ms: number }[] = [];
  (db as unknown as { $on: (event: "query", listener: (event: { query: string; params: string; duration: number }) => void) => void }).$on(
    "query",
    (event) => statements.push({ sql: event.query, params: event.params, ms: event.duration }),
  );
  for (const name of Object.keys(loaders).filter((page) => only.includes(page))) {
    const times: number[] = [];
    let first = 0;
    let slow: typeof statements = [];
    for (let run = 0; run < runs; run += 1) {
      if (process.env.PROFILE_COMPUTED) clearProgressCache();
      statements = [];
      const started = performance.now();
      await loaders[name]!();
      times.push(performance.now() - started);
      if (run === 0) first = times[0]!;
      slow = statements.filter((statement) => statement.ms >= slowMs);
    }
    times.sort((a, b) => a - b);
    const median = Math.round(times[Math.floor(times.length / 2)]!);
    // The first run computes what later runs may find in the progress cache.
    console.log(
      `${name}: first ${Math.round(first)} ms, median ${median} ms of ${runs} runs (min ${Math.round(times[0]!)}), ${statements.length} statements`,
    );
    for (const statement of slow) {
      console.log(`  ${Math.round(statement.ms)} ms: ${statement.sql.slice(0, Number(process.env.PROFILE_SQL_CHARS ?? 300))}`);
      if (databaseProvider() === "postgresql" && process.env.PROFILE_EXPLAIN) {
        const params = JSON.parse(statement.params) as unknown[];
        const plan = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, ...params);
        for (const line of plan) console.log(`    ${line["QUERY PLAN"]}`);
      }
    }
  }
  await db.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
