// `npm run export -- --framework DMD --format pdf [--year 2024] [--from 2016] [--to 2024]
//   [--provisional] [--dataset values|scores] [--workspace slug] [--out file]`
// Exports a framework from the command line, as the interface and the API do, printing its
// progress. Acts as the secretariat of the workspace (system:command-line in the audit log).
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { commandLineAccess } from "@/lib/auth/command-line-access";
import { migrateDatabase } from "@/lib/database/migrate-database";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { exportFramework } from "@/lib/exports/export-framework";
import { EXPORT_FORMATS } from "@/lib/exports/export-formats";
import { frameworkExportParamsSchema } from "@/lib/jobs/job-kinds";

const USAGE = `Usage: npm run export -- --framework CODE --format ${EXPORT_FORMATS.join("|")} [--year YYYY] [--from YYYY] [--to YYYY] [--provisional] [--dataset values|scores] [--workspace slug] [--out file]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      framework: { type: "string" },
      format: { type: "string" },
      year: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      provisional: { type: "boolean", default: false },
      dataset: { type: "string" },
      workspace: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help || !values.framework || !values.format) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const asYear = (text: string | undefined) => (text === undefined ? undefined : Number(text));
  const parsed = frameworkExportParamsSchema.safeParse({
    frameworkCode: values.framework,
    format: values.format,
    year: asYear(values.year),
    from: asYear(values.from),
    to: asYear(values.to),
    includeProvisional: values.provisional,
    dataset: values.dataset,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".") || "options"}: ${issue.message}`);
    console.error(USAGE);
    return 2;
  }
  await migrateDatabase();
  try {
    const access = await commandLineAccess("SECRETARIAT", values.workspace);
    const started = Date.now();
    const file = await exportFramework(access, parsed.data, (fraction, stage) =>
      console.log(`${String(Math.round(fraction * 100)).padStart(3)} %  ${stage}`),
    );
    const target = path.resolve(values.out ?? file.fileName);
    fs.writeFileSync(target, file.bytes);
    console.log(`Wrote ${target} (${Math.round(file.bytes.byteLength / 1024)} KB) in ${Date.now() - started} ms`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
