// `npm run check:writers-during-import` (issue 18): while an Open SDG import three times the
// size of Moldova's (about 23,000 values in 100 files) runs from the command line beside the
// "server", 20 writers keep saving values of their own indicators, as focal points would. The
// writers run in this process, as the server's requests do, and the import in another process on
// the same SQLite file, as `npm run import:open-sdg` beside a running server does.
// Prints the writers' latency (target: p95 under 1 s) and the requests left without an answer
// (target: none; a "database is busy" 503 is an answer). A scripted check, not a timed test.
// OPEN_SDG_CHECK_VALUES changes the size of the import.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { runOnScratchDatabase, scratchFile } from "../bench/run-on-scratch-database";

const WRITERS = 20;
const TARGET_P95_MS = 1000;
const UNANSWERED_AFTER_MS = 30_000;
const MOLDOVA_VALUES = 7_739;

/** One indicator file of the import: years × breakdowns, plain numbers. */
function importFile(index: number, values: number): string {
  const lines = ["Year,Sex,Location,Value"];
  let count = 0;
  for (let year = 2000; count < values; year += 1)
    for (const sex of ["", "Female", "Male"])
      for (const place of ["", "Urban", "Rural"]) {
        if (count >= values) break;
        count += 1;
        lines.push(`${year},${sex},${place},${(index * 31 + count * 7) % 10_000}`);
      }
  return lines.join("\n") + "\n";
}

function percentile(sorted: number[], fraction: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

async function main(): Promise<number> {
  const { db } = await import("@/lib/db");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const { installFramework } = await import("@/lib/frameworks/install-framework");
  const { DEMO_MATRIX } = await import("@/lib/demo/demo-matrix");
  const { DEMO_INSTITUTIONS } = await import("@/lib/demo/demo-institutions");
  const { flattenIndicators } = await import("@/lib/demo/generate-demo-values");
  const { createMember } = await import("./members");
  const { openCycle } = await import("@/lib/cycles/open-cycle");
  const { saveCycleValues } = await import("@/lib/monitoring/save-cycle-values");
  const { isAppError } = await import("@/lib/errors");

  const actor = systemActor("check");
  const workspaceId = await db.$transaction(async (tx) => {
    const { workspaceId } = await createWorkspace(tx, { slug: "check", name: "Check", institutions: DEMO_INSTITUTIONS, actor });
    await installFramework(tx, { workspaceId, definition: DEMO_MATRIX, actor });
    return workspaceId;
  });
  const secretariat = await createMember(workspaceId, "secretariat@check.example", "SECRETARIAT", null);
  const year = 2030;
  await openCycle(secretariat, { frameworkCode: DEMO_MATRIX.code, year });
  // Each writer is the focal point of one numeric indicator's lead institution and saves that indicator.
  const numeric = flattenIndicators(DEMO_MATRIX.areas).filter((indicator) => indicator.valueType === "NUMBER" && indicator.leadInstitution);
  const writers = await Promise.all(
    Array.from({ length: WRITERS }, async (_, index) => {
      const indicator = numeric[index % numeric.length]!;
      const access = await createMember(workspaceId, `focal-${index}@check.example`, "FOCAL_POINT", indicator.leadInstitution!);
      return { access, indicator: indicator.code };
    }),
  );

  const total = Number(process.env.OPEN_SDG_CHECK_VALUES ?? 3 * MOLDOVA_VALUES);
  const folder = scratchFile("open-sdg");
  fs.mkdirSync(path.join(folder, "data"), { recursive: true });
  for (let index = 0; index < 100; index += 1) {
    fs.writeFileSync(
      path.join(folder, "data", `indicator_${Math.floor(index / 10) + 1}-${(index % 10) + 1}-1.csv`),
      importFile(index, Math.ceil(total / 100)),
    );
  }

  const importStarted = performance.now();
  const importer = spawn(
    process.execPath,
    [
      "--import",
      "./scripts/server-only-hook.mjs",
      "--import",
      "tsx",
      "scripts/import-open-sdg.ts",
      folder,
      "--framework",
      "BIG",
      "--workspace",
      "check",
    ],
    { env: process.env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let importOutput = "";
  importer.stdout.on("data", (chunk: Buffer) => (importOutput += chunk.toString()));
  importer.stderr.on("data", (chunk: Buffer) => (importOutput += chunk.toString()));
  let importRunning = true;
  const importEnded = new Promise<number>((resolve) =>
    importer.on("exit", (code) => {
      importRunning = false;
      resolve(code ?? 1);
    }),
  );

  const latencies: number[] = [];
  let refusedBusy = 0;
  let failed = 0;
  let unanswered = 0;
  const writeLoop = async (writer: (typeof writers)[number], index: number) => {
    let round = 0;
    while (importRunning) {
      round += 1;
      const started = performance.now();
      const save = saveCycleValues(writer.access, { frameworkCode: DEMO_MATRIX.code, year }, [
        { indicator: writer.indicator, value: String(index * 1000 + round) },
      ]).then(
        () => "saved" as const,
        (error: unknown) => (isAppError(error) && error.code === "UNAVAILABLE" ? ("busy" as const) : ("failed" as const)),
      );
      const outcome = await Promise.race([
        save,
        new Promise<"unanswered">((resolve) => setTimeout(() => resolve("unanswered"), UNANSWERED_AFTER_MS)),
      ]);
      if (outcome === "unanswered") unanswered += 1;
      else latencies.push(performance.now() - started);
      if (outcome === "busy") refusedBusy += 1;
      if (outcome === "failed") failed += 1;
      // A person saves, reads, then saves again: not a tight loop.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const loops = writers.map(writeLoop);
  const importCode = await importEnded;
  const importMs = performance.now() - importStarted;
  await Promise.all(loops);

  const sorted = [...latencies].sort((a, b) => a - b);
  const figures = {
    writers: WRITERS,
    import_values: total,
    import_ms: Math.round(importMs),
    import_exit_code: importCode,
    requests: latencies.length + unanswered,
    writers_p50_ms: Math.round(percentile(sorted, 0.5)),
    writers_p95_ms: Math.round(percentile(sorted, 0.95)),
    writers_max_ms: Math.round(sorted.at(-1) ?? 0),
    refused_busy: refusedBusy,
    failed,
    unanswered,
  };
  if (importCode !== 0) console.log(importOutput.split("\n").slice(-15).join("\n"));
  console.log(
    `${figures.requests} saves by ${WRITERS} writers during an import of ${total} values (${figures.import_ms} ms): ` +
      `p50 ${figures.writers_p50_ms} ms, p95 ${figures.writers_p95_ms} ms (target under ${TARGET_P95_MS}), max ${figures.writers_max_ms} ms; ` +
      `${refusedBusy} answered "busy" (503), ${failed} failed otherwise, ${unanswered} without an answer`,
  );
  console.log(JSON.stringify({ bench: "writers-during-import", figures }));
  return figures.writers_p95_ms < TARGET_P95_MS && unanswered === 0 && failed === 0 && importCode === 0 ? 0 : 1;
}

runOnScratchDatabase(main);
