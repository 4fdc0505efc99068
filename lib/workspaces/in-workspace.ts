import "server-only";
import { db, type DbClient, type Tx } from "@/lib/db";

type Where = Record<string, unknown>;

const direct = (workspaceId: string): Where => ({ workspaceId });
const viaFramework = (workspaceId: string): Where => ({ framework: direct(workspaceId) });
const viaVersion = (workspaceId: string): Where => ({ version: viaFramework(workspaceId) });
const viaIndicator = (workspaceId: string): Where => ({ indicator: viaVersion(workspaceId) });
const viaIdentity = (workspaceId: string): Where => ({ identity: viaFramework(workspaceId) });

/**
 * How a row of each workspace-owned model names its workspace: its own column, or the relation
 * path to the row that has one. This table is the list of row-level-security policies that
 * PostgreSQL will hold later (decision 023): one policy per model, the same condition.
 * Keys are the client's model properties.
 */
export const WORKSPACE_CONDITIONS = {
  institution: direct,
  membership: direct,
  framework: direct,
  dimension: direct,
  apiToken: direct,
  auditEvent: direct,
  job: direct,
  notification: direct,
  frameworkVersion: viaFramework,
  indicatorIdentity: viaFramework,
  reportingCycle: viaFramework,
  area: viaVersion,
  indicator: viaVersion,
  consultationInvitee: viaVersion,
  consultationComment: viaVersion,
  approvalVote: viaVersion,
  indicatorLevel: viaIndicator,
  indicatorTarget: viaIndicator,
  indicatorContributor: viaIndicator,
  indicatorDimension: viaIndicator,
  indicatorMapping: viaIndicator,
  dimensionMember: (workspaceId: string): Where => ({ dimension: direct(workspaceId) }),
  indicatorValue: viaIdentity,
  // A comment keeps its place (identity, year, breakdown) when its draft is cleared (decision 024).
  valueComment: viaIdentity,
  clearedValue: viaIdentity,
  // An Open SDG import's staged values (decision 031), reached through their stage.
  openSdgImportStage: direct,
  stagedOpenSdgValue: (workspaceId: string): Where => ({ stage: direct(workspaceId) }),
  // Evidence belongs to its value, and is deleted with it (decision 034).
  evidenceFile: (workspaceId: string): Where => ({ value: viaIdentity(workspaceId) }),
  narrative: (workspaceId: string): Where => ({ cycle: viaFramework(workspaceId) }),
} satisfies Record<string, (workspaceId: string) => Where>;

type ScopedModel = keyof typeof WORKSPACE_CONDITIONS;

/**
 * Models that belong to no workspace: the workspace itself, and the account of a person who may
 * have access to several (decision 021) with its sign-in records and e-mail choices, the
 * notices' delivery bookkeeping, and stored files, which are
 * reached only through the row that holds them (a job's input or output, decision 027) and
 * carry that row's workspace with it. A new model goes in one list or the other; a test fails
 * until it does.
 */
export const WORKSPACE_FREE_MODELS = [
  "workspace",
  "user",
  "session",
  "account",
  "verification",
  "rateLimitBucket",
  "storedFile",
  "storedFileChunk",
  // A person's e-mail choices hold in every workspace they belong to.
  "emailOptOut",
  // The sender's delivery queue and the reminders' "already sent" marks are bookkeeping of the
  // notices, each written beside a workspace's own row in the same transaction (decision 030).
  "outboxMessage",
  "deadlineReminder",
  // A digest lists one person's notices of every workspace they belong to (decision 037).
  "emailDigest",
  // A one-time password link opens an account, which belongs to no workspace (decision 021).
  "passwordToken",
] as const;

/** Operations that find their rows by a `where`: the workspace condition is added to it. */
const FILTERED = new Set([
  "findUnique",
  "findUniqueOrThrow",
  "findFirst",
  "findFirstOrThrow",
  "findMany",
  "count",
  "aggregate",
  "groupBy",
  "update",
  "updateMany",
  "updateManyAndReturn",
  "delete",
  "deleteMany",
  "upsert",
]);
/** Operations that insert rows: a model with its own column gets the workspace written in. */
const INSERTING = new Set(["create", "createMany", "createManyAndReturn", "upsert"]);

/**
 * The database, seen from one workspace. Every query on a workspace-owned model that goes
 * through it gets the workspace's condition (a `where` on reads, updates and deletes; the
 * column on inserts), so an operation cannot read or change another workspace's rows by a
 * forgotten filter. Pass the transaction client to scope the queries of a transaction; a
 * scoped client's own `$transaction` hands out a scoped transaction client.
 *
 * Rows of models that reach their workspace through a parent (an area through its version's
 * framework) are inserted under a parent the operation has read through the scope; a later
 * PostgreSQL policy checks those inserts too.
 */
export function inWorkspace(workspaceId: string): DbClient;
export function inWorkspace<C extends Tx>(workspaceId: string, client: C): C;
export function inWorkspace(workspaceId: string, client: Tx = db): Tx {
  if (!workspaceId) throw new Error("inWorkspace needs a workspace id");
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "$transaction") return scopedTransaction(workspaceId, target);
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof property === "string" && property in WORKSPACE_CONDITIONS) {
        return scopedDelegate(workspaceId, property as ScopedModel, value as object);
      }
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function scopedTransaction(workspaceId: string, client: Tx) {
  const transaction = (client as DbClient).$transaction.bind(client as DbClient) as (...args: unknown[]) => unknown;
  return (work: unknown, ...rest: unknown[]) =>
    typeof work === "function"
      ? transaction((tx: Tx) => (work as (tx: Tx) => unknown)(inWorkspace(workspaceId, tx)), ...rest)
      : transaction(work, ...rest);
}

function scopedDelegate(workspaceId: string, model: ScopedModel, delegate: object) {
  return new Proxy(delegate, {
    get(target, operation, receiver) {
      const method: unknown = Reflect.get(target, operation, receiver);
      if (typeof method !== "function" || typeof operation !== "string") return method;
      if (!FILTERED.has(operation) && !INSERTING.has(operation)) return method.bind(target);
      return (args: Record<string, unknown> = {}) => method.call(target, scopeArgs(workspaceId, model, operation, args));
    },
  });
}

function scopeArgs(workspaceId: string, model: ScopedModel, operation: string, args: Record<string, unknown>): Record<string, unknown> {
  const scoped = { ...args };
  if (FILTERED.has(operation)) {
    const where = (args.where ?? {}) as Where;
    const and = where.AND === undefined ? [] : Array.isArray(where.AND) ? where.AND : [where.AND];
    // Kept beside the where's own fields, so a unique where (findUnique, update) stays unique.
    scoped.where = { ...where, AND: [...and, WORKSPACE_CONDITIONS[model](workspaceId)] };
  }
  if (INSERTING.has(operation) && WORKSPACE_CONDITIONS[model] === direct) {
    const key = operation === "upsert" ? "create" : "data";
    const data = args[key];
    scoped[key] = Array.isArray(data) ? data.map((row) => withWorkspace(workspaceId, model, row)) : withWorkspace(workspaceId, model, data);
  }
  return scoped;
}

function withWorkspace(workspaceId: string, model: string, row: unknown): Record<string, unknown> {
  const values = (row ?? {}) as Record<string, unknown>;
  if (values.workspaceId !== undefined && values.workspaceId !== workspaceId) {
    throw new Error(`A ${model} of another workspace cannot be written through this workspace's scope`);
  }
  return { ...values, workspaceId };
}
