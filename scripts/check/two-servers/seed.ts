// The data of `npm run check:two-servers`, seeded through lib/ operations before the servers
// start: one institution per writer, each leading its own indicators, an institution with two
// focal points for the races, an open cycle, and an API token for every person.
import type { AccessContext } from "@/lib/auth/access-context";

export const FRAMEWORK = "TWO";
export const YEAR = 2030;
/** Indicators each writer's institution leads: the writer saves them in turn. */
export const INDICATORS_PER_WRITER = 4;
export const RACE_INDICATOR = "R.1";

export type Person = { access: AccessContext; token: string };
export type Seeded = {
  workspaceId: string;
  writers: { institution: string; indicators: string[]; token: string }[];
  racers: [Person, Person];
  /** Separate people for the job checks, so that the cap of 3 jobs per person never interferes. */
  exporter: Person;
  killedJobOwner: Person;
  capTester: Person;
};

export async function seedTwoServers(writerCount: number): Promise<Seeded> {
  const { db } = await import("@/lib/db");
  const { systemActor } = await import("@/lib/audit/audit-actions");
  const { createWorkspace } = await import("@/lib/workspaces/create-workspace");
  const { installFramework } = await import("@/lib/frameworks/install-framework");
  const { loadAccessContext } = await import("@/lib/auth/load-access-context");
  const { openCycle } = await import("@/lib/cycles/open-cycle");
  const { createApiToken } = await import("@/lib/api-tokens/create-api-token");

  const actor = systemActor("check");
  const institutions = Array.from({ length: writerCount }, (_, index) => ({
    code: `W${String(index + 1).padStart(2, "0")}`,
    name: `Writer institution ${index + 1}`,
  }));
  const definition = {
    code: FRAMEWORK,
    name: "Two servers check",
    version: { label: "1.0", status: "APPROVED" as const },
    areas: [
      {
        code: "W",
        name: "Writers",
        indicators: institutions.flatMap((institution, index) =>
          Array.from({ length: INDICATORS_PER_WRITER }, (_, position) => ({
            code: `W.${index * INDICATORS_PER_WRITER + position + 1}`,
            name: `Indicator ${position + 1} of ${institution.code}`,
            valueType: "NUMBER" as const,
            leadInstitution: institution.code,
          })),
        ),
      },
      {
        code: "R",
        name: "Races",
        indicators: [{ code: RACE_INDICATOR, name: "The value two people race on", valueType: "NUMBER" as const, leadInstitution: "RACE" }],
      },
    ],
  };
  const workspaceId = await db.$transaction(
    async (tx) => {
      const { workspaceId } = await createWorkspace(tx, {
        slug: "two-servers",
        name: "Two servers",
        institutions: [...institutions, { code: "RACE", name: "Racing institution" }],
        actor,
      });
      await installFramework(tx, { workspaceId, definition, actor });
      return workspaceId;
    },
    { timeout: 60_000 },
  );

  const person = async (email: string, role: "SECRETARIAT" | "FOCAL_POINT" | "VIEWER", institutionCode: string | null): Promise<Person> => {
    const institution = institutionCode ? await db.institution.findFirstOrThrow({ where: { workspaceId, code: institutionCode } }) : null;
    const user = await db.user.create({
      data: { email, name: email, memberships: { create: { workspaceId, role, institutionId: institution?.id ?? null } } },
    });
    const access = (await loadAccessContext(user.id, { via: "session" }))!;
    const { token } = await createApiToken(access, { name: "two-servers check", expiresInDays: 0 });
    return { access, token };
  };

  const secretariat = await person("secretariat@two.example", "SECRETARIAT", null);
  await openCycle(secretariat.access, { frameworkCode: FRAMEWORK, year: YEAR });
  const writers = [];
  for (const [index, institution] of institutions.entries()) {
    const { token } = await person(`focal-${institution.code.toLowerCase()}@two.example`, "FOCAL_POINT", institution.code);
    const indicators = Array.from({ length: INDICATORS_PER_WRITER }, (_, position) => `W.${index * INDICATORS_PER_WRITER + position + 1}`);
    writers.push({ institution: institution.code, indicators, token });
  }
  return {
    workspaceId,
    writers,
    racers: [await person("racer-a@two.example", "FOCAL_POINT", "RACE"), await person("racer-b@two.example", "FOCAL_POINT", "RACE")],
    exporter: secretariat,
    killedJobOwner: await person("secretariat-2@two.example", "SECRETARIAT", null),
    capTester: await person("viewer@two.example", "VIEWER", null),
  };
}
