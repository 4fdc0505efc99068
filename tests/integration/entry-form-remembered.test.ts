/**
 * The entry form is remembered on SQLite until the database changes (decision 062): it is the
 * institution's, so each institution has its own, the permission is checked at every request,
 * and saving a value is a write after which the form shows the new value and version.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { countQueries, databaseProvider } from "@/lib/db";
import { getEntryForm, type EntryForm } from "@/lib/monitoring/get-entry-form";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import {
  catchAppError,
  createMonitoringMembers,
  createTestCycle,
  createTestWorkspace,
  type MonitoringMembers,
} from "../fixtures/factories";

const onSqlite = databaseProvider() === "sqlite";
let members: MonitoringMembers;
let target: { frameworkCode: string; year: number };

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  members = await createMonitoringMembers(workspaceId);
  ({ target } = await createTestCycle(workspaceId, members.secretariat));
});

const codesOf = (form: EntryForm) => form.areas.flatMap((area) => area.indicators.map((indicator) => indicator.code));
const totalOf = (form: EntryForm, code: string) =>
  form.areas
    .flatMap((area) => area.indicators)
    .find((indicator) => indicator.code === code)!
    .rows.find((row) => row.key === "")!;

describe("the remembered entry form", () => {
  it("is read once while nothing changes on SQLite, and every time on PostgreSQL", async () => {
    // Past the first read of the framework's structure, which its own cache keeps (decision 055).
    await getEntryForm(members.nbs, target);
    const first = await countQueries(() => getEntryForm(members.mlsp, target));
    const again = await countQueries(() => getEntryForm(members.mlsp, target));
    expect(again.result).toEqual(first.result);
    expect(first.queries).toBeGreaterThan(0);
    expect(again.queries).toBe(onSqlite ? 0 : first.queries);
  });

  it("is each institution's own", async () => {
    const mlsp = await getEntryForm(members.mlsp, target);
    const mfa = await getEntryForm(members.mfa, target);
    expect(mlsp.institution.code).toBe("MLSP");
    expect(mfa.institution.code).toBe("MFA");
    expect(codesOf(mfa)).not.toEqual(codesOf(mlsp));
  });

  it("is still refused to a role that may not enter values, after it was remembered", async () => {
    await getEntryForm(members.mlsp, target);
    expect((await catchAppError(() => getEntryForm(members.viewer, target))).code).toBe("FORBIDDEN");
    expect((await catchAppError(() => getEntryForm(members.secretariat, target))).code).toBe("FORBIDDEN");
  });

  it("shows a value saved since, with its new version", async () => {
    const before = await getEntryForm(members.mlsp, target);
    const code = codesOf(before)[0]!;
    const row = totalOf(before, code);
    await saveCycleValues(members.mlsp, target, [{ indicator: code, value: 42, version: row.current?.version ?? null }]);
    const after = await getEntryForm(members.mlsp, target);
    expect(totalOf(after, code).current).toMatchObject({ input: "42", version: (row.current?.version ?? 0) + 1 });
  });
});
