// `npm run bench`: saving a whole 65-indicator entry form (every total and breakdown row of
// the demo matrix, for one institution) must be one transaction and take well under a second
// on the embedded database. Runs on a scratch SQLite file; exits 1 if the target is missed.
import { runOnScratchDatabase } from "./run-on-scratch-database";

const TARGET_MS = 1000;
const RUNS = 5;

async function main(): Promise<number> {
  const { db, onQuery } = await import("@/lib/db");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const { installFramework } = await import("@/lib/frameworks/install-framework");
  const { DEMO_MATRIX } = await import("@/lib/demo/demo-matrix");
  const { DEMO_INSTITUTIONS } = await import("@/lib/demo/demo-institutions");
  const { flattenIndicators, generateDemoValues } = await import("@/lib/demo/generate-demo-values");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { openCycle } = await import("@/lib/cycles/open-cycle");
  const { saveCycleValues } = await import("@/lib/monitoring/save-cycle-values");
  const { formatDisaggregationKey } = await import("@/lib/indicators/disaggregation");

  // The demo matrix with every indicator led by one institution: the largest possible form.
  const matrix = structuredClone(DEMO_MATRIX);
  for (const indicator of flattenIndicators(matrix.areas)) {
    indicator.leadInstitution = "MLSP";
    indicator.contributors = [];
  }
  const actor = systemActor("benchmark");
  const workspaceId = await db.$transaction(async (tx) => {
    const { workspaceId } = await createWorkspace(tx, { slug: "bench", name: "Benchmark", institutions: DEMO_INSTITUTIONS, actor });
    await installFramework(tx, { workspaceId, definition: matrix, actor });
    return workspaceId;
  });
  const institution = await db.institution.findFirstOrThrow({ where: { workspaceId, code: "MLSP" } });
  const makeMember = async (email: string, role: "FOCAL_POINT" | "SECRETARIAT") => {
    const user = await db.user.create({
      data: {
        email,
        name: email,
        memberships: { create: { workspaceId, role, institutionId: role === "FOCAL_POINT" ? institution.id : null } },
      },
    });
    return (await loadAccessContext(user.id, { via: "session" }))!;
  };
  const focal = await makeMember("focal@bench.example", "FOCAL_POINT");
  const secretariat = await makeMember("secretariat@bench.example", "SECRETARIAT");

  const years = [2026, 2027, 2028, 2029, 2030, 2031];
  const generated = generateDemoValues(matrix, { years, seed: "benchmark", gapRate: 0 });
  const indicatorCount = flattenIndicators(matrix.areas).length;
  let failed = false;

  for (const [run, year] of years.slice(0, RUNS).entries()) {
    await openCycle(secretariat, { frameworkCode: matrix.code, year });
    const rows = generated
      .filter((value) => value.year === year)
      .map((value) => ({
        indicator: value.indicatorCode,
        disaggregation: value.disaggregation || null,
        value: value.number ?? value.levelCode ?? value.text,
        comment: value.comment,
        source: value.source,
      }));
    let transactions = 0;
    const stop = onQuery(({ sql }) => {
      if (sql === "BEGIN") transactions += 1;
    });
    const started = performance.now();
    const result = await saveCycleValues(focal, { frameworkCode: matrix.code, year }, rows);
    const elapsed = performance.now() - started;
    stop();
    const ok = elapsed < TARGET_MS && transactions === 1 && result.created === rows.length;
    failed ||= !ok;
    console.log(
      `run ${run + 1}: ${indicatorCount} indicators, ${rows.length} rows (totals and breakdowns) saved in ${elapsed.toFixed(0)} ms, ${transactions} transaction${transactions === 1 ? "" : "s"} ${ok ? "OK" : "TOO SLOW OR NOT ONE TRANSACTION"}`,
    );
  }
  // Saving the same form again with every value changed: updates, each guarded by its version.
  const lastYear = years[RUNS - 1]!;
  const current = await db.indicatorValue.findMany({
    where: { year: lastYear },
    select: {
      disaggregation: true,
      number: true,
      levelCode: true,
      text: true,
      version: true,
      indicator: { select: { code: true, valueType: true, levels: { select: { code: true } } } },
    },
  });
  const changed = current.map((value) => ({
    indicator: value.indicator.code,
    disaggregation: value.disaggregation || null,
    value:
      value.number !== null
        ? value.number + (value.indicator.valueType === "PERCENTAGE" && value.number >= 99 ? -1 : 1)
        : value.levelCode !== null
          ? value.indicator.levels.find((level) => level.code !== value.levelCode)!.code
          : `${value.text} (revised)`,
    version: value.version,
  }));
  let updateTransactions = 0;
  const stopUpdates = onQuery(({ sql }) => {
    if (sql === "BEGIN") updateTransactions += 1;
  });
  const updateStarted = performance.now();
  const updated = await saveCycleValues(focal, { frameworkCode: matrix.code, year: lastYear }, changed);
  const updateElapsed = performance.now() - updateStarted;
  stopUpdates();
  const updateOk = updateElapsed < TARGET_MS && updateTransactions === 1 && updated.updated === changed.length;
  failed ||= !updateOk;
  console.log(
    `update: ${changed.length} changed rows saved in ${updateElapsed.toFixed(0)} ms, ${updateTransactions} transaction(s) ${updateOk ? "OK" : "TOO SLOW OR NOT ONE TRANSACTION"}`,
  );

  // Sanity check that breakdowns were part of the form.
  const breakdowns = await db.indicatorValue.count({ where: { disaggregation: formatDisaggregationKey({ SEX: "F" }) } });
  console.log(`breakdown rows by sex stored: ${breakdowns}`);
  console.log(`target: under ${TARGET_MS} ms in one transaction -> ${failed ? "MISSED" : "met"}`);
  await db.$disconnect();
  return failed ? 1 : 0;
}

runOnScratchDatabase(main);
