/**
 * Optimistic concurrency of values (docs/decisions/003): two people save the same value at
 * the same version at the same time. Exactly one wins; the other gets CONFLICT with the
 * current (winner's) value, and the audit log records one change.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { PUT } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import type { RowConflict } from "@/lib/monitoring/plan-value-changes";
import { reviewCycleValues } from "@/lib/monitoring/review-cycle-values";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  apiRequest,
  createTestApiToken,
  createTestCycle,
  createTestMember,
  createTestWorkspace,
  findTestValue,
  routeParams,
  type MonitoringMembers,
  createMonitoringMembers,
} from "../fixtures/factories";

type Target = { frameworkCode: string; year: number };

let members: MonitoringMembers;
let secondMlsp: AccessContext;
let target: Target;
let versionId: string;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  secondMlsp = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  const cycle = await createTestCycle(workspaceId, members.secretariat);
  target = cycle.target;
  versionId = cycle.framework.versionId;
});

async function auditCount(action: string, entityId: string) {
  return db.auditEvent.count({ where: { action, entityType: "IndicatorValue", entityId } });
}

/** Settles both; returns the winner's index and the loser's error. */
function oneWinner(results: PromiseSettledResult<unknown>[]) {
  const fulfilled = results.flatMap((result, index) => (result.status === "fulfilled" ? [index] : []));
  const rejected = results.flatMap((result) => (result.status === "rejected" ? [result.reason as unknown] : []));
  expect(fulfilled, "exactly one save succeeds").toHaveLength(1);
  expect(rejected, "exactly one save is refused").toHaveLength(1);
  const error = rejected[0];
  if (!isAppError(error)) throw error;
  return { winner: fulfilled[0]!, error };
}

describe("two simultaneous saves of the same value at the same version, through lib", () => {
  it("one succeeds, the other gets CONFLICT with the winner's value; one value.updated event; the stored value is the winner's", async () => {
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 100, version: null }]);
    const original = (await findTestValue({ versionId }, "A1.1"))!;
    expect(original.version).toBe(1);

    const values = [111, 222];
    const results = await Promise.allSettled([
      saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: values[0], version: 1 }]),
      saveCycleValues(secondMlsp, target, [{ indicator: "A1.1", value: values[1], version: 1 }]),
    ]);
    const { winner, error } = oneWinner(results);
    const winnerValue = values[winner]!;

    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe(
      "A value was changed by someone else since you opened it; nothing was saved. Check the current value and save again.",
    );
    const { conflicts } = error.details as { conflicts: RowConflict[] };
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      row: 1,
      indicator: "A1.1",
      disaggregation: "",
      yourVersion: 1,
      current: { value: winnerValue, status: "DRAFT", version: 2 },
    });

    const stored = (await findTestValue({ versionId }, "A1.1"))!;
    expect(stored).toMatchObject({ id: original.id, number: winnerValue, version: 2, status: "DRAFT" });
    expect(stored.updatedById).toBe(winner === 0 ? members.mlsp.user.id : secondMlsp.user.id);
    expect(await auditCount("value.updated", original.id)).toBe(1);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "value.updated", entityId: original.id } });
    expect(event.before).toMatchObject({ value: 100, version: 1 });
    expect(event.after).toMatchObject({ value: winnerValue, version: 2 });
  });

  it("two simultaneous creations of the same new value (version null): one is created, the other gets CONFLICT", async () => {
    const answers = ["yes", "no"];
    const results = await Promise.allSettled([
      saveCycleValues(members.mlsp, target, [{ indicator: "A1.3", value: answers[0], version: null }]),
      saveCycleValues(secondMlsp, target, [{ indicator: "A1.3", value: answers[1], version: null }]),
    ]);
    const { winner, error } = oneWinner(results);
    expect(error.code).toBe("CONFLICT");
    const { conflicts } = error.details as { conflicts: RowConflict[] };
    expect(conflicts).toEqual([
      expect.objectContaining({
        row: 1,
        indicator: "A1.3",
        yourVersion: null,
        current: expect.objectContaining({ value: answers[winner], version: 1, status: "DRAFT" }),
      }),
    ]);
    const stored = (await findTestValue({ versionId }, "A1.3"))!;
    expect(stored).toMatchObject({ levelCode: answers[winner], version: 1 });
    expect(await db.indicatorValue.count({ where: { indicatorId: stored.indicatorId, year: 2025 } })).toBe(1);
    expect(await auditCount("value.created", stored.id)).toBe(1);
  });

  it("the loser saves again on the current version and wins then", async () => {
    const current = (await findTestValue({ versionId }, "A1.1"))!;
    const result = await saveCycleValues(secondMlsp, target, [{ indicator: "A1.1", value: 333, version: current.version }]);
    expect(result.values).toEqual([{ indicator: "A1.1", disaggregation: "", status: "DRAFT", version: current.version + 1 }]);
    expect(await auditCount("value.updated", current.id)).toBe(2);
  });

  // Both saves commit, each with its audit event. The audit guard reads the statement log in
  // order; lib/db.ts announces BEGIN before the adapter's transaction lock is taken, so the
  // second transaction's statements arrive after the first COMMIT without their own BEGIN.
  it("two simultaneous saves without a version (overwrite) both go through, one after the other", async () => {
    const current = (await findTestValue({ versionId }, "A1.1"))!;
    const results = await Promise.allSettled([
      saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 401 }]),
      saveCycleValues(secondMlsp, target, [{ indicator: "A1.1", value: 402 }]),
    ]);
    expect(results.map((result) => result.status)).toEqual(["fulfilled", "fulfilled"]);
    const stored = (await findTestValue({ versionId }, "A1.1"))!;
    expect(stored.version).toBe(current.version + 2);
    expect([401, 402]).toContain(stored.number);
    expect(await auditCount("value.updated", current.id)).toBe(4);
  });
});

describe("two simultaneous reviews of the same submitted value", () => {
  it("one approves it, the other is told it is already approved; one value.approved event", async () => {
    const otherSecretariat = await createTestMember(members.secretariat.workspace.id, "SECRETARIAT");
    await saveCycleValues(members.mlsp, target, [{ indicator: "A1.4", value: "initiated" }]);
    await submitCycleValues(members.mlsp, target);
    const submitted = (await findTestValue({ versionId }, "A1.4"))!;
    const results = await Promise.allSettled([
      reviewCycleValues(members.secretariat, target, {
        decisions: [{ indicator: "A1.4", decision: "approve", version: submitted.version }],
      }),
      reviewCycleValues(otherSecretariat, target, {
        decisions: [{ indicator: "A1.4", decision: "return", reason: "Not convinced", version: submitted.version }],
      }),
    ]);
    const { winner, error } = oneWinner(results);
    expect(error.code).toBe("UNPROCESSABLE");
    const decided = (await findTestValue({ versionId }, "A1.4"))!;
    expect(decided).toMatchObject({ status: winner === 0 ? "APPROVED" : "RETURNED", version: submitted.version + 1 });
    expect(error.fieldErrors).toEqual({
      "1.decision": [winner === 0 ? "This value is already approved" : "This value was returned and awaits the institution's correction"],
    });
    expect((await auditCount("value.approved", submitted.id)) + (await auditCount("value.returned", submitted.id))).toBe(1);
  });
});

describe("two simultaneous PUT requests of the same value at the same version, by two focal points of the same institution", () => {
  let tokens: [string, string];

  beforeAll(async () => {
    tokens = [await createTestApiToken(members.mlsp), await createTestApiToken(secondMlsp)];
  });

  function put(token: string, body: unknown) {
    const framework = target.frameworkCode;
    return PUT(
      apiRequest(`/api/v1/cycles/${framework}/2025/values`, { token, method: "PUT", body }),
      routeParams({ framework, year: "2025" }),
    );
  }

  it("one answers 200, the other 409 with the winner's value in conflicts; one value.updated event; the stored value is the winner's", async () => {
    const created = await put(tokens[0], [{ indicator: "A1.2", value: 40, version: null }]);
    expect(created.status).toBe(200);
    const original = (await findTestValue({ versionId }, "A1.2"))!;

    const values = [41, 42];
    const responses = await Promise.all([
      put(tokens[0], [{ indicator: "A1.2", value: values[0], version: original.version }]),
      put(tokens[1], [{ indicator: "A1.2", value: values[1], version: original.version }]),
    ]);
    const statuses = responses.map((response) => response.status);
    expect([...statuses].sort()).toEqual([200, 409]);
    const winner = statuses.indexOf(200);
    const loser = 1 - winner;

    expect(await responses[winner]!.json()).toEqual({
      dryRun: false,
      created: 0,
      updated: 1,
      deleted: 0,
      unchanged: 0,
      values: [{ indicator: "A1.2", disaggregation: "", status: "DRAFT", version: original.version + 1 }],
    });
    const refused = (await responses[loser]!.json()) as {
      error: { code: string; conflicts: { yourVersion: number; current: { value: number; version: number } }[] };
    };
    expect(refused.error.code).toBe("CONFLICT");
    expect(refused.error.conflicts).toHaveLength(1);
    expect(refused.error.conflicts[0]).toMatchObject({
      indicator: "A1.2",
      yourVersion: original.version,
      current: { value: values[winner], version: original.version + 1, status: "DRAFT" },
    });

    const stored = (await findTestValue({ versionId }, "A1.2"))!;
    expect(stored).toMatchObject({ number: values[winner], version: original.version + 1 });
    expect(stored.updatedById).toBe(winner === 0 ? members.mlsp.user.id : secondMlsp.user.id);
    expect(await auditCount("value.updated", original.id)).toBe(1);
  });

  it("two simultaneous PUTs creating the same new value (version null): one 200, one 409", async () => {
    const responses = await Promise.all([
      put(tokens[0], [{ indicator: "A1.5", value: "First account", version: null }]),
      put(tokens[1], [{ indicator: "A1.5", value: "Second account", version: null }]),
    ]);
    const statuses = responses.map((response) => response.status);
    expect([...statuses].sort()).toEqual([200, 409]);
    const winner = statuses.indexOf(200);
    const refused = (await responses[1 - winner]!.json()) as { error: { conflicts: { yourVersion: null; current: { value: string } }[] } };
    const texts = ["First account", "Second account"];
    expect(refused.error.conflicts).toEqual([
      expect.objectContaining({ yourVersion: null, current: expect.objectContaining({ value: texts[winner], version: 1 }) }),
    ]);
    const stored = (await findTestValue({ versionId }, "A1.5"))!;
    expect(stored.text).toBe(texts[winner]);
    expect(await auditCount("value.created", stored.id)).toBe(1);
  });
});
