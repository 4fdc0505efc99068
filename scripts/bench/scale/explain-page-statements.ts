// EXPLAIN (ANALYZE, BUFFERS) of the value statements of each page `npm run bench:scale` measures,
// on a database it kept (BENCH_SCALE_KEEP=1 with BENCH_POSTGRES_URL; decision 051):
//   DATABASE_URL=postgresql://…/capacitas_scale_NNN npm run bench:scale:explain [-- PAGE…] [> plans.txt]
// Runs each page's loaders as the bench does (scale-001's members), logs their statements with
// the parameters Prisma sent (query events), and prints, for every statement that reads
// IndicatorValue, its time in the loader and the plan PostgreSQL runs it with. Read-only.
import { pageLoaders, PAGE_NAMES, type Members, type PageName } from "./count-page-queries";

const LARGEST = "scale-001";

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL?.startsWith("postgres")) throw new Error("Set DATABASE_URL to a kept scale database on PostgreSQL");
  process.env.BETTER_AUTH_SECRET ??= "benchmark-secret-benchmark-secret-0123456789";
  const pg = (await import("pg")).default;
  const { db, onQuery } = await import("@/lib/db");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { clearProgressCache } = await import("@/lib/progress/progress-cache");
  const workspace = await db.workspace.findUniqueOrThrow({ where: { slug: LARGEST }, select: { id: true } });
  const access = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return (await loadAccessContext(user.id, { workspaceId: workspace.id, via: "session" }))!;
  };
  const members: Members = {
    secretariat: await access(`secretariat@${LARGEST}.example`),
    focal: await access(`focal@${LARGEST}.example`),
  };
  const loaders = await pageLoaders(members, "NAT");
  const asked = process.argv.slice(2).filter((name): name is PageName => (PAGE_NAMES as readonly string[]).includes(name));
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    for (const name of asked.length > 0 ? asked : PAGE_NAMES) {
      // A warm run first, as a page is timed after its warm-up; then the statements of a computed answer.
      await loaders[name]();
      clearProgressCache();
      const statements: { sql: string; params: string; durationMs: number }[] = [];
      const stop = onQuery((query) => statements.push(query));
      await loaders[name]().finally(stop);
      console.log(`\n=== ${name}: ${statements.length} statements, ${Math.round(statements.reduce((sum, s) => sum + s.durationMs, 0))} ms`);
      for (const statement of statements) {
        if (!/FROM "public"\."IndicatorValue"/.test(statement.sql)) continue;
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, JSON.parse(statement.params) as unknown[]);
        console.log(`\n--- ${Math.round(statement.durationMs)} ms in the loader: ${statement.sql.slice(0, 2000)}`);
        console.log(rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n"));
      }
    }
  } finally {
    await client.end();
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
