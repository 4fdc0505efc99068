/**
 * The Open SDG import in short transactions (decision 031): values are staged, invisible, and
 * applied in one transaction. A failure between batches or a kill leaves the tracker as it was
 * and its staged rows are deleted; a person's save that lands between the plan and the apply
 * wins, and the import is refused as a conflict, changing nothing.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { runMutation } from "@/lib/audit/run-mutation";
import { systemActor } from "@/lib/audit/audit-actions";
import { db } from "@/lib/db";
import { writeValues } from "@/lib/monitoring/write-values";
import { ABANDONED_STAGE_MS, cleanUpAbandonedOpenSdgStages } from "@/lib/open-sdg/clean-up-open-sdg-stages";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { loadOpenSdgState } from "@/lib/open-sdg/load-open-sdg-state";
import { parseOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import { planOpenSdgImport } from "@/lib/open-sdg/plan-open-sdg-import";
import { readOpenSdgFolder, type OpenSdgSource } from "@/lib/open-sdg/read-open-sdg-source";
import { openOpenSdgStage, stageOpenSdgValues, STAGE_BATCH_ROWS } from "@/lib/open-sdg/stage-open-sdg-values";
import { writeOpenSdgPlan } from "@/lib/open-sdg/write-open-sdg-plan";
import { catchAppError, createTestMember, createTestWorkspace, snapshotDatabaseWithValues, uniqueCode } from "../fixtures/factories";

const source = readOpenSdgFolder(path.resolve(import.meta.dirname, "../fixtures/open-sdg"));
const withFile = (filePath: string, text: string): OpenSdgSource => ({
  files: [...source.files.filter((file) => file.path !== filePath), { path: filePath, text }],
});
const params = (frameworkCode: string) => ({ frameworkCode, sourceName: "staged.zip", dryRun: false });
const ignore = () => {};

let workspaceId: string;
let secretariat: AccessContext;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
});

const stagedRows = async () => ({
  stages: await db.openSdgImportStage.count({ where: { workspaceId } }),
  values: await db.stagedOpenSdgValue.count({ where: { stage: { workspaceId } } }),
});

/** A data set of `count` values in one file: more than one staging batch when count > STAGE_BATCH_ROWS. */
function largeSource(count: number): OpenSdgSource {
  const lines = ["Year,Age,Value"];
  for (let index = 0; index < count; index += 1) lines.push(`${1990 + (index % 30)},A${Math.floor(index / 30)},${index}`);
  return withFile("data/indicator_1-1-1.csv", `${lines.join("\n")}\n`);
}

/** The import's own steps up to the apply, as a process killed before it would leave them. */
async function stageWithoutApplying(frameworkCode: string, data: OpenSdgSource) {
  const parsed = await parseOpenSdgSource(data);
  const state = await loadOpenSdgState(db, workspaceId, frameworkCode);
  const plan = planOpenSdgImport(parsed, state, params(frameworkCode));
  const stageId = await openOpenSdgStage(workspaceId, null);
  await stageOpenSdgValues(stageId, plan.values, ignore);
  return { state, plan, stageId };
}

describe("an import staged in short transactions", () => {
  it("fails between staging batches: nothing is visible, and its staged rows are deleted", async () => {
    const before = await snapshotDatabaseWithValues();
    let batches = 0;
    const error = await importOpenSdg(secretariat, largeSource(STAGE_BATCH_ROWS + 10), params(uniqueCode("KILL")), (_fraction, stage) => {
      if (stage.english === "Staging values" && ++batches === 1) throw new Error("stopped between batches");
    }).then(
      () => null,
      (caught: unknown) => caught as Error,
    );

    expect(error?.message).toBe("stopped between batches");
    expect(batches).toBe(1);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
    expect(await stagedRows()).toEqual({ stages: 0, values: 0 });
  });

  it("killed after staging: the tracker is unchanged; the next import deletes the abandoned stage, not a live one", async () => {
    const code = uniqueCode("KILLED");
    const before = await snapshotDatabaseWithValues();
    const killed = await stageWithoutApplying(code, source);
    const after = await snapshotDatabaseWithValues();
    // Only the stage's own bookkeeping differs; no reader sees a value, framework or audit event of it.
    expect({ ...after.counts, OpenSdgImportStage: 0, StagedOpenSdgValue: 0 }).toEqual(before.counts);
    expect(after.rows).toEqual(before.rows);
    expect(await stagedRows()).toEqual({ stages: 1, values: killed.plan.values.create.length });

    // Still fresh: it could be a live import of another process.
    expect(await cleanUpAbandonedOpenSdgStages(workspaceId)).toBe(0);
    await db.openSdgImportStage.update({
      where: { id: killed.stageId },
      data: { touchedAt: new Date(Date.now() - ABANDONED_STAGE_MS - 1000) },
    });

    const report = await importOpenSdg(secretariat, source, params(code));
    expect(report.values.created).toBe(killed.plan.values.create.length);
    expect(await stagedRows()).toEqual({ stages: 0, values: 0 });
    expect(await db.indicatorValue.count({ where: { identity: { framework: { workspaceId, code } } } })).toBe(report.values.created);
  });
});

describe("a save between the import's plan and its apply", () => {
  async function importedFramework() {
    const code = uniqueCode("RACE");
    await importOpenSdg(secretariat, source, params(code));
    const indicator = await db.indicator.findFirstOrThrow({
      where: { code: "12.b.1.1", version: { framework: { workspaceId, code } } },
      select: { id: true, identityId: true, code: true },
    });
    // Fixture state: the 2020 value was returned to a draft, so both the import and a person may change it.
    await runMutation(systemActor("test"), async (tx, audit) => {
      const value = await tx.indicatorValue.findFirstOrThrow({
        where: { identityId: indicator.identityId, year: 2020, disaggregation: "" },
      });
      await tx.indicatorValue.update({ where: { id: value.id }, data: { status: "DRAFT" } });
      await audit({ workspaceId, action: "value.updated", entityType: "IndicatorValue", entityId: value.id });
    });
    return { code, indicator };
  }

  const save = (indicator: { id: string; identityId: string; code: string }, year: number, number: number) =>
    runMutation(systemActor("test"), (tx, audit) =>
      writeValues(tx, audit, {
        workspaceId,
        userId: null,
        year,
        cycle: null,
        source: "entry",
        onLocked: "refuse",
        writes: [
          {
            row: 1,
            indicator,
            disaggregation: "",
            breakdownLabel: "Total",
            next: { number, levelCode: null, text: null, comment: null, source: null, evidenceUrl: null },
            status: "DRAFT",
          },
        ],
      }),
    );

  const apply = (staged: Awaited<ReturnType<typeof stageWithoutApplying>>, code: string) =>
    runMutation(actorOf(secretariat), (tx, audit) =>
      writeOpenSdgPlan(tx, audit, {
        workspaceId,
        actor: actorOf(secretariat),
        framework: staged.state.framework,
        frameworkCode: code,
        plan: staged.plan,
        stageId: staged.stageId,
        progress: ignore,
      }),
    );

  it.each([
    { what: "enters a value the import creates", year: 2021, file: "Year,Value\n2019,3\n2020,4\n2021,7\n" },
    { what: "changes a value the import replaces", year: 2020, file: "Year,Value\n2019,3\n2020,40\n" },
  ])("$what: the save wins, and the import is refused as a conflict, changing nothing", async ({ year, file }) => {
    const { code, indicator } = await importedFramework();
    const staged = await stageWithoutApplying(code, withFile("data/indicator_12-b-1-1.csv", file));
    expect(staged.plan.values.create.length + staged.plan.values.update.length).toBe(1);
    await save(indicator, year, 5);
    const before = await snapshotDatabaseWithValues();

    const error = await catchAppError(apply(staged, code));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toMatch(/while the import ran; nothing was imported/);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
    expect(
      await db.indicatorValue.findFirstOrThrow({ where: { identityId: indicator.identityId, year, disaggregation: "" } }),
    ).toMatchObject({
      number: 5,
      status: "DRAFT",
    });
  });
});
