// `npm run bench:notifications`: on a scratch database, 200 institutions, each leading two
// indicators of an open cycle whose deadline has passed, with two focal points each and e-mail
// on. Measures one deadline-reminder run, which queues an in-app notice and an outbox e-mail
// per focal point (reminders_200_institutions_ms, target under 2,000 ms): the median of three
// warm runs, the reminders being cleared between runs. Also the repeated run that finds every
// institution reminded already (reminders_repeat_ms). Exits 1 if the target is missed.
import { runOnScratchDatabase } from "./run-on-scratch-database";

const TARGET_MS = 2000;
const INSTITUTIONS = 200;
const FOCAL_POINTS_PER_INSTITUTION = 2;

const median = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

async function main(): Promise<number> {
  process.env.SMTP_URL = "smtp://127.0.0.1:2525";
  const { db } = await import("@/lib/db");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const { installFramework } = await import("@/lib/frameworks/install-framework");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { openCycle } = await import("@/lib/cycles/open-cycle");
  const { queueDeadlineReminders } = await import("@/lib/notifications/queue-deadline-reminders");

  const actor = systemActor("benchmark");
  const institutions = Array.from({ length: INSTITUTIONS }, (_, index) => ({ code: `I${index + 1}`, name: `Institution ${index + 1}` }));
  const definition = {
    code: "BENCH",
    name: "Benchmark framework",
    version: { label: "1.0", status: "APPROVED" as const },
    areas: [
      {
        code: "A1",
        name: "Everything",
        indicators: institutions.flatMap((institution, index) =>
          [1, 2].map((position) => ({
            code: `A1.${index * 2 + position}`,
            name: `Indicator of ${institution.code} #${position}`,
            valueType: "NUMBER" as const,
            leadInstitution: institution.code,
          })),
        ),
      },
    ],
  };
  const { workspaceId } = await db.$transaction(
    async (tx) => {
      const { workspaceId } = await createWorkspace(tx, { slug: "bench", name: "Benchmark", institutions, actor });
      await installFramework(tx, { workspaceId, definition, actor });
      return { workspaceId };
    },
    { timeout: 60_000 },
  );
  const institutionRows = await db.institution.findMany({ where: { workspaceId }, select: { id: true, code: true } });
  await db.user.createMany({
    data: institutionRows.flatMap((institution) =>
      Array.from({ length: FOCAL_POINTS_PER_INSTITUTION }, (_, index) => ({
        id: `fp-${institution.code}-${index}`,
        email: `fp${index}-${institution.code.toLowerCase()}@bench.example`,
        name: `Focal point ${index + 1} of ${institution.code}`,
      })),
    ),
  });
  await db.membership.createMany({
    data: institutionRows.flatMap((institution) =>
      Array.from({ length: FOCAL_POINTS_PER_INSTITUTION }, (_, index) => ({
        userId: `fp-${institution.code}-${index}`,
        workspaceId,
        role: "FOCAL_POINT" as const,
        institutionId: institution.id,
      })),
    ),
  });
  const secretariat = await db.user.create({
    data: { email: "secretariat@bench.example", name: "Secretariat", memberships: { create: { workspaceId, role: "SECRETARIAT" } } },
  });
  const access = (await loadAccessContext(secretariat.id, { via: "session" }))!;
  await openCycle(access, { frameworkCode: "BENCH", year: 2024, submissionDeadline: "2025-01-25", consolidationDeadline: "2025-03-31" });
  const now = new Date("2025-02-10T09:00:00Z");

  const times: number[] = [];
  // One warm-up run (module loading, the engine's first queries), then three measured ones.
  for (let run = 0; run < 4; run += 1) {
    await db.deadlineReminder.deleteMany({});
    await db.notification.deleteMany({});
    await db.outboxMessage.deleteMany({});
    const started = performance.now();
    const result = await queueDeadlineReminders(now);
    if (run > 0) times.push(performance.now() - started);
    const expected = INSTITUTIONS * FOCAL_POINTS_PER_INSTITUTION;
    if (result.institutions !== INSTITUTIONS || result.notifications !== expected || result.emails !== expected)
      throw new Error(`The run reminded ${JSON.stringify(result)} instead of ${INSTITUTIONS} institutions and ${expected} people`);
  }
  const repeatStarted = performance.now();
  const repeat = await queueDeadlineReminders(now);
  const repeatMs = performance.now() - repeatStarted;
  if (repeat.institutions !== 0) throw new Error("A repeated run reminded institutions a second time");
  console.log(
    `reminder runs for ${INSTITUTIONS} institutions, ${INSTITUTIONS * FOCAL_POINTS_PER_INSTITUTION} focal points: ${times.map(round).join(", ")} ms; repeat ${round(repeatMs)} ms`,
  );

  const figures = { reminders_200_institutions_ms: round(median(times)), reminders_repeat_ms: round(repeatMs) };
  const isMet = figures.reminders_200_institutions_ms < TARGET_MS;
  console.log(`target: reminders_200_institutions_ms < ${TARGET_MS} -> ${isMet ? "met" : "MISSED"}`);
  await db.$disconnect();
  console.log(JSON.stringify({ bench: "notifications", figures }));
  return isMet ? 0 : 1;
}

runOnScratchDatabase(main);
