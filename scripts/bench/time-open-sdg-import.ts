// Moldova's Open SDG import timed one way for every benchmark that reports it (issue 16:
// `open_sdg_import_moldova_ms` under 3,000): the folder named by OPEN_SDG_FIXTURE is read
// into memory first, untimed (an upload's files arrive in memory too), then imported as a new
// framework. Shared by bench:open-sdg and bench:pages, so both print the same figure.
import type { AccessContext } from "@/lib/auth/access-context";

export const OPEN_SDG_IMPORT_TARGET_MS = 3000;

/**
 * Imports the Open SDG folder `folder` into framework `frameworkCode` of `access`'s workspace and
 * returns the wall time in ms with the number of values created. OPEN_SDG_BENCH_STAGES prints
 * each stage as it starts.
 */
export async function timeOpenSdgImport(
  access: AccessContext,
  folder: string,
  frameworkCode = "MOLDOVA",
): Promise<{ ms: number; valuesCreated: number }> {
  const { importOpenSdg } = await import("@/lib/open-sdg/import-open-sdg");
  const { readOpenSdgFolder } = await import("@/lib/open-sdg/read-open-sdg-source");
  const source = readOpenSdgFolder(folder);
  const started = performance.now();
  let lastStage = "";
  const report = await importOpenSdg(
    access,
    source,
    { frameworkCode, sourceName: frameworkCode.toLowerCase(), dryRun: false },
    (_fraction, stage) => {
      const label = stage.english.replace(/\s*\(.*\)$/, "");
      if (label !== lastStage && process.env.OPEN_SDG_BENCH_STAGES) console.log(`  ${Math.round(performance.now() - started)} ms ${label}`);
      lastStage = label;
    },
  );
  return { ms: Math.round(performance.now() - started), valuesCreated: report.values.created };
}
