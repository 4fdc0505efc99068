// Point 2 of `npm run check:two-servers`: two focal points of one institution save the same
// value with the same expected version at the same moment, one through each server. Exactly
// one may win; the other must get 409 (not a 500, not a second success). Also the per-person
// job cap when one person's requests reach both servers at once: 3 queued, the rest 429.
import { callApi, statusSummary } from "./http";
import { FRAMEWORK, RACE_INDICATOR, YEAR, type Seeded } from "./seed";
import type { Server } from "./servers";

type SavedBody = { values: { indicator: string; version: number }[] };

export async function runRaces(servers: [Server, Server], seeded: Seeded, rounds: number) {
  const path = `/api/v1/cycles/${FRAMEWORK}/${YEAR}/values`;
  const [first, second] = seeded.racers;
  const created = await callApi(servers[0].baseUrl, first.token, "PUT", path, [{ indicator: RACE_INDICATOR, value: 0 }]);
  if (created.status !== 200)
    throw new Error(`Could not create the raced value: ${created.status} ${JSON.stringify("body" in created ? created.body : "")}`);
  let version = (created.body as SavedBody).values[0]!.version;
  let oneWinner = 0;
  const outcomes: string[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    // Each round swaps which person uses which server.
    const [onA, onB] = round % 2 === 0 ? [first, second] : [second, first];
    const answers = await Promise.all([
      callApi(servers[0].baseUrl, onA.token, "PUT", path, [{ indicator: RACE_INDICATOR, value: round * 10 + 1, version }]),
      callApi(servers[1].baseUrl, onB.token, "PUT", path, [{ indicator: RACE_INDICATOR, value: round * 10 + 2, version }]),
    ]);
    const statuses = answers.map((answer) => answer.status);
    outcomes.push(statuses.join("/"));
    const winners = answers.flatMap((answer) => (answer.status === 200 ? [answer] : []));
    if (winners.length === 1 && statuses.includes(409)) oneWinner += 1;
    else
      console.log(
        `  race ${round}: ${statuses.join(" and ")} ${answers.map((answer) => JSON.stringify("body" in answer ? answer.body : "").slice(0, 200)).join(" | ")}`,
      );
    if (winners.length > 0) version = (winners.at(-1)!.body as SavedBody).values[0]!.version;
    else version = await storedVersion();
  }
  return { races: rounds, races_one_winner: oneWinner, statuses: statusSummary(outcomes) };
}

async function storedVersion(): Promise<number> {
  const { db } = await import("@/lib/db");
  const value = await db.indicatorValue.findFirstOrThrow({
    where: { indicator: { code: RACE_INDICATOR }, year: YEAR },
    select: { version: true },
  });
  return value.version;
}

/** One person starts 8 exports at once, half through each server: 3 are queued, 5 refused with 429. */
export async function runJobCapRace(servers: [Server, Server], seeded: Seeded) {
  const { db } = await import("@/lib/db");
  const { MAX_UNFINISHED_JOBS_PER_PERSON } = await import("@/lib/jobs/job-limits");
  const answers = await Promise.all(
    Array.from({ length: 8 }, (_, index) =>
      callApi(servers[index % 2]!.baseUrl, seeded.capTester.token, "POST", "/api/v1/jobs", {
        kind: "framework-export",
        params: { frameworkCode: FRAMEWORK, format: "json" },
      }),
    ),
  );
  const statuses = answers.map((answer) => answer.status);
  const queued = await db.job.count({ where: { createdById: seeded.capTester.access.user.id } });
  const held =
    queued === MAX_UNFINISHED_JOBS_PER_PERSON &&
    statuses.filter((status) => status === 202).length === MAX_UNFINISHED_JOBS_PER_PERSON &&
    statuses.filter((status) => status === 429).length === 8 - MAX_UNFINISHED_JOBS_PER_PERSON;
  return { held, queued, statuses: statusSummary(statuses) };
}
