import "server-only";
import { libText } from "@/lib/i18n/lib-text";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { orderedId } from "@/lib/database/ordered-id";
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
import type { OpenSdgPlannedValues, OpenSdgStagedPlan } from "./open-sdg-plan";
import { planOpenSdgImportByFile, type OpenSdgPlanByFile } from "./plan-open-sdg-import-by-file";
import { isDataFilePath, type OpenSdgSource } from "./read-open-sdg-source";
import { writeOpenSdgPlan } from "./write-open-sdg-plan";
import { cleanUpAbandonedOpenSdgStages, deleteOpenSdgStage } from "./clean-up-open-sdg-stages";
import { createOpenSdgStager, openOpenSdgStage } from "./stage-open-sdg-values";

/** The most problems an error carries; the message gives the full count. */
const MAX_LISTED_PROBLEMS = 1000;

/**
 * The apply's one transaction is SQL alone (set-based copies of the staged rows), so its length
 * grows only with the data set and the machine's load; its limit is set far above any real
 * import so that a time limit never decides the outcome by size, only stops a wedged database.
 */
const APPLY_TIMEOUT_MS = 600_000;

/**
 * Imports an Open SDG data set into a framework of the workspace (created on the first
 * import): goals and targets as areas, one numeric indicator per data file, every value and
 * disaggregation, names in every language of the metadata. All-or-nothing by default: any
 * refused file or row refuses the whole import with every problem by file, line and column;
 * with `partial` ("import what can be imported") they are left out and listed in the report
 * with counts per reason. A re-import updates changed values and adds what is new; it never
 * duplicates. A dry run only reports. Secretariat only.
 *
 * Written in short transactions (decision 031): the planned values are staged, invisible to
 * readers, a few thousand per transaction; then one transaction writes the framework's
 * structure and copies the staged values with their audit events. A failure or a kill before
 * that transaction commits leaves the tracker as it was.
 */
export async function importOpenSdg(
  access: AccessContext,
  source: OpenSdgSource,
  input: z.input<typeof openSdgImportParamsSchema>,
  progress: ProgressReporter = ignoreProgress,
  options: { jobId?: string } = {},
): Promise<OpenSdgImportReport> {
  requirePermission(access, "frameworks.manage");
  // The job and the command line pass parameters already parsed; parsing again here keeps the
  // operation safe whoever calls it.
  const params = parseOrThrow(openSdgImportParamsSchema, input, libText("errors.importParamsNotValid"));
  if (![...source.files.map((file) => file.path), ...(source.refused ?? []).map((file) => file.file)].some(isDataFilePath)) {
    throw new AppError("BAD_REQUEST", libText("importProblems.importNoData"));
  }

  const parsed = await parseOpenSdgSource(source, progressSlice(progress, 0, 0.35), params.periodRule);
  if (parsed.problems.length > 0 && !params.partial) throw refused(parsed.problems.map(asProblem));
  const workspaceId = access.workspace.id;

  // Planned outside any transaction, against the state as read now; the apply checks that
  // nothing the plan relied on has moved before it writes (apply-staged-open-sdg-values.ts).
  // The structure is planned at once; the values file by file, each file's staged and let go
  // before the next is read (decision 040).
  progress(0.4, libText("jobStages.comparing"));
  const state = await loadOpenSdgState(db, workspaceId, params.frameworkCode);
  // Ids that sort in the order they are made: the apply's inserts then grow each index at one place (decision 047).
  const planning = planOpenSdgImportByFile(parsed, state, params, orderedId);
  if (planning.problems.length > 0) throw refused(planning.problems);
  if (params.dryRun) {
    await planValuesInto(planning, async () => {}, progressSlice(progress, 0.45, 1));
    progress(1, libText("jobStages.checked"));
    return planning.finish().report;
  }

  await cleanUpAbandonedOpenSdgStages(workspaceId);
  const stageId = await openOpenSdgStage(workspaceId, options.jobId ?? null);
  const actor = actorOf(access);
  let plan: OpenSdgStagedPlan;
  try {
    const stager = createOpenSdgStager(stageId);
    await planValuesInto(planning, stager.add, progressSlice(progress, 0.45, 0.85));
    await stager.flush();
    const finished = planning.finish();
    plan = finished;
    progress(0.85, libText("jobStages.waitingForDatabase"));
    await runMutation(
      actor,
      (tx, audit) =>
        writeOpenSdgPlan(tx, audit, {
          workspaceId,
          actor,
          framework: state.framework,
          frameworkCode: params.frameworkCode,
          plan: finished,
          stageId,
          progress: progressSlice(progress, 0.85, 0.95),
        }),
      { timeoutMs: APPLY_TIMEOUT_MS },
    );
  } finally {
    // Applied or not, the stage has served; a kill before this line leaves it to the next import.
    await deleteOpenSdgStage(stageId);
  }
  progress(1, libText("jobStages.imported"));
  return plan.report;
}

/**
 * Plans the values file by file and hands each file's values to `stage`, letting the event
 * loop breathe between files (progress messages go out; a server stays responsive).
 */
async function planValuesInto(
  planning: OpenSdgPlanByFile,
  stage: (values: OpenSdgPlannedValues) => Promise<void>,
  progress: ProgressReporter,
): Promise<void> {
  let rows = 0;
  for (const planned of planning.planValues()) {
    await stage(planned.values);
    rows += planned.rows;
    progress(planning.rows === 0 ? 1 : rows / planning.rows, libText("jobStages.stagingValues"));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

function refused(problems: Problem[]): AppError {
  const count = problems.length;
  return new AppError("UNPROCESSABLE", libText("importProblems.importProblemsInFiles", { count }), {
    problems: problems.slice(0, MAX_LISTED_PROBLEMS),
    details: { problemCount: count },
  });
}
