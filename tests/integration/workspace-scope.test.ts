/**
 * One workspace scope (decision 023). Two workspaces share every code (framework, institutions,
 * indicators, cycle year); the other one is created first, so a query that leaves out the
 * workspace condition finds the other workspace's row before this one's. Each operation family
 * runs in this workspace and must show nothing of the other: none of its ids, none of its names
 * (they all carry a marker), and refuse its records by id.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { renameInstitution } from "@/lib/institutions/update-institution";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { getFrameworkStructure } from "@/lib/frameworks/get-framework-structure";
import { getIndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { updateFrameworkScoring } from "@/lib/frameworks/update-framework-scoring";
import { createDraftVersion } from "@/lib/frameworks/editor/create-draft-version";
import { getDraftEditor } from "@/lib/frameworks/editor/get-draft-editor";
import { getVersionLifecycle } from "@/lib/frameworks/versions/get-version-lifecycle";
import { listFrameworkVersions } from "@/lib/matrix/list-framework-versions";
import { getVersionDefinition } from "@/lib/matrix/get-version-definition";
import { compareFrameworkVersions } from "@/lib/matrix/compare-framework-versions";
import { listCycles } from "@/lib/cycles/list-cycles";
import { openCycle } from "@/lib/cycles/open-cycle";
import { listOpenCycles } from "@/lib/monitoring/list-open-cycles";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { getValueHistory } from "@/lib/monitoring/get-value-history";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { getInstitutionOverview } from "@/lib/progress/get-institution-overview";
import { getAttentionItems } from "@/lib/dashboard/get-attention-items";
import { getHeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { listWorkspaceUsers } from "@/lib/users/list-workspace-users";
import { getWorkspaceUser } from "@/lib/users/get-workspace-user";
import { listOwnApiTokens } from "@/lib/api-tokens/list-own-api-tokens";
import { loadOpenSdgExport } from "@/lib/open-sdg/load-open-sdg-export";
import { inWorkspace, WORKSPACE_CONDITIONS, WORKSPACE_FREE_MODELS } from "@/lib/workspaces/in-workspace";
import {
  TEST_INSTITUTIONS,
  buildMonitoringFrameworkDefinition,
  catchAppError,
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestValues,
  createTestWorkspace,
  uniqueCode,
  type MonitoringMembers,
} from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

const MARKER = "LEAKED";
const YEAR = 2025;

type Twin = Awaited<ReturnType<typeof createTwin>>;

/** A workspace with the shared codes: members, an approved framework with a draft, an open cycle, values and a token. */
async function createTwin(frameworkCode: string, label: string) {
  const { workspaceId } = await createTestWorkspace({
    institutions: TEST_INSTITUTIONS.map((institution) => ({ ...institution, name: `${label} ${institution.name}` })),
  });
  const members: MonitoringMembers = await createMonitoringMembers(workspaceId);
  const definition = { ...buildMonitoringFrameworkDefinition(frameworkCode), name: `${label} framework` };
  const { framework } = await createTestCycle(workspaceId, members.secretariat, { definition, year: YEAR });
  await createTestValues([
    { indicatorId: framework.indicatorIds.get("A1.1")!, year: YEAR - 1, number: 120, comment: `${label} value` },
    { indicatorId: framework.indicatorIds.get("A2.1")!, year: YEAR, number: 7, status: "SUBMITTED" },
  ]);
  await createDraftVersion(members.secretariat, { frameworkCode, label: "2.0" });
  await createTestApiToken(members.secretariat, `${label} token`);
  return { workspaceId, members, framework };
}

/** Every id of a workspace's rows, read without the helper under test. */
async function idsOf(workspaceId: string): Promise<string[]> {
  const framework = { workspaceId };
  const rows = await Promise.all([
    db.institution.findMany({ where: { workspaceId }, select: { id: true } }),
    db.membership.findMany({ where: { workspaceId }, select: { id: true, userId: true } }),
    db.framework.findMany({ where: { workspaceId }, select: { id: true } }),
    db.frameworkVersion.findMany({ where: { framework }, select: { id: true } }),
    db.indicatorIdentity.findMany({ where: { framework }, select: { id: true } }),
    db.indicator.findMany({ where: { version: { framework } }, select: { id: true } }),
    db.area.findMany({ where: { version: { framework } }, select: { id: true } }),
    db.reportingCycle.findMany({ where: { framework }, select: { id: true } }),
    db.indicatorValue.findMany({ where: { identity: { framework } }, select: { id: true } }),
    db.dimension.findMany({ where: { workspaceId }, select: { id: true } }),
    db.apiToken.findMany({ where: { workspaceId }, select: { id: true } }),
    db.auditEvent.findMany({ where: { workspaceId }, select: { id: true } }),
  ]);
  return rows.flat().flatMap((row) => Object.values(row));
}

/** The answer as text, Maps and Sets included, to look for another workspace's ids and names in it. */
function textOf(value: unknown): string {
  return JSON.stringify(value, (_key, part: unknown) => (part instanceof Map || part instanceof Set ? [...part] : part));
}

let own: Twin;
let other: Twin;
let otherIds: string[];

beforeAll(async () => {
  const frameworkCode = uniqueCode("FW");
  other = await createTwin(frameworkCode, MARKER);
  own = await createTwin(frameworkCode, "Own");
  otherIds = await idsOf(other.workspaceId);
}, 120_000);

function expectNothingOfTheOther(answer: unknown) {
  const text = textOf(answer);
  expect(text).not.toContain(MARKER);
  expect(otherIds.filter((id) => text.includes(id))).toEqual([]);
}

describe("inWorkspace", () => {
  it("knows, for every model, whether it belongs to a workspace", () => {
    const modelKey = (name: string) => name[0]!.toLowerCase() + name.slice(1);
    const classified = [...Object.keys(WORKSPACE_CONDITIONS), ...WORKSPACE_FREE_MODELS];
    expect(Object.values(Prisma.ModelName).map(modelKey).sort()).toEqual(classified.sort());
  });

  it("counts only this workspace's rows of every workspace-owned model", async () => {
    for (const model of Object.keys(WORKSPACE_CONDITIONS)) {
      const count = (workspaceId: string) =>
        (inWorkspace(workspaceId) as unknown as Record<string, { count(): Promise<number> }>)[model]!.count();
      const everywhere = await (db as unknown as Record<string, { count(): Promise<number> }>)[model]!.count();
      const [ownCount, otherCount] = [await count(own.workspaceId), await count(other.workspaceId)];
      expect(ownCount + otherCount, model).toBeLessThanOrEqual(everywhere);
      if (model === "institution" || model === "indicatorValue" || model === "frameworkVersion") {
        expect(ownCount, model).toBeGreaterThan(0);
        expect(ownCount, model).toBe(otherCount);
      }
    }
  });

  it("scopes the transaction client of its own transactions and of a transaction it is given", async () => {
    const scoped = await inWorkspace(own.workspaceId).$transaction((tx) => tx.institution.findMany({ select: { name: true } }));
    const given = await db.$transaction((tx) => inWorkspace(own.workspaceId, tx).institution.findMany({ select: { name: true } }));
    expect(scoped.map((row) => row.name).sort()).toEqual(TEST_INSTITUTIONS.map((row) => `Own ${row.name}`).sort());
    expect(given).toEqual(scoped);
  });

  it("refuses to write a row into another workspace through the scope, and writes none", async () => {
    const code = uniqueCode("I");
    await expect(async () =>
      inWorkspace(own.workspaceId).institution.create({ data: { workspaceId: other.workspaceId, code, name: "Elsewhere" } }),
    ).rejects.toThrow(/another workspace/);
    expect(await db.institution.count({ where: { code } })).toBe(0);
  });

  it("updates no row of another workspace, even addressed by its id", async () => {
    const [otherInstitution] = await db.institution.findMany({ where: { workspaceId: other.workspaceId }, take: 1 });
    // Attempts that must change nothing, so they carry no audit event.
    const { count } = await withoutAuditGuard(() =>
      inWorkspace(own.workspaceId).institution.updateMany({ where: { id: otherInstitution!.id }, data: { name: "Taken over" } }),
    );
    expect(count).toBe(0);
    await expect(
      withoutAuditGuard(() =>
        inWorkspace(own.workspaceId).institution.update({ where: { id: otherInstitution!.id }, data: { name: "Taken over" } }),
      ),
    ).rejects.toThrow(/not found/i);
    expect((await db.institution.findUniqueOrThrow({ where: { id: otherInstitution!.id } })).name).toBe(otherInstitution!.name);
  });
});

describe("every operation family reads only its own workspace", () => {
  const target = () => ({ frameworkCode: own.framework.code, year: YEAR });
  const reads: [string, (members: MonitoringMembers) => Promise<unknown>][] = [
    ["institutions", (m) => listInstitutions(m.admin)],
    ["institution overview", (m) => getInstitutionOverview(m.secretariat, "MLSP")],
    ["frameworks", (m) => listFrameworks(m.viewer)],
    ["framework structure", (m) => getFrameworkStructure(m.viewer, own.framework.code)],
    ["indicator detail", (m) => getIndicatorDetail(m.secretariat, own.framework.code, "A1.1")],
    ["framework versions", (m) => listFrameworkVersions(m.viewer, own.framework.code)],
    ["version definition", (m) => getVersionDefinition(m.viewer, own.framework.code, 1)],
    ["version comparison", (m) => compareFrameworkVersions(m.viewer, own.framework.code, { from: 1, to: 2 })],
    ["draft editor", (m) => getDraftEditor(m.secretariat, { frameworkCode: own.framework.code, versionNumber: 2 })],
    ["version lifecycle", (m) => getVersionLifecycle(m.secretariat, { frameworkCode: own.framework.code, versionNumber: 2 })],
    ["cycles", (m) => listCycles(m.secretariat)],
    ["open cycles", (m) => listOpenCycles(m.mfa)],
    ["completeness", (m) => getCycleCompleteness(m.secretariat, target())],
    ["entry form", (m) => getEntryForm(m.mfa, target())],
    ["review queue", (m) => listReviewQueue(m.secretariat, target())],
    ["progress", (m) => getFrameworkProgress(m.secretariat, own.framework.code)],
    ["headline progress", (m) => getHeadlineProgress(m.secretariat)],
    ["attention items", async (m) => getAttentionItems(m.admin, await listOpenCycles(m.admin))],
    ["audit log", (m) => listAuditEvents(m.admin, {})],
    ["people", (m) => listWorkspaceUsers(m.admin)],
    ["own API tokens", (m) => listOwnApiTokens(m.secretariat)],
    ["Open SDG export", (m) => loadOpenSdgExport(m.secretariat, own.framework.code)],
  ];

  it.each(reads)("%s", async (_name, read) => {
    expectNothingOfTheOther(await read(own.members));
  });
});

describe("no operation reaches another workspace's record by its id or code", () => {
  it("refuses the other workspace's person, institution and value as not found", async () => {
    const otherMembership = await db.membership.findFirstOrThrow({ where: { workspaceId: other.workspaceId } });
    const otherInstitution = await db.institution.findFirstOrThrow({ where: { workspaceId: other.workspaceId } });
    const otherValue = await db.indicatorValue.findFirstOrThrow({ where: { identity: { frameworkId: other.framework.frameworkId } } });
    expect((await catchAppError(getWorkspaceUser(own.members.admin, otherMembership.id))).code).toBe("NOT_FOUND");
    expect((await catchAppError(renameInstitution(own.members.admin, otherInstitution.id, { name: "Taken over" }))).code).toBe("NOT_FOUND");
    expect((await catchAppError(getValueHistory(own.members.secretariat, otherValue.id))).code).toBe("NOT_FOUND");
    expect((await db.institution.findUniqueOrThrow({ where: { id: otherInstitution.id } })).name).toBe(otherInstitution.name);
  });

  it("changes its own framework and cycle when both workspaces use the same code", async () => {
    const { cycleId } = await openCycle(own.members.secretariat, { frameworkCode: own.framework.code, year: YEAR + 1 });
    expect((await db.reportingCycle.findUniqueOrThrow({ where: { id: cycleId } })).frameworkId).toBe(own.framework.frameworkId);
    await updateFrameworkScoring(own.members.secretariat, own.framework.code, { baseYear: 2019, cutoff2: 40, cutoff3: 60, cutoff4: 80 });
    const [ownFramework, otherFramework] = await Promise.all([
      db.framework.findUniqueOrThrow({ where: { id: own.framework.frameworkId } }),
      db.framework.findUniqueOrThrow({ where: { id: other.framework.frameworkId } }),
    ]);
    expect(ownFramework.baseYear).toBe(2019);
    expect(otherFramework.baseYear).not.toBe(2019);
  });
});
