// Point 1 of `npm run check:two-servers`: concurrent writers spread over both servers, each
// saving values of its own institution through PUT /api/v1/cycles/{framework}/{year}/values.
// Every value written is unique (writer × round), so each acknowledged write can be found in the
// database afterwards: as the stored value when it was its cell's last, and as exactly one
// audit event (value.created or value.updated with that value) in any case.
import { callApi, percentile, statusSummary } from "./http";
import { FRAMEWORK, YEAR, type Seeded } from "./seed";
import type { Server } from "./servers";

/** A person saves, reads the answer, then saves again: not a tight loop. */
const PAUSE_MS = 50;

type Attempt = { indicator: string; value: number; acknowledged: boolean };

export type WriterFigures = {
  writers: number;
  requests: number;
  acknowledged_writes: number;
  missing_writes: number;
  audit_mismatches: number;
  unacknowledged_but_saved: number;
  writers_p50_ms: number;
  writers_p95_ms: number;
  writers_max_ms: number;
  statuses: string;
};

export async function runWriters(
  servers: Server[],
  seeded: Seeded,
  seconds: number,
): Promise<{ attempts: Attempt[]; latencies: number[]; statuses: (number | string)[] }> {
  const attempts: Attempt[] = [];
  const latencies: number[] = [];
  const statuses: (number | string)[] = [];
  const endAt = Date.now() + seconds * 1000;
  await Promise.all(
    seeded.writers.map(async (writer, index) => {
      const server = servers[index % servers.length]!;
      for (let round = 1; Date.now() < endAt; round += 1) {
        const indicator = writer.indicators[round % writer.indicators.length]!;
        const value = (index + 1) * 1_000_000 + round;
        const answer = await callApi(server.baseUrl, writer.token, "PUT", `/api/v1/cycles/${FRAMEWORK}/${YEAR}/values`, [
          { indicator, value },
        ]);
        const acknowledged = typeof answer.status === "number" && answer.status >= 200 && answer.status < 300;
        attempts.push({ indicator, value, acknowledged });
        latencies.push(answer.ms);
        statuses.push(answer.status);
        if (!acknowledged && typeof answer.status === "number" && statuses.filter((status) => status === answer.status).length <= 3)
          console.log(`  writer ${writer.institution} on ${server.name}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
        await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
      }
    }),
  );
  return { attempts, latencies, statuses };
}

export async function verifyWrites(
  seeded: Seeded,
  run: { attempts: Attempt[]; latencies: number[]; statuses: (number | string)[] },
): Promise<WriterFigures> {
  const { db } = await import("@/lib/db");
  const events = await db.auditEvent.findMany({
    where: { workspaceId: seeded.workspaceId, entityType: "IndicatorValue", action: { in: ["value.created", "value.updated"] } },
    select: { after: true },
  });
  const eventsByValue = new Map<number, number>();
  for (const event of events) {
    const value = (event.after as { value?: unknown } | null)?.value;
    if (typeof value === "number") eventsByValue.set(value, (eventsByValue.get(value) ?? 0) + 1);
  }
  const stored = await db.indicatorValue.findMany({
    where: { indicator: { code: { startsWith: "W." } }, year: YEAR, disaggregation: "" },
    select: { number: true, indicator: { select: { code: true } } },
  });
  const storedByIndicator = new Map(stored.map((row) => [row.indicator.code, row.number]));

  let missing = 0;
  let auditMismatches = 0;
  const acknowledged = run.attempts.filter((attempt) => attempt.acknowledged);
  for (const attempt of acknowledged) {
    const count = eventsByValue.get(attempt.value) ?? 0;
    if (count === 0) missing += 1;
    if (count !== 1) auditMismatches += 1;
  }
  // Each cell has one writer, whose requests follow each other: its stored value is its last
  // acknowledged one, or a later attempt whose answer never came.
  const attemptsByIndicator = new Map<string, Attempt[]>();
  for (const attempt of run.attempts)
    attemptsByIndicator.set(attempt.indicator, [...(attemptsByIndicator.get(attempt.indicator) ?? []), attempt]);
  for (const [indicator, cellAttempts] of attemptsByIndicator) {
    const lastAcknowledged = cellAttempts.findLastIndex((attempt) => attempt.acknowledged);
    if (lastAcknowledged < 0) continue;
    const possible = new Set(cellAttempts.slice(lastAcknowledged).map((attempt) => attempt.value));
    if (!possible.has(storedByIndicator.get(indicator) ?? Number.NaN)) missing += 1;
  }
  const acknowledgedValues = new Set(acknowledged.map((attempt) => attempt.value));
  const unacknowledgedButSaved = [...eventsByValue.keys()].filter((value) => !acknowledgedValues.has(value)).length;

  const sorted = [...run.latencies].sort((a, b) => a - b);
  return {
    writers: seeded.writers.length,
    requests: run.attempts.length,
    acknowledged_writes: acknowledged.length,
    missing_writes: missing,
    audit_mismatches: auditMismatches,
    unacknowledged_but_saved: unacknowledgedButSaved,
    writers_p50_ms: Math.round(percentile(sorted, 0.5)),
    writers_p95_ms: Math.round(percentile(sorted, 0.95)),
    writers_max_ms: Math.round(sorted.at(-1) ?? 0),
    statuses: statusSummary(run.statuses),
  };
}
