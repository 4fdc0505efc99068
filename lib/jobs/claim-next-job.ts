import "server-only";
import { db } from "@/lib/db";
import { libText } from "@/lib/i18n/lib-text";
import type { JobClaim } from "./job-claim";
import { storedJobText } from "./job-text";

const STARTING = libText("jobStages.starting");

/** How many of the oldest queued jobs are weighed for the next turn. */
const CANDIDATES = 200;
/** Rounds of choosing again when other runners took every candidate first. */
const ROUNDS = 3;

/**
 * Claims the next job for this runner, or answers null when none waits.
 *
 * Fair: the turn goes to the person with the fewest jobs running, then to the one served
 * longest ago (never served first), and within a person to their oldest job. So one person's
 * backlog of PDF exports does not hold up another person's CSV export: that export waits for
 * at most the jobs already running.
 *
 * Exactly once: the claim is a conditional update (QUEUED -> RUNNING where still QUEUED).
 * Of runners racing for the same job, one updates a row and wins; the others update none and
 * try their next candidate. Portable Prisma, the same on SQLite and PostgreSQL (decision 027).
 */
export async function claimNextJob(runnerId: string, now: Date): Promise<JobClaim | null> {
  for (let round = 0; round < ROUNDS; round += 1) {
    const candidates = await fairCandidates();
    if (candidates.length === 0) return null;
    for (const jobId of candidates) {
      const { count } = await db.job.updateMany({
        where: { id: jobId, status: "QUEUED" },
        data: {
          status: "RUNNING",
          claimedBy: runnerId,
          heartbeatAt: now,
          startedAt: now,
          attempts: { increment: 1 },
          stage: STARTING.english,
          stageText: storedJobText(STARTING),
        },
      });
      if (count === 1) {
        const { attempts } = await db.job.findUniqueOrThrow({ where: { id: jobId }, select: { attempts: true } });
        return { jobId, runnerId, attempt: attempts };
      }
    }
  }
  return null;
}

/** Each waiting person's oldest queued job, the person whose turn it is first. */
async function fairCandidates(): Promise<string[]> {
  const queued = await db.job.findMany({
    where: { status: "QUEUED" },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: CANDIDATES,
    select: { id: true, createdById: true, createdAt: true },
  });
  if (queued.length === 0) return [];
  const oldestByPerson = new Map<string | null, (typeof queued)[number]>();
  for (const job of queued) if (!oldestByPerson.has(job.createdById)) oldestByPerson.set(job.createdById, job);
  const people = [...oldestByPerson.keys()].filter((person): person is string => person !== null);

  const [running, served] = await Promise.all([
    db.job.groupBy({ by: ["createdById"], where: { status: "RUNNING" }, _count: { _all: true } }),
    db.job.groupBy({ by: ["createdById"], where: { createdById: { in: people }, startedAt: { not: null } }, _max: { startedAt: true } }),
  ]);
  const runningCount = new Map(running.map((row) => [row.createdById, row._count._all]));
  const lastServed = new Map(served.map((row) => [row.createdById, row._max.startedAt?.getTime() ?? 0]));

  return [...oldestByPerson.values()]
    .map((job) => ({
      job,
      running: runningCount.get(job.createdById) ?? 0,
      lastServed: lastServed.get(job.createdById) ?? 0,
    }))
    .sort(
      (a, b) =>
        a.running - b.running ||
        a.lastServed - b.lastServed ||
        a.job.createdAt.getTime() - b.job.createdAt.getTime() ||
        a.job.id.localeCompare(b.job.id),
    )
    .map(({ job }) => job.id);
}
