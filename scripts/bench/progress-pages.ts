// `npm run bench:progress`: the data of the framework overview (progress) and compare pages
// for a 65-indicator matrix with 10 years of values and their breakdowns must load in a
// bounded number of queries (the same as for a tiny framework) and be computed in one pass,
// well under the page budget. Runs on a scratch SQLite file; exits 1 if a target is missed.
import { runOnScratchDatabase } from "./run-on-scratch-database";

/** Milliseconds for loading and computing a whole page's data (median of the runs). */
const TARGET_MS = 400;
const MAX_QUERIES = 12;
const RUNS = 7;

async function main(): Promise<number> {
  const { db, countQueries } = await import("@/lib/db");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const { installFramework } = await import("@/lib/frameworks/install-framework");
  const { DEMO_MATRIX } = await import("@/lib/demo/demo-matrix");
  const { DEMO_INSTITUTIONS } = await import("@/lib/demo/demo-institutions");
  const { generateDemoValues } = await import("@/lib/demo/generate-demo-values");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { getFrameworkProgress } = await import("@/lib/progress/get-framework-progress");
  const { compareYears } = await import("@/lib/progress/compare-years");

  const actor = systemActor("benchmark");
  const years = [2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025];
  const tiny = structuredClone(DEMO_MATRIX);
  tiny.code = "TINY";
  tiny.areas = tiny.areas.slice(0, 1).map((area) => ({ ...area, indicators: area.indicators?.slice(0, 2) }));
  const workspaceId = await db.$transaction(async (tx) => {
    const { workspaceId } = await createWorkspace(tx, { slug: "bench", name: "Benchmark", institutions: DEMO_INSTITUTIONS, actor });
    await installFramework(tx, { workspaceId, definition: DEMO_MATRIX, actor });
    await installFramework(tx, { workspaceId, definition: tiny, actor });
    return workspaceId;
  });
  const indicators = await db.indicator.findMany({
    where: { version: { framework: { workspaceId } } },
    select: { id: true, identityId: true, code: true, version: { select: { framework: { select: { code: true } } } } },
  });
  const idOf = new Map(indicators.map((indicator) => [`${indicator.version.framework.code}|${indicator.code}`, indicator]));
  for (const definition of [DEMO_MATRIX, tiny]) {
    const values = generateDemoValues(definition, { years, seed: "benchmark", gapRate: 0.05 });
    // Fixture data, written straight to the table: the benchmark measures reading, not saving.
    await db.indicatorValue.createMany({
      data: values.map((value) => ({
        indicatorId: idOf.get(`${definition.code}|${value.indicatorCode}`)!.id,
        identityId: idOf.get(`${definition.code}|${value.indicatorCode}`)!.identityId,
        year: value.year,
        disaggregation: value.disaggregation,
        number: value.number,
        levelCode: value.levelCode,
        text: value.text,
        status: "APPROVED",
      })),
    });
  }
  const valueCount = await db.indicatorValue.count({ where: { indicator: { version: { framework: { code: DEMO_MATRIX.code } } } } });
  const breakdowns = await db.indicatorValue.count({
    where: { disaggregation: { not: "" }, indicator: { version: { framework: { code: DEMO_MATRIX.code } } } },
  });
  const user = await db.user.create({
    data: { email: "wg@bench.example", name: "Working group", memberships: { create: { workspaceId, role: "WORKING_GROUP" } } },
  });
  const access = (await loadAccessContext(user.id, { via: "session" }))!;

  const pages: Record<string, (code: string) => Promise<unknown>> = {
    overview: (code: string) => getFrameworkProgress(access, code),
    compare: async (code: string) => {
      const progress = await getFrameworkProgress(access, code);
      return compareYears(progress, [2018, 2024]);
    },
    "overview, with provisional values": (code: string) => getFrameworkProgress(access, code, { includeProvisional: true }),
  };
  console.log(`${DEMO_MATRIX.code}: 65 indicators, ${years.length} years, ${valueCount} values of which ${breakdowns} breakdowns`);
  let failed = false;
  for (const [name, load] of Object.entries(pages)) {
    const small = await countQueries(() => load(tiny.code));
    const timings: number[] = [];
    let queries = 0;
    for (let run = 0; run < RUNS; run += 1) {
      const started = performance.now();
      queries = (await countQueries(() => load(DEMO_MATRIX.code))).queries;
      timings.push(performance.now() - started);
    }
    timings.sort((a, b) => a - b);
    const median = timings[Math.floor(RUNS / 2)]!;
    const ok = median < TARGET_MS && queries <= MAX_QUERIES && queries === small.queries;
    failed ||= !ok;
    console.log(
      `${name}: median ${median.toFixed(0)} ms (fastest ${timings[0]!.toFixed(0)}, slowest ${timings.at(-1)!.toFixed(0)}), ${queries} queries (tiny framework: ${small.queries}) ${ok ? "OK" : "MISSED"}`,
    );
  }
  console.log(`targets: under ${TARGET_MS} ms and at most ${MAX_QUERIES} queries, whatever the size -> ${failed ? "MISSED" : "met"}`);
  await db.$disconnect();
  return failed ? 1 : 0;
}

runOnScratchDatabase(main);
