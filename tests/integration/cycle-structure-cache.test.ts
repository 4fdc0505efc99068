/**
 * The entry, review and completeness pages read a cycle's indicators through the structure
 * cache (decision 055): a repeated request sends fewer statements and gives the same answer, and
 * an edit of any table the indicators are read from (contributors, breakdown dimensions and
 * their members included) changes the one-statement fingerprint, so the next page shows it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { countQueries, db } from "@/lib/db";
import { getStructureFingerprint } from "@/lib/frameworks/get-structure-fingerprint";
import { clearStructureCache } from "@/lib/frameworks/structure-cache";
import { getCycleCompleteness } from "@/lib/monitoring/get-cycle-completeness";
import { getEntryForm } from "@/lib/monitoring/get-entry-form";
import { listReviewQueue } from "@/lib/monitoring/list-review-queue";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { createMonitoringMembers, createTestCycle, createTestWorkspace, type MonitoringMembers } from "../fixtures/factories";
import { withoutAuditGuard } from "../setup/audit-guard";

let members: MonitoringMembers;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  members = await createMonitoringMembers(workspaceId);
});

const indicatorOf = (form: Awaited<ReturnType<typeof getEntryForm>>, code: string) =>
  form.areas.flatMap((area) => area.indicators).find((indicator) => indicator.code === code);

/** Each table a cycle's indicators are read from, and an edit of one of its rows in the given version. */
const EDITS: Record<string, (versionId: string) => Promise<unknown>> = {
  framework: (versionId) => db.framework.updateMany({ where: { versions: { some: { id: versionId } } }, data: { name: "Renamed" } }),
  version: (versionId) => db.frameworkVersion.update({ where: { id: versionId }, data: { label: "1.0 bis" } }),
  area: (versionId) => db.area.updateMany({ where: { versionId, code: "A1" }, data: { name: "Labour, renamed" } }),
  indicator: (versionId) => db.indicator.updateMany({ where: { versionId, code: "A1.1" }, data: { unit: "people" } }),
  level: (versionId) => db.indicatorLevel.updateMany({ where: { indicator: { versionId } }, data: { label: "Renamed level" } }),
  target: (versionId) => db.indicatorTarget.updateMany({ where: { indicator: { versionId } }, data: { number: 7 } }),
  contributor: async (versionId) => {
    // Replaced by another institution: as many rows as before.
    const contributor = await db.indicatorContributor.findFirstOrThrow({ where: { indicator: { versionId } } });
    const other = await db.institution.findFirstOrThrow({ where: { workspaceId, code: "MLSP" } });
    const { indicatorId, institutionId } = contributor;
    await db.indicatorContributor.delete({ where: { indicatorId_institutionId: { indicatorId, institutionId } } });
    await db.indicatorContributor.create({ data: { indicatorId: contributor.indicatorId, institutionId: other.id } });
  },
  "breakdown dimension": (versionId) => db.indicatorDimension.updateMany({ where: { indicator: { versionId } }, data: { position: 3 } }),
  dimension: () => db.dimension.updateMany({ where: { workspaceId, code: "SEX" }, data: { name: "Sex, renamed" } }),
  member: () => db.dimensionMember.updateMany({ where: { dimension: { workspaceId, code: "SEX" } }, data: { name: "Renamed member" } }),
  institution: () => db.institution.updateMany({ where: { workspaceId, code: "MFA" }, data: { name: "Ministry renamed" } }),
};

describe("a cycle's indicators through the structure cache", () => {
  it.each(Object.keys(EDITS))("an edit of a %s changes the fingerprint", async (table) => {
    const { framework } = await createTestCycle(workspaceId, members.secretariat);
    const before = await getStructureFingerprint(workspaceId, framework.code);
    await withoutAuditGuard(() => EDITS[table]!(framework.versionId));
    expect(await getStructureFingerprint(workspaceId, framework.code)).not.toEqual(before);
  });

  it("answers a repeated entry form, review queue and completeness with fewer statements and the same content", async () => {
    const { target } = await createTestCycle(workspaceId, members.secretariat);
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 120, version: null }]);
    await submitCycleValues(members.mlsp, target);
    const loaders: Record<string, () => Promise<unknown>> = {
      entry: () => getEntryForm(members.mlsp, target),
      review: () => listReviewQueue(members.secretariat, target, "en", { institution: null, page: 1, pageSize: 25 }),
      completeness: () => getCycleCompleteness(members.mlsp, target),
    };
    for (const load of Object.values(loaders)) {
      clearStructureCache();
      const read = await countQueries(load);
      const cached = await countQueries(load);
      expect(cached.queries).toBeLessThan(read.queries);
      expect(cached.result).toEqual(read.result);
    }
  });

  it("shows a new contributor's indicators and a renamed breakdown member on the next entry form", async () => {
    // A workspace of its own: the edits above renamed this one's dimensions.
    const { workspaceId } = await createTestWorkspace();
    const members = await createMonitoringMembers(workspaceId);
    const { target, framework } = await createTestCycle(workspaceId, members.secretariat);
    const before = await getEntryForm(members.nbs, target);
    expect(indicatorOf(before, "A2.1")).toBeUndefined();
    const mlspForm = await getEntryForm(members.mlsp, target);
    expect(indicatorOf(mlspForm, "A1.6")!.rows.map((row) => row.label)).toContain("Female");

    const a21 = await db.indicator.findFirstOrThrow({ where: { versionId: framework.versionId, code: "A2.1" } });
    await withoutAuditGuard(async () => {
      await db.indicatorContributor.create({ data: { indicatorId: a21.id, institutionId: members.nbs.membership.institution!.id } });
      await db.dimensionMember.updateMany({ where: { dimension: { workspaceId, code: "SEX" }, code: "F" }, data: { name: "Women" } });
    });

    expect(indicatorOf(await getEntryForm(members.nbs, target), "A2.1")).toBeDefined();
    const labels = indicatorOf(await getEntryForm(members.mlsp, target), "A1.6")!.rows.map((row) => row.label);
    expect(labels).toContain("Women");
    expect(labels).not.toContain("Female");
  });
});
