// `npm run import:open-sdg -- <folder-or-zip> [--framework CODE] [--name "..."] [--workspace slug] [--dry-run] [--partial] [--period-rule first|last] [--report report.json]`
// Imports an Open SDG data set (data/indicator_*.csv, meta/*.md, meta/<lang>/*.md) into a
// framework of the workspace, as the secretariat would; the audit log names "system:command-line".
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { commandLineAccess } from "@/lib/auth/command-line-access";
import { migrateDatabase } from "@/lib/database/migrate-database";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import type { OpenSdgImportReport } from "@/lib/open-sdg/open-sdg-report";
import { readOpenSdgFolder, readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { DEFAULT_OPEN_SDG_FRAMEWORK_CODE } from "@/lib/open-sdg/start-open-sdg-import";

const USAGE =
  'Usage: npm run import:open-sdg -- <folder-or-zip> [--framework CODE] [--name "Framework name"] [--workspace slug] [--dry-run]\n' +
  "         [--partial] (import what can be imported; list what is left out) [--period-rule first|last] (the year of 2014/2015; last by default)\n" +
  "         [--report report.json]";

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      framework: { type: "string", default: DEFAULT_OPEN_SDG_FRAMEWORK_CODE },
      name: { type: "string" },
      workspace: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      partial: { type: "boolean", default: false },
      "period-rule": { type: "string", default: "last" },
      report: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const location = positionals[0]!;
  if (!fs.existsSync(location)) {
    console.error(`Nothing at ${location}`);
    return 2;
  }

  await migrateDatabase();
  const started = Date.now();
  let lastLine = "";
  try {
    const source = fs.statSync(location).isDirectory() ? readOpenSdgFolder(location) : readOpenSdgZip(fs.readFileSync(location));
    const access = await commandLineAccess("SECRETARIAT", values.workspace);
    console.log(
      `Importing ${location} into ${values.framework} of "${access.workspace.name}"${values["dry-run"] ? " (dry run: nothing is written)" : ""}`,
    );
    const report = await importOpenSdg(
      access,
      source,
      {
        frameworkCode: values.framework,
        frameworkName: values.name,
        dryRun: values["dry-run"],
        partial: values.partial,
        // Checked by the operation's schema, which names the values it accepts.
        periodRule: values["period-rule"] as "first" | "last",
        sourceName: path.basename(path.resolve(location)),
      },
      (fraction, stage) => {
        // One line per stage and per tenth (counts in parentheses aside), so that a log stays readable.
        const line = `  ${String(Math.floor(fraction * 10) * 10).padStart(3)} %  ${stage.english.replace(/\s*\(.*\)$/, "")}`;
        if (line !== lastLine) console.log(`${line}  (${((Date.now() - started) / 1000).toFixed(1)} s)`);
        lastLine = line;
      },
    );
    printSummary(report, Date.now() - started);
    if (values.report) writeReport(values.report, report);
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    console.error(error.message);
    for (const { file, row, field, message } of error.problems) {
      const where = file ? `${file}${row ? `:${row}` : ""}${field ? ` (${field})` : ""}` : (field ?? "input");
      console.error(`  ${where}: ${message}`);
    }
    if (values.report) writeReport(values.report, { error: error.message, ...error.details });
    return 1;
  }
}

function printSummary(report: OpenSdgImportReport, elapsedMs: number) {
  const { values, indicators } = report;
  const lines = [
    "",
    `${report.dryRun ? "Checked" : "Imported"} in ${(elapsedMs / 1000).toFixed(1)} s${report.frameworkCreated ? ` (framework ${report.frameworkCode} ${report.dryRun ? "would be " : ""}created)` : ""}`,
    `  Files:        ${report.files.indicatorFiles} indicator files, ${report.files.metadataFiles} metadata files; languages ${report.languages.join(", ") || "none"}`,
    ...report.files.skipped.map((skipped) => `  Skipped:      ${skipped.file}: ${skipped.reason}`),
    `  Rows:         ${report.rows} = ${values.created + values.updated} imported + ${values.unchanged} unchanged + ${values.repeated} repeated + ${values.locked} locked + ${values.blank} blank + ${report.refused.rows} refused`,
    ...(report.periods.mapped > 0
      ? [`  Periods:      ${report.periods.mapped} values of two-year periods (2014/2015) stored under their ${report.periods.rule} year`]
      : []),
    `  Values:       ${values.total} in the files = ${values.stored} stored + ${values.repeated} repeated (not stored); ${values.blank} blank cells left missing`,
    `  Stored:       ${values.created} created, ${values.updated} updated, ${values.unchanged} unchanged; ${values.notInSource} in the tracker but not in the files (kept)`,
    `  Indicators:   ${indicators.total} (${indicators.created} created, ${indicators.updated} updated); without metadata: ${indicators.withoutMetadata.join(", ") || "none"}`,
    `  Dimensions:   ${report.dimensions.used} used, ${report.dimensions.created.length} created, ${report.dimensions.membersCreated} members created`,
  ];
  if (report.refused.rows > 0 || report.refused.files.length > 0) {
    const reasons = Object.entries(report.refused.byReason).map(([reason, rows]) => `${reason}: ${rows}`);
    lines.push(`  Left out (partial import): ${report.refused.rows} rows${reasons.length > 0 ? ` (${reasons.join(", ")})` : ""}`);
    for (const file of report.refused.files) lines.push(`    ${file.file} (${file.rows} rows): ${file.message}`);
    for (const problem of report.refused.problems) lines.push(`    ${problem.file}:${problem.row}: ${problem.message}`);
  }
  if (report.repeated.length > 0) {
    lines.push(`  Repeated observations (the first is kept):`);
    for (const repeat of report.repeated) {
      const breakdown =
        Object.entries(repeat.disaggregation)
          .map(([column, cell]) => `${column}=${cell}`)
          .join(", ") || "headline";
      lines.push(
        `    ${repeat.file}:${repeat.line} repeats line ${repeat.firstLine} (${repeat.year}, ${breakdown}): ${repeat.value}${repeat.differs ? ` differs from ${repeat.firstValue}` : " same value"}`,
      );
    }
  }
  if (report.warnings.length > 0) {
    lines.push(`  Warnings:`);
    for (const warning of report.warnings) lines.push(`    ${warning.file}${warning.line ? `:${warning.line}` : ""}: ${warning.message}`);
  }
  console.log(lines.join("\n"));
}

function writeReport(file: string, content: unknown) {
  fs.writeFileSync(file, JSON.stringify(content, null, 2) + "\n");
  console.log(`The full report is in ${file}`);
}

main()
  .then(async (code) => {
    await db.$disconnect();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
