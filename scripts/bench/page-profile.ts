// `node --import ./scripts/server-only-hook.mjs --import tsx scripts/bench/page-profile-matrix.ts PATH…`
// (issue 16): server time of a few pages,
// cheaper than `bench:pages`. Seeds the demo workspace and NAT (500 indicators) once, starts the
// production server (building first when the sources changed), signs in as the secretariat (/sign-in is asked signed out) and
// times PROFILE_REQUESTS (default 20) sequential requests of each path after five warm-up
// requests, printing p50, p90, the server's CPU time per request, all threads and the main thread alone (from /proc: unlike the
// latency, it hardly moves with the load of a shared machine), HTML size and the size of React's
// inline payload.
// PROFILE_CPU=DIR profiles the server's CPU (cpu-profile-hook.mjs) and leaves the profile in DIR
// when it stops (open it in Chrome's DevTools, Performance tab). PROFILE_DATABASE=FILE keeps the seeded
// SQLite database in FILE and reuses it on the next run (no second seed). PROFILE_AS=focal signs in
// as the demo focal point instead of the secretariat. PROFILE_SAVE=DIR writes
// each page's last HTML there, to read what it holds.
import fs from "node:fs";
import path from "node:path";
import { runOnScratchDatabase } from "./run-on-scratch-database";
import { startProductionServer } from "./production-server";

const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 20);
const WARM_UP = 5;
const kept = process.env.PROFILE_DATABASE ? path.resolve(process.env.PROFILE_DATABASE) : null;

/**
 * CPU time (user + system, ms) the server process has used so far; null where /proc is missing.
 * next-server renames its process, so it is found by the PORT in its environment.
 */
function serverCpuMs(port: string): { all: number; main: number } | null {
  if (!fs.existsSync("/proc")) return null;
  const read = (file: string) => {
    try {
      return fs.readFileSync(file, "utf8");
    } catch {
      return "";
    }
  };
  for (const pid of fs.readdirSync("/proc").filter((entry) => /^\d+$/.test(entry))) {
    if (!read(`/proc/${pid}/cmdline`).startsWith("next-server")) continue;
    if (!read(`/proc/${pid}/environ`).split("\0").includes(`PORT=${port}`)) continue;
    // Fields 14 and 15 of /proc/PID/stat, after the parenthesised command name: clock ticks (100 a second).
    const ticks = (file: string) => {
      const fields = read(file).split(") ")[1]!.split(" ");
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
    };
    // The main thread (its id is the process's) is what limits throughput under load: rendering and
    // better-sqlite3's statements run there, while garbage collection and compression spread to others.
    return { all: ticks(`/proc/${pid}/stat`), main: ticks(`/proc/${pid}/task/${pid}/stat`) };
  }
  return null;
}

const round = (value: number) => Math.round(value * 10) / 10;
const nearestRank = (sorted: number[], share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

async function main(): Promise<number> {
  const paths = process.argv.slice(2);
  if (paths.length === 0) throw new Error("Name the pages to time, e.g. /frameworks/NAT/progress");
  const scratch = process.env.DATABASE_URL!.replace(/^file:/, "");
  // A kept database is copied in, so the scratch frame's clean-up never removes it.
  if (kept && fs.existsSync(kept)) fs.copyFileSync(kept, scratch);
  const { db } = await import("@/lib/db");
  const { getAuth } = await import("@/lib/auth/auth");
  const { DEMO_PASSWORD } = await import("@/lib/demo/demo-users");
  if (!kept || !fs.existsSync(kept)) {
    const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
    const { seedScaledFramework } = await import("@/lib/demo/seed-scaled-framework");
    const started = performance.now();
    const { workspaceId } = await seedDemoWorkspace();
    await seedScaledFramework(workspaceId, { indicators: 500, code: "NAT" });
    console.log(`seeded the demo workspace and NAT in ${round((performance.now() - started) / 1000)} s`);
    if (kept) {
      await db.$executeRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
      fs.copyFileSync(scratch, kept);
    }
  }
  const { headers } = await getAuth().api.signInEmail({
    // PROFILE_AS=focal: the entry page needs an institution that leads indicators (MLSP).
    body: { email: `${process.env.PROFILE_AS ?? "secretariat"}@demo.example`, password: DEMO_PASSWORD },
    returnHeaders: true,
  });
  const cookie = headers.get("set-cookie")?.split(";")[0];
  if (!cookie) throw new Error("No session cookie");

  const cpuDirectory = process.env.PROFILE_CPU ? path.resolve(process.env.PROFILE_CPU) : null;
  const server = await startProductionServer(cpuDirectory ? { cpuProfileDir: cpuDirectory } : {});
  try {
    for (const page of paths) {
      const times: number[] = [];
      let body = "";
      let cpuAtStart: ReturnType<typeof serverCpuMs> = null;
      for (let request = 0; request < WARM_UP + REQUESTS; request += 1) {
        if (request === WARM_UP) cpuAtStart = serverCpuMs(new URL(server.baseUrl).port);
        const started = performance.now();
        const response = await fetch(server.baseUrl + page, { headers: page === "/sign-in" ? {} : { cookie }, redirect: "manual" });
        body = await response.text();
        if (response.status !== 200) throw new Error(`${page} answered ${response.status}`);
        if (request >= WARM_UP) times.push(performance.now() - started);
      }
      const cpuAtEnd = serverCpuMs(new URL(server.baseUrl).port);
      const perRequest = (which: "all" | "main") =>
        cpuAtStart !== null && cpuAtEnd !== null ? Math.round((cpuAtEnd[which] - cpuAtStart[which]) / REQUESTS) : "?";
      times.sort((a, b) => a - b);
      if (process.env.PROFILE_SAVE) {
        fs.mkdirSync(process.env.PROFILE_SAVE, { recursive: true });
        fs.writeFileSync(path.join(process.env.PROFILE_SAVE, `${page.replace(/[^a-zA-Z0-9]+/g, "-")}.html`), body);
      }
      const flight = [...body.matchAll(/<script[^>]*>(self\.__next_f\.push\([\s\S]*?)<\/script>/g)];
      const payloadKb = flight.reduce((total, match) => total + Buffer.byteLength(match[1]!), 0) / 1024;
      console.log(
        `${page.padEnd(44)} p50 ${String(Math.round(nearestRank(times, 0.5))).padStart(5)} ms  p90 ${String(Math.round(nearestRank(times, 0.9))).padStart(5)} ms  CPU ${String(perRequest("all")).padStart(4)} ms (main thread ${String(perRequest("main")).padStart(3)})  ${String(round(Buffer.byteLength(body) / 1024)).padStart(6)} KB (React payload ${round(payloadKb)} KB)`,
      );
    }
  } finally {
    await server.stop();
  }
  await db.$disconnect();
  return 0;
}

runOnScratchDatabase(main);
