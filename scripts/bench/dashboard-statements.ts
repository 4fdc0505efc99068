// `node --import ./scripts/server-only-hook.mjs --import tsx scripts/bench/dashboard-statements.ts DBFILE [email]`
// (decision 049): the statements of one dashboard request (the layout's and the page's loaders), each
// with SQLite's own time (run again on a raw connection; SHOW_SLOW=MS also prints the plans of slower
// ones), and the CPU time of the whole request in this process. DBFILE is a seeded database, e.g.
// bench:page-profile's PROFILE_DATABASE; it is copied, never written.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

async function main() {
  const source = process.argv[2]!;
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "dash-stmts-")), "db.sqlite");
  fs.copyFileSync(source, copy);
  process.env.DATABASE_URL = `file:${copy}`;
  process.env.BETTER_AUTH_SECRET ??= "benchmark-secret-benchmark-secret-0123456789";
  const { db } = await import("@/lib/db");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { getUnreadNotificationCount } = await import("@/lib/notifications/get-unread-notification-count");
  const { getHeadlineProgress } = await import("@/lib/dashboard/get-headline-progress");
  const { getAttentionItems } = await import("@/lib/dashboard/get-attention-items");
  const { listFrameworks } = await import("@/lib/frameworks/list-frameworks");
  const { listOpenCycles } = await import("@/lib/monitoring/list-open-cycles");
  const email = process.argv[3] ?? "secretariat@demo.example";
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  const request = async () => {
    const access = (await loadAccessContext(user.id, { via: "session" }))!;
    await getUnreadNotificationCount(access);
    const [, openCycles] = await Promise.all([listFrameworks(access), listOpenCycles(access), getHeadlineProgress(access)]);
    return getAttentionItems(access, openCycles);
  };
  await request();
  const statements: { sql: string; params: string }[] = [];
  (db as unknown as { $on: (event: "query", listener: (event: { query: string; params: string }) => void) => void }).$on("query", (event) =>
    statements.push({ sql: event.query, params: event.params }),
  );
  await request();
  const Database = (await import("better-sqlite3")).default;
  const raw = new Database(copy, { readonly: true });
  for (const statement of statements) {
    const params = (JSON.parse(statement.params) as unknown[]).map((value) => (typeof value === "boolean" ? Number(value) : value));
    const prepared = raw.prepare(statement.sql.replaceAll("`main`.", ""));
    const started = performance.now();
    for (let run = 0; run < 5; run += 1) prepared.all(...(params as never[]));
    const ms = (performance.now() - started) / 5;
    console.log(ms.toFixed(2).padStart(7), "ms", statement.sql.slice(0, 200));
    if (process.env.SHOW_SLOW && ms > Number(process.env.SHOW_SLOW))
      console.log(
        statement.sql,
        statement.params,
        raw.prepare("EXPLAIN QUERY PLAN " + statement.sql.replaceAll("`main`.", "")).all(...(params as never[])),
      );
  }
  console.log(`${statements.length} statements`);
  statements.length = 0;
  // CPU time of this process, which moves far less with the machine's load than the wall time.
  const cpu: number[] = [];
  for (let run = 0; run < 30; run += 1) {
    const started = process.cpuUsage();
    await request();
    const used = process.cpuUsage(started);
    cpu.push((used.user + used.system) / 1000);
  }
  cpu.sort((a, b) => a - b);
  console.log(`CPU per request: median ${cpu[15]!.toFixed(1)} ms, min ${cpu[0]!.toFixed(1)} ms`);
  await db.$disconnect();
}

void main();
