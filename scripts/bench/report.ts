// `npm run bench:report`: the working-group report of the demo matrix for 2024 (65 indicators,
// 2016-2024) must render as a PDF in under 5 seconds, reading included, and its text must be
// extractable (checked with pdftotext when poppler-utils is installed). Word is timed too.
// Runs on a scratch SQLite file with the demo workspace; exits 1 if a target is missed.
import { runOnScratchDatabase, scratchFile } from "./run-on-scratch-database";
import { spawnSync } from "node:child_process";
import fs from "node:fs";

const TARGET_MS = 5000;
const RUNS = 3;

async function main(): Promise<number> {
  const { db } = await import("@/lib/db");
  const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
  const { commandLineAccess } = await import("@/lib/auth/command-line-access");
  const { loadReport } = await import("@/lib/reports/load-report");
  const { renderReportPdf } = await import("@/lib/reports/render-report-pdf");
  const { renderReportDocx } = await import("@/lib/reports/render-report-docx");
  await seedDemoWorkspace();
  const access = await commandLineAccess("WORKING_GROUP");

  let failed = false;
  let pdf: Uint8Array | null = null;
  for (let run = 1; run <= RUNS; run += 1) {
    const started = performance.now();
    const model = await loadReport(access, "DMD", { year: 2024, includeProvisional: false });
    const loaded = performance.now();
    pdf = await renderReportPdf(model);
    const elapsed = performance.now() - started;
    const ok = elapsed < TARGET_MS;
    failed ||= !ok;
    console.log(
      `PDF run ${run}: ${elapsed.toFixed(0)} ms (reading ${(loaded - started).toFixed(0)} ms), ${Math.round(pdf.byteLength / 1024)} KB ${ok ? "OK" : "TOO SLOW"}`,
    );
  }
  const docxStarted = performance.now();
  const docx = await renderReportDocx(await loadReport(access, "DMD", { year: 2024, includeProvisional: false }));
  console.log(`Word: ${(performance.now() - docxStarted).toFixed(0)} ms, ${Math.round(docx.byteLength / 1024)} KB`);

  const file = scratchFile("report.pdf");
  fs.writeFileSync(file, pdf!);
  const text = spawnSync("pdftotext", [file, "-"], { encoding: "utf8" });
  if (text.error) console.log("pdftotext is not installed (apt-get install poppler-utils): text extraction not checked");
  else {
    const sections = ["Contents", "1. Summary", "Indicators off track", "Open points", "Methodology note", "Page 2 of"];
    const missing = sections.filter((section) => !text.stdout.includes(section));
    failed ||= missing.length > 0;
    console.log(
      `pdftotext: ${text.stdout.length} characters; ${missing.length === 0 ? "every section heading found" : `missing: ${missing.join(", ")}`}`,
    );
  }
  console.log(`target: under ${TARGET_MS} ms -> ${failed ? "MISSED" : "met"}`);
  await db.$disconnect();
  return failed ? 1 : 0;
}

runOnScratchDatabase(main);
