// `npm run bench:open-sdg`: on a scratch database, generates an Open SDG data set of 250,000
// values in 100 files (three disaggregation columns, blank cells, and a few bad rows: a
// quarter, a value that is not a number), imports it with "import what can be imported", and
// measures the time and the process's peak memory (import_250k_ms under 60,000,
// import_250k_peak_rss_mb under 400). With OPEN_SDG_FIXTURE set, also imports that folder
// (Moldova's data set) into another framework (open_sdg_import_moldova_ms under 3,000,
// scripts/bench/time-open-sdg-import.ts, the same figure as bench:pages).
// OPEN_SDG_BENCH_VALUES makes the generated data set smaller, for a quick look.
import { runOnScratchDatabase } from "./run-on-scratch-database";
import { OPEN_SDG_IMPORT_TARGET_MS, timeOpenSdgImport } from "./time-open-sdg-import";

const TARGETS = {
  import_250k_ms: 60_000,
  import_250k_peak_rss_mb: 400,
  open_sdg_import_moldova_ms: OPEN_SDG_IMPORT_TARGET_MS,
} as const;
const FILES = 100;
const YEARS = 25;
const SEXES = ["", "Female", "Male", "Other"];
const AGES = ["", "15-24", "25-34", "35-44", "45-54"];
const PLACES = ["", "Urban", "Rural", "Remote", "Capital"];

/** One indicator file: every year × breakdown, values with up to six digits; `bad` adds two refused rows. */
function generateFile(index: number, valuesPerFile: number, bad: boolean): string {
  const lines = ["Year,Sex,Age group,Location,Value"];
  let count = 0;
  outer: for (let year = 2000; year < 2000 + YEARS; year += 1)
    for (const sex of SEXES)
      for (const age of AGES)
        for (const place of PLACES) {
          if (count >= valuesPerFile) break outer;
          count += 1;
          lines.push(`${year},${sex},${age},${place},${((index * 7919 + count * 104729) % 1_000_000) / 100}`);
        }
  if (bad) lines.push("2015 Q4,,,,1", "2016,,,,n/a");
  return lines.join("\n") + "\n";
}

/**
 * The process's state as the stage log prints it: CPU time used so far (on a shared machine the
 * wall time mostly measures the load), resident set and JavaScript heap in MB.
 */
function memoryNow(): string {
  const { rss, heapUsed } = process.memoryUsage();
  const { user, system } = process.cpuUsage();
  const cpu = Math.round((user + system) / 1000);
  return `(cpu ${cpu} ms, rss ${Math.round(rss / 1024 / 1024)} MB, heap ${Math.round(heapUsed / 1024 / 1024)} MB)`;
}

async function main(): Promise<number> {
  const { db } = await import("@/lib/db");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { importOpenSdg } = await import("@/lib/open-sdg/import-open-sdg");
  const { isAppError } = await import("@/lib/errors");

  const total = Number(process.env.OPEN_SDG_BENCH_VALUES ?? 250_000);
  const valuesPerFile = Math.ceil(total / FILES);
  const isFullSize = total >= 250_000;
  const actor = systemActor("benchmark");
  const workspaceId = await db.$transaction(
    async (tx) => (await createWorkspace(tx, { slug: "bench", name: "Benchmark", institutions: [], actor })).workspaceId,
  );
  const user = await db.user.create({
    data: { email: "secretariat@bench.example", name: "Secretariat", memberships: { create: { workspaceId, role: "SECRETARIAT" } } },
  });
  const access = (await loadAccessContext(user.id, { via: "session" }))!;

  const files = Array.from({ length: FILES }, (_, index) => ({
    path: `data/indicator_${Math.floor(index / 10) + 1}-${(index % 10) + 1}-1.csv`,
    text: generateFile(index, valuesPerFile, index % 40 === 0),
  }));
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const started = performance.now();
  let lastStage = "";
  // A refused import (one that runs out of time) is a result too: it is reported and misses the target.
  const report = await importOpenSdg(
    access,
    { files },
    { frameworkCode: "BENCH", sourceName: "bench", dryRun: false, partial: true },
    (fraction, stage) => {
      const label = stage.english.replace(/\s*\(.*\)$/, "");
      if (label !== lastStage && process.env.OPEN_SDG_BENCH_STAGES)
        console.log(`  ${Math.round(performance.now() - started)} ms ${label} ${memoryNow()}`);
      lastStage = label;
    },
  ).catch((error: unknown) => {
    if (!isAppError(error)) throw error;
    console.log(`The import was refused: ${error.message}`);
    return null;
  });
  const importMs = Math.round(performance.now() - started);
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  if (report) {
    const { values, refused } = report;
    console.log(
      `${report.rows} rows: ${values.created} created, ${values.blank} blank, ${refused.rows} refused (${JSON.stringify(refused.byReason)}) in ${importMs} ms; peak RSS ${Math.round(peakRss / 1024 / 1024)} MB`,
    );
  }
  const figures: Record<string, number> = {
    import_250k_ms: report ? importMs : Number.POSITIVE_INFINITY,
    import_250k_peak_rss_mb: Math.round(peakRss / 1024 / 1024),
  };

  if (process.env.OPEN_SDG_FIXTURE) {
    const moldova = await timeOpenSdgImport(access, process.env.OPEN_SDG_FIXTURE);
    figures.open_sdg_import_moldova_ms = moldova.ms;
    console.log(`Moldova: ${moldova.valuesCreated} values created in ${moldova.ms} ms`);
  }

  const missed = Object.entries(figures).filter(([key, figure]) => figure >= TARGETS[key as keyof typeof TARGETS]);
  console.log(
    `targets: ${Object.entries(TARGETS)
      .map(([key, target]) => `${key} < ${target}`)
      .join(
        ", ",
      )} -> ${isFullSize ? "" : "NOT JUDGED (a smaller data set); "}${missed.length === 0 ? "met" : `MISSED ${missed.map(([key]) => key).join(", ")}`}`,
  );
  await db.$disconnect();
  console.log(JSON.stringify({ bench: "open-sdg", figures }));
  return missed.length === 0 && isFullSize ? 0 : 1;
}

runOnScratchDatabase(main);
