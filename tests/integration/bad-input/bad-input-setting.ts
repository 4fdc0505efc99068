/**
 * Shared set-up of the bad-input suite (issue 18, item 9): one workspace with every role, a
 * framework with an open cycle and a few values, its next draft version, API tokens and
 * session cookies, plus the checks every case makes: a 4xx with a clear message, no 5xx,
 * and a database unchanged row for row.
 */
import { createHash } from "node:crypto";
import { expect } from "vitest";
import { PUT as saveValuesRoute } from "@/app/api/v1/cycles/[framework]/[year]/values/route";
import type { AccessContext } from "@/lib/auth/access-context";
import { getAuth } from "@/lib/auth/auth";
import { databaseProvider, db } from "@/lib/db";
import { createDraftVersion } from "@/lib/frameworks/editor/create-draft-version";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  apiRequest,
  createMonitoringMembers,
  createTestApiToken,
  createTestCycle,
  createTestWorkspace,
  routeParams,
  TEST_PASSWORD,
  type MonitoringMembers,
} from "../../fixtures/factories";

export type Who = "admin" | "secretariat" | "workingGroup" | "viewer" | "mlsp";

export type BadInputSetting = {
  workspaceId: string;
  members: MonitoringMembers;
  frameworkCode: string;
  year: number;
  versionId: string;
  draftNumber: number;
  /** A value of MLSP's (A1.1, a draft) and a submitted one (A1.2). */
  draftValueId: string;
  submittedValueId: string;
  tokens: Record<Who, string>;
  cookies: Record<Who, string>;
};

async function sessionCookieOf(access: AccessContext): Promise<string> {
  const { headers } = await getAuth().api.signInEmail({
    body: { email: access.user.email, password: TEST_PASSWORD },
    headers: new Headers(),
    returnHeaders: true,
  });
  return (headers.get("set-cookie") ?? "").split(";")[0]!;
}

export async function createBadInputSetting(): Promise<BadInputSetting> {
  const { workspaceId } = await createTestWorkspace();
  const members = await createMonitoringMembers(workspaceId);
  const { framework, target } = await createTestCycle(workspaceId, members.secretariat);
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.2", value: 40 }]);
  await submitCycleValues(members.mlsp, target);
  await saveCycleValues(members.mlsp, target, [{ indicator: "A1.1", value: 12, comment: "First count" }]);
  const { number: draftNumber } = await createDraftVersion(members.secretariat, { frameworkCode: framework.code, label: "2.0" });
  const valueOf = (code: string) =>
    db.indicatorValue.findFirstOrThrow({
      where: { year: target.year, disaggregation: "", indicator: { versionId: framework.versionId, code } },
    });

  const who: Who[] = ["admin", "secretariat", "workingGroup", "viewer", "mlsp"];
  const tokens = {} as Record<Who, string>;
  const cookies = {} as Record<Who, string>;
  for (const name of who) {
    tokens[name] = await createTestApiToken(members[name]);
    cookies[name] = await sessionCookieOf(members[name]);
    // A token's first use records when it was used (bookkeeping, once a minute): done before any snapshot.
    await saveValuesRoute(
      apiRequest(`/api/v1/cycles/${framework.code}/${target.year}/values?dryRun=true`, {
        token: tokens[name],
        method: "PUT",
        body: [{ indicator: "A1.1", value: 1 }],
      }),
      routeParams({ framework: framework.code, year: String(target.year) }),
    );
  }
  return {
    workspaceId,
    members,
    frameworkCode: framework.code,
    year: target.year,
    versionId: framework.versionId,
    draftNumber,
    draftValueId: (await valueOf("A1.1")).id,
    submittedValueId: (await valueOf("A1.2")).id,
    tokens,
    cookies,
  };
}

/**
 * Every table's row count and a hash of all its rows, in storage order: equal snapshots mean
 * the database is unchanged row for row, whatever table a bug would have written to.
 */
export async function snapshotEveryTable(): Promise<Record<string, string>> {
  const sqlite = databaseProvider() === "sqlite";
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    sqlite
      ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
      : "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
  );
  const snapshot: Record<string, string> = {};
  for (const { name } of tables) {
    // Storage order: rowid on SQLite, the tuple's position on PostgreSQL (an update moves it).
    const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${name}" ORDER BY ${sqlite ? "rowid" : "ctid"}`);
    const text = JSON.stringify(rows, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value));
    snapshot[name] = `${rows.length}:${createHash("sha256").update(text).digest("hex")}`;
  }
  return snapshot;
}

/** A request as a signed-in browser of this site sends it: the session cookie and a same-site Origin. */
export function browserRequest(
  path: string,
  cookie: string,
  options: { method?: string; body?: BodyInit; headers?: Record<string, string> } = {},
) {
  return new Request(`http://localhost:3000${path}`, {
    method: options.method ?? "GET",
    headers: { cookie, host: "localhost:3000", origin: "http://localhost:3000", ...options.headers },
    body: options.body,
  });
}

export type ApiCase = {
  name: string;
  call: () => Promise<Response>;
  /** The 4xx expected. */
  status: number;
  /** What the message must say (a part of it, or a pattern). */
  message: string | RegExp;
  /** What the answer's details must say too (a field's or row's message). */
  detail?: string;
};

/**
 * Runs one case: a 4xx (never a 5xx) in the API's error shape, a message that says what is
 * wrong and does not repeat a huge input, and the database unchanged.
 */
export async function expectApiRefusal(testCase: ApiCase): Promise<void> {
  const before = await snapshotEveryTable();
  const response = await testCase.call();
  expect(response.status).toBe(testCase.status);
  const body = (await response.json()) as { error?: { code?: string; message?: string } };
  expect(body.error?.code).toBeTypeOf("string");
  const message = body.error?.message ?? "";
  if (typeof testCase.message === "string") expect(message).toContain(testCase.message);
  else expect(message).toMatch(testCase.message);
  expect(JSON.stringify(body).length).toBeLessThan(20_000);
  if (testCase.detail) expect(JSON.stringify(body)).toContain(JSON.stringify(testCase.detail).slice(1, -1));
  expect(await snapshotEveryTable()).toEqual(before);
}

/** What a server action answers when it refuses (ActionState and its kin): an error with a message. */
export type ActionCase = {
  name: string;
  call: () => Promise<unknown>;
  message: string | RegExp;
};

export async function expectActionRefusal(testCase: ActionCase): Promise<void> {
  const before = await snapshotEveryTable();
  const state = (await testCase.call()) as { status?: string; message?: string; problems?: { message: string }[] };
  // A file's problems come back as their own state ("problems", the matrix import); anything else is an error state.
  expect(["error", "problems"]).toContain(state.status);
  const message = state.status === "problems" ? (state.problems?.[0]?.message ?? "") : (state.message ?? "");
  if (typeof testCase.message === "string") expect(message).toContain(testCase.message);
  else expect(message).toMatch(testCase.message);
  expect(message).not.toContain("Something went wrong on the server");
  // What was typed comes back (cut at 20,000 characters a field), never a megabyte.
  expect(JSON.stringify(state).length).toBeLessThan(50_000);
  expect(await snapshotEveryTable()).toEqual(before);
}

/** A megabyte of text: what a careless or hostile client may send in any field. */
export const MEGABYTE = "x".repeat(1024 * 1024);
