/**
 * The raw reads of the matrix page (decision 061) filter values with visibleValuesSql, the
 * Prisma reads with visibleValuesWhere: one rule in two forms. For every role, and for focal
 * points of a lead, a contributor, an institution with no indicator and none at all, both
 * select exactly the same values.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role, ValueStatus } from "@/lib/generated/prisma/enums";
import { visibleValuesSql, visibleValuesWhere, type ValueAlias } from "@/lib/monitoring/visible-values";
import {
  buildIndicator,
  createTestFramework,
  createTestMember,
  createTestValues,
  createTestWorkspace,
  buildFrameworkDefinition,
} from "../fixtures/factories";

const STATUSES: ValueStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];
const READERS: Record<string, { role: Role; institutionCode?: string }> = {
  admin: { role: "ADMIN" },
  secretariat: { role: "SECRETARIAT" },
  "working group": { role: "WORKING_GROUP" },
  viewer: { role: "VIEWER" },
  "focal point of the lead (MLSP)": { role: "FOCAL_POINT", institutionCode: "MLSP" },
  "focal point of a contributor (MFA)": { role: "FOCAL_POINT", institutionCode: "MFA" },
  "focal point of an institution with no indicator (NBS)": { role: "FOCAL_POINT", institutionCode: "NBS" },
  "focal point without an institution": { role: "FOCAL_POINT" },
};

let frameworkId: string;
const readers = {} as Record<string, AccessContext>;

beforeAll(async () => {
  const { workspaceId } = await createTestWorkspace();
  const indicators = [
    buildIndicator("LED.1", "NUMBER", { leadInstitution: "MLSP" }),
    buildIndicator("SHARED.1", "NUMBER", { leadInstitution: "MLSP", contributors: ["MFA"] }),
    buildIndicator("OTHER.1", "NUMBER", { leadInstitution: "MFA", dimensions: ["SEX"] }),
    buildIndicator("NONE.1", "NUMBER"),
  ];
  const definition: FrameworkDefinition = { ...buildFrameworkDefinition(), areas: [{ code: "A1", name: "Area one", indicators }] };
  const framework = await createTestFramework(workspaceId, definition);
  frameworkId = framework.frameworkId;
  // Every indicator has a total in every status, and OTHER.1 a breakdown row in every status.
  await createTestValues(
    [...framework.indicatorIds].flatMap(([indicatorCode, indicatorId]) =>
      STATUSES.flatMap((status, index) => [
        { indicatorId, year: 2020 + index, status, number: index },
        ...(indicatorCode === "OTHER.1" ? [{ indicatorId, year: 2020 + index, status, number: index, disaggregation: "SEX=F" }] : []),
      ]),
    ),
  );
  for (const [name, { role, institutionCode }] of Object.entries(READERS))
    readers[name] = await createTestMember(workspaceId, role, { institutionCode });
});

async function idsByPrisma(access: AccessContext): Promise<string[]> {
  const rows = await db.indicatorValue.findMany({
    where: { AND: [visibleValuesWhere(access)], identity: { frameworkId } },
    select: { id: true },
  });
  return rows.map((row) => row.id).sort();
}

async function idsBySql(access: AccessContext, alias: ValueAlias): Promise<string[]> {
  const value = Prisma.raw(`"${alias}"`);
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT ${value}."id" FROM "IndicatorIdentity" i CROSS JOIN "IndicatorValue" ${value}
    WHERE i."frameworkId" = ${frameworkId} AND ${value}."identityId" = i."id" AND ${visibleValuesSql(access, alias)}`;
  return rows.map((row) => row.id).sort();
}

describe.each(Object.keys(READERS))("%s", (name) => {
  it.each(["v", "w"] as const)("reads the same values through the SQL fragment (alias %s) as through the Prisma filter", async (alias) => {
    const expected = await idsByPrisma(readers[name]!);
    const total = await db.indicatorValue.count({ where: { identity: { frameworkId } } });
    // Never all values (drafts are someone's own) and never none (approved values are everyone's).
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(total);
    expect(await idsBySql(readers[name]!, alias)).toEqual(expected);
  });
});
