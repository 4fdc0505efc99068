// `npm run check:two-servers` (issue 12): two production servers on one PostgreSQL, checked
// from outside through the public API, as a deployment runs them (decisions 026, 027):
//   1. 50 writers spread over both servers save values of their own institutions for 60 s
//      (WRITERS_SECONDS to shorten): every acknowledged write is in the database with exactly
//      one audit event; latency p50/p95.
//   0. One person's 8 exports sent to both servers at once: 3 queued, 5 refused with 429 (the
//      per-person job cap of decision 027).
//   2. Two people save the same value with the same expected version, one through each server:
//      one wins and the other gets 409, 100 times out of 100.
//   3. An export started on server A is followed and downloaded on server B.
//   4. The server running a job is SIGKILLed; the other server takes the job up within a minute
//      (the heartbeat rule) and ends it (killed_job_recovered_ms, killed_job_ended_ms).
// PostgreSQL: TEST_POSTGRES_URL (a superuser URL; a scratch database is created and dropped),
// else a throwaway cluster (scripts/throwaway-postgres.mjs). The servers use the existing
// production build; without one (or with --rebuild) it runs `next build` once first.
// Ports 3301 and 3302 (TWO_SERVERS_PORTS=a,b to change). A scripted check, not a timed test:
// it prints each result, exits 1 when a point fails, and ends with one JSON line.
import { randomUUID } from "node:crypto";
import { Client } from "pg";
import { startThrowawayPostgres } from "../throwaway-postgres.mjs";
import { runCrossServerExport, runKilledServerJob } from "./two-servers/jobs";
import { runJobCapRace, runRaces } from "./two-servers/races";
import { seedTwoServers } from "./two-servers/seed";
import { ensureProductionBuild, errorLines, startServer, stopServer, type Server } from "./two-servers/servers";
import { runWriters, verifyWrites } from "./two-servers/writers";

const WRITERS = 50;
const RACES = 100;
const RECOVERY_TARGET_MS = 60_000;

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

function report(label: string, ok: boolean, detail: string): boolean {
  console.log(`${ok ? "PASS" : "FAIL"} ${label}: ${detail}`);
  return ok;
}

async function check(servers: [Server, Server]): Promise<{ ok: boolean; figures: Record<string, number> }> {
  const { migrateDatabase } = await import("@/lib/database/migrate-database");
  await migrateDatabase();
  const seeded = await seedTwoServers(WRITERS);
  console.log(`Seeded ${WRITERS} institutions with their focal points and tokens, and an open cycle`);
  let ok = true;

  // First, so that its 3 small exports have run before the export checks need the runners.
  const cap = await runJobCapRace(servers, seeded);
  ok = report("job cap", cap.held, `8 exports of one person at once on both servers: ${cap.statuses}; ${cap.queued} queued`) && ok;

  const seconds = Number(process.env.WRITERS_SECONDS ?? 60);
  console.log(`1. ${WRITERS} writers over both servers for ${seconds} s…`);
  const writes = await verifyWrites(seeded, await runWriters(servers, seeded, seconds));
  ok =
    report(
      "writers",
      writes.acknowledged_writes > 0 && writes.missing_writes === 0 && writes.audit_mismatches === 0,
      `${writes.requests} requests (${writes.statuses}), ${writes.acknowledged_writes} acknowledged, ${writes.missing_writes} missing, ` +
        `${writes.audit_mismatches} without exactly one audit event, ${writes.unacknowledged_but_saved} saved without an answer; ` +
        `p50 ${writes.writers_p50_ms} ms, p95 ${writes.writers_p95_ms} ms, max ${writes.writers_max_ms} ms`,
    ) && ok;

  console.log(`2. ${RACES} races of two writers on one value, one through each server…`);
  const races = await runRaces(servers, seeded, RACES);
  ok =
    report(
      "races",
      races.races_one_winner === RACES,
      `${races.races_one_winner} of ${RACES} with one winner and one 409 (${races.statuses})`,
    ) && ok;

  console.log("3. An export started on server A, downloaded from server B…");
  const exported = await runCrossServerExport(servers, seeded.exporter);
  ok =
    report(
      "export across servers",
      exported.ok,
      `${exported.detail}, ${exported.bytes} bytes, ${exported.jobMs} ms from start to download`,
    ) && ok;

  console.log("4. The server running a job is killed with SIGKILL…");
  const killed = await runKilledServerJob(servers, seeded.killedJobOwner);
  ok =
    report(
      "killed server's job",
      killed.ok && killed.reclaimedMs <= RECOVERY_TARGET_MS,
      `${killed.detail}; taken up ${killed.reclaimedMs} ms (target ${RECOVERY_TARGET_MS} ms) and ended ${killed.endedMs} ms after the kill`,
    ) && ok;

  const figures = {
    writers: writes.writers,
    requests: writes.requests,
    acknowledged_writes: writes.acknowledged_writes,
    missing_writes: writes.missing_writes,
    audit_mismatches: writes.audit_mismatches,
    writers_p50_ms: writes.writers_p50_ms,
    writers_p95_ms: writes.writers_p95_ms,
    writers_max_ms: writes.writers_max_ms,
    races: races.races,
    races_one_winner: races.races_one_winner,
    job_cap_held: cap.held ? 1 : 0,
    export_cross_server_ok: exported.ok ? 1 : 0,
    export_ms: exported.jobMs,
    killed_job_recovered: killed.ok ? 1 : 0,
    killed_job_recovered_ms: killed.reclaimedMs,
    killed_job_ended_ms: killed.endedMs,
  };
  return { ok, figures };
}

async function main(): Promise<number> {
  ensureProductionBuild(process.argv.includes("--rebuild"));
  const cluster = process.env.TEST_POSTGRES_URL ? null : await startThrowawayPostgres();
  const serverUrl = process.env.TEST_POSTGRES_URL ?? cluster!.url;
  const database = `capacitas_two_servers_${randomUUID().slice(0, 8)}`;
  await onServer(serverUrl, `CREATE DATABASE "${database}"`);
  process.env.DATABASE_URL = databaseUrl(serverUrl, database);
  process.env.BETTER_AUTH_SECRET ??= "two-servers-check-secret-0123456789abcdef";
  const [portA, portB] = (process.env.TWO_SERVERS_PORTS ?? "3301,3302").split(",").map(Number);
  const servers: Server[] = [];
  try {
    // The first applies the migrations while the other waits for its lock (decision 026).
    const started = await Promise.all([startServer("A", portA!, process.env), startServer("B", portB!, process.env)]);
    servers.push(...started);
    console.log(`Servers A (${started[0].baseUrl}) and B (${started[1].baseUrl}) on ${database}`);
    const { ok, figures } = await check([started[0], started[1]]);
    for (const server of servers) {
      const errors = errorLines(server);
      if (errors.length > 0)
        console.log(`Server ${server.name} logged ${errors.length} error lines, first:\n  ${errors.slice(0, 5).join("\n  ")}`);
    }
    console.log(JSON.stringify({ bench: "two-servers", figures }));
    return ok ? 0 : 1;
  } finally {
    await Promise.all(servers.map(stopServer));
    const { db } = await import("@/lib/db");
    await db.$disconnect();
    if (cluster) cluster.stop();
    else await onServer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
