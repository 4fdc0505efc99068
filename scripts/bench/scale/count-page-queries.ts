// The SQL statements each measured page's loaders send, called as the pages call them (as in
// tests/integration/page-query-counts.test.ts), counted with the client's query events.
import type { AccessContext } from "@/lib/auth/access-context";
import { OPEN_YEAR } from "./seed-scale-workspace";

export const PAGE_NAMES = ["matrix", "progress", "compare", "review", "entry", "values_api"] as const;
export type PageName = (typeof PAGE_NAMES)[number];
export type PageQueries = Record<PageName, number>;
/** Milliseconds of each page's loaders in this process (the last of three runs) and of their statements in the database. */
export type LoaderTimes = Record<PageName, { loaderMs: number; databaseMs: number; slowest: { ms: number; sql: string } }>;

export type Members = { secretariat: AccessContext; focal: AccessContext };

export async function countPageQueries(members: Members, code: string): Promise<PageQueries> {
  const { countQueries } = await import("@/lib/db");
  const { clearProgressCache } = await import("@/lib/progress/progress-cache");
  const { clearStructureCache } = await import("@/lib/frameworks/structure-cache");
  const loaders = await pageLoaders(members, code);
  const counts = {} as PageQueries;
  for (const name of PAGE_NAMES) {
    // The statements of a computation, not of an answer from the progress or structure cache (decisions 039, 048).
    clearProgressCache();
    clearStructureCache();
    counts[name] = (await countQueries(loaders[name])).queries;
  }
  return counts;
}

export async function timePageLoaders(members: Members, code: string): Promise<LoaderTimes> {
  const { onQuery } = await import("@/lib/db");
  const loaders = await pageLoaders(members, code);
  const times = {} as LoaderTimes;
  for (const name of PAGE_NAMES) {
    for (let run = 0; run < 3; run += 1) {
      let databaseMs = 0;
      const slowest = { ms: 0, sql: "" };
      const stop = onQuery(({ sql, durationMs }) => {
        databaseMs += durationMs;
        if (durationMs > slowest.ms) Object.assign(slowest, { ms: durationMs, sql });
      });
      const started = performance.now();
      await loaders[name]();
      times[name] = { loaderMs: Math.round(performance.now() - started), databaseMs: Math.round(databaseMs), slowest };
      stop();
    }
  }
  return times;
}

export async function pageLoaders(members: Members, code: string): Promise<Record<PageName, () => Promise<unknown>>> {
  const { getFrameworkMatrix } = await import("@/lib/frameworks/get-framework-matrix");
  const { requireFramework } = await import("@/lib/frameworks/require-framework");
  const { getEntryForm } = await import("@/lib/monitoring/get-entry-form");
  const { listFrameworkValues } = await import("@/lib/monitoring/list-framework-values");
  const { listReviewQueue } = await import("@/lib/monitoring/list-review-queue");
  const { compareYears } = await import("@/lib/progress/compare-years");
  const { getFrameworkProgress } = await import("@/lib/progress/get-framework-progress");
  const { secretariat, focal } = members;
  return {
    matrix: () => getFrameworkMatrix(secretariat, code, { area: null, search: null }),
    progress: () => getFrameworkProgress(secretariat, code),
    compare: async () => {
      const progress = await getFrameworkProgress(secretariat, code);
      return compareYears(progress, [progress.years[0]!, progress.years.at(-1)!]);
    },
    review: () => listReviewQueue(secretariat, { frameworkCode: code, year: OPEN_YEAR }),
    entry: () => getEntryForm(focal, { frameworkCode: code, year: OPEN_YEAR }, "en", { area: null }),
    values_api: async () => {
      const framework = await requireFramework(secretariat, code);
      return listFrameworkValues(secretariat, framework.id, { page: { after: null, limit: 1001 } });
    },
  };
}

/** The members createMembers made in an earlier run on a kept database (BENCH_SCALE_REUSE). */
export async function findMembers(workspaceId: string, slug: string): Promise<Members & { emails: Record<keyof Members, string> }> {
  const { db } = await import("@/lib/db");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const emails = { secretariat: `secretariat@${slug}.example`, focal: `focal@${slug}.example` };
  const access = async (email: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    return (await loadAccessContext(user.id, { workspaceId, via: "session" }))!;
  };
  return { secretariat: await access(emails.secretariat), focal: await access(emails.focal), emails };
}

/** A secretariat member and an MLSP focal point with a password, and their access contexts. */
export async function createMembers(
  workspaceId: string,
  slug: string,
  password: string,
): Promise<Members & { emails: Record<keyof Members, string> }> {
  const { randomUUID } = await import("node:crypto");
  const { hashPassword } = await import("better-auth/crypto");
  const { db } = await import("@/lib/db");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { runMutation } = await import("@/lib/audit/run-mutation");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const passwordHash = await hashPassword(password);
  const institution = await db.institution.findUniqueOrThrow({ where: { workspaceId_code: { workspaceId, code: "MLSP" } } });
  const people = { secretariat: "SECRETARIAT", focal: "FOCAL_POINT" } as const;
  const emails = { secretariat: `secretariat@${slug}.example`, focal: `focal@${slug}.example` };
  const ids = { secretariat: randomUUID(), focal: randomUUID() };
  await runMutation(systemActor("scale-seed"), async (tx, audit) => {
    for (const key of ["secretariat", "focal"] as const) {
      await tx.user.create({
        data: {
          id: ids[key],
          email: emails[key],
          name: `Scale ${key}`,
          emailVerified: true,
          accounts: { create: { providerId: "credential", accountId: ids[key], password: passwordHash } },
          memberships: { create: { workspaceId, role: people[key], institutionId: key === "focal" ? institution.id : null } },
        },
      });
      await audit({
        workspaceId,
        action: "user.created",
        entityType: "User",
        entityId: ids[key],
      });
    }
  });
  const access = async (userId: string) => (await loadAccessContext(userId, { workspaceId, via: "session" }))!;
  return { secretariat: await access(ids.secretariat), focal: await access(ids.focal), emails };
}
