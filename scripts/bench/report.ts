// `npm run bench:report`: the working-group report for 2024, as PDF and Word, of the 65-indicator
// demo matrix (under 1.5 s each) and of a 500-indicator framework (NAT, seeded as bench:pages
// seeds it; under 8 s each), reading included (issue 16). The PDF's text must be extractable
// (checked with pdftotext when poppler-utils is installed). Runs on a scratch SQLite file; the
// last line is the JSON of DEVELOPERS.md; exits 1 if a target is missed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { runOnScratchDatabase, scratchFile } from "./run-on-scratch-database";
import { missedReportTargets, timeReports } from "./time-reports";

async function main(): Promise<number> {
  const { db } = await import("@/lib/db");
  const { seedDemoWorkspace } = await import("@/lib/demo/seed-demo-workspace");
  const { seedScaledFramework } = await import("@/lib/demo/seed-scaled-framework");
  const { commandLineAccess } = await import("@/lib/auth/command-line-access");
  const seeding = performance.now();
  const { workspaceId } = await seedDemoWorkspace();
  const scaled = await seedScaledFramework(workspaceId, { indicators: 500, code: "NAT" });
  console.log(
    `seeded the demo workspace and NAT (500 indicators, ${scaled.values} values) in ${Math.round(performance.now() - seeding)} ms`,
  );
  const access = await commandLineAccess("WORKING_GROUP");

  const { figures, lastPdf } = await timeReports(access, { indicators65: "DMD", indicators500: "NAT" });
  const missed: string[] = missedReportTargets(figures);

  const file = scratchFile("report.pdf");
  fs.writeFileSync(file, lastPdf);
  const text = spawnSync("pdftotext", [file, "-"], { encoding: "utf8" });
  if (text.error) console.log("pdftotext is not installed (apt-get install poppler-utils): text extraction not checked");
  else {
    const sections = ["Contents", "1. Summary", "Indicators off track", "Open points", "Methodology note", "Page 2 of"];
    const absent = sections.filter((section) => !text.stdout.includes(section));
    if (absent.length > 0) missed.push("pdf_text");
    console.log(
      `pdftotext: ${text.stdout.length} characters; ${absent.length === 0 ? "every section heading found" : `missing: ${absent.join(", ")}`}`,
    );
  }
  console.log(`targets: 65 indicators under 1500 ms, 500 under 8000 ms -> ${missed.length === 0 ? "met" : `MISSED ${missed.join(", ")}`}`);
  await db.$disconnect();
  console.log(JSON.stringify({ bench: "report", figures }));
  return missed.length === 0 ? 0 : 1;
}

runOnScratchDatabase(main);
