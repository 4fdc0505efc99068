import "server-only";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Problem } from "@/lib/problems/problem";
import type { z } from "zod";
import { openSdgImportParamsSchema } from "@/lib/jobs/job-kinds";
import { ignoreProgress, progressSlice, type ProgressReporter } from "@/lib/jobs/progress-reporter";
import { loadOpenSdgState } from "./load-open-sdg-state";
import type { OpenSdgImportReport } from "./open-sdg-report";
import { asProblem } from "./open-sdg-refusal";
import { parseOpenSdgSource } from "./parse-open-sdg-source";
import { planOpenSdgImport } from "./plan-open-sdg-import";
import { isDataFilePath, type OpenSdgSource } from "./read-open-sdg-source";
import { writeOpenSdgPlan } from "./write-open-sdg-plan";

/** The most problems an error carries; the message gives the full count. */
const MAX_LISTED_PROBLEMS = 1000;

/** A whole-country data set writes ~8,000 values and as many audit events in one transaction. */
const IMPORT_TIMEOUT_MS = 120_000;

/**
 * Imports an Open SDG data set into a framework of the workspace (created on the first
 * import): goals and targets as areas, one numeric indicator per data file, every value and
 * disaggregation, names in every language of the metadata. All-or-nothing by default: any
 * refused file or row refuses the whole import with every problem by file, line and column;
 * with `partial` ("import what can be imported") they are left out and listed in the report
 * with counts per reason. A re-import updates changed values and adds what is new; it never
 * duplicates. A dry run only reports. Secretariat only.
 */
export async function importOpenSdg(
  access: AccessContext,
  source: OpenSdgSource,
  input: z.input<typeof openSdgImportParamsSchema>,
  progress: ProgressReporter = ignoreProgress,
): Promise<OpenSdgImportReport> {
  requirePermission(access, "frameworks.manage");
  // The job and the command line pass parameters already parsed; parsing again here keeps the
  // operation safe whoever calls it.
  const params = parseOrThrow(openSdgImportParamsSchema, input, "The import's parameters are not valid");
  if (![...source.files.map((file) => file.path), ...(source.refused ?? []).map((file) => file.file)].some(isDataFilePath)) {
    throw new AppError("BAD_REQUEST", "The data set holds no data/indicator_*.csv file and no SDMX-ML file");
  }

  const parsed = await parseOpenSdgSource(source, progressSlice(progress, 0, 0.35), params.periodRule);
  if (parsed.problems.length > 0 && !params.partial) throw refused(parsed.problems.map(asProblem));
  const workspaceId = access.workspace.id;

  if (params.dryRun) {
    progress(0.4, "Comparing with the tracker");
    const plan = planOpenSdgImport(parsed, await loadOpenSdgState(db, workspaceId, params.frameworkCode), params);
    if (plan.problems.length > 0) throw refused(plan.problems);
    progress(1, "Checked");
    return plan.report;
  }

  progress(0.35, "Waiting for the database");
  const actor = actorOf(access);
  const report = await runMutation(
    actor,
    async (tx, audit) => {
      // Planned inside the transaction, which holds the write lock: exact, whatever changed meanwhile.
      progress(0.4, "Comparing with the tracker");
      const state = await loadOpenSdgState(tx, workspaceId, params.frameworkCode);
      const plan = planOpenSdgImport(parsed, state, params);
      if (plan.problems.length > 0) throw refused(plan.problems);
      await writeOpenSdgPlan(tx, audit, {
        workspaceId,
        actor,
        framework: state.framework,
        frameworkCode: params.frameworkCode,
        plan,
        progress: progressSlice(progress, 0.45, 1),
      });
      return plan.report;
    },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  ).catch((error: unknown) => {
    throw isTransactionTimeout(error) ? tooLongForOneTransaction() : error;
  });
  progress(1, "Imported");
  return report;
}

/** Prisma's "transaction expired" (P2028): the import ran past IMPORT_TIMEOUT_MS and was rolled back. */
function isTransactionTimeout(error: unknown): boolean {
  return error instanceof Error && (error as { code?: unknown }).code === "P2028";
}

/**
 * The whole import is one transaction (all-or-nothing), so a data set too large to be written
 * within the limit is rolled back: nothing changed, and people are told so rather than shown
 * Prisma's stack trace. Short batches with staging would lift the limit (decision 025).
 */
function tooLongForOneTransaction(): AppError {
  return new AppError(
    "UNPROCESSABLE",
    `The import took longer than ${IMPORT_TIMEOUT_MS / 1000} s and was undone; nothing was imported. Import the data set in parts (a few goals at a time)`,
  );
}

function refused(problems: Problem[]): AppError {
  const count = problems.length;
  return new AppError("UNPROCESSABLE", `${count} ${count === 1 ? "problem" : "problems"} in the files; nothing was imported`, {
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    details: { problemCount: count },
  });
}
