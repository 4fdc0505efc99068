import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import { Prisma, type ValueStatus } from "@/lib/generated/prisma/client";

/**
 * Which values a person may read, as a database filter applied inside every query that
 * reads values: approved values for everyone; submitted and returned values for the
 * secretariat, the working group and administrators; all values, drafts included, of the
 * indicators the person's own institution leads or contributes to.
 */
export function visibleValuesWhere(access: AccessContext): Prisma.IndicatorValueWhereInput {
  const { statuses, ownInstitutionId } = visibilityOf(access);
  const ownInstitution: Prisma.IndicatorValueWhereInput[] =
    ownInstitutionId === null ? [] : [{ indicator: ownInstitutionIndicatorsWhere(ownInstitutionId) }];
  return { OR: [{ status: { in: statuses } }, ...ownInstitution] };
}

/** The alias a raw read gives the IndicatorValue rows it filters. */
export type ValueAlias = "v" | "w";

/**
 * The same rule as visibleValuesWhere, as a condition on the IndicatorValue rows of a raw read
 * (decision 061) that both databases accept: `alias` names them. The status is compared as text
 * (decision 049); "the indicator" is the definition the value was reported against, as in the
 * Prisma filter. tests/integration/visible-values-sql.test.ts holds the two together.
 */
export function visibleValuesSql(access: AccessContext, alias: ValueAlias): Prisma.Sql {
  const { statuses, ownInstitutionId } = visibilityOf(access);
  const value = Prisma.raw(`"${alias}"`);
  const byStatus = statuses.length === 0 ? Prisma.sql`1 = 0` : Prisma.sql`CAST(${value}."status" AS TEXT) IN (${Prisma.join(statuses)})`;
  if (ownInstitutionId === null) return Prisma.sql`(${byStatus})`;
  return Prisma.sql`(${byStatus} OR EXISTS (
    SELECT 1 FROM "Indicator" "own" WHERE "own"."id" = ${value}."indicatorId" AND ("own"."leadInstitutionId" = ${ownInstitutionId}
      OR EXISTS (SELECT 1 FROM "IndicatorContributor" "oc" WHERE "oc"."indicatorId" = "own"."id" AND "oc"."institutionId" = ${ownInstitutionId}))))`;
}

/** Indicators an institution leads or contributes to. */
export function ownInstitutionIndicatorsWhere(institutionId: string): Prisma.IndicatorWhereInput {
  return { OR: [{ leadInstitutionId: institutionId }, { contributors: { some: { institutionId } } }] };
}

/** The statuses a person reads in every indicator, and the institution whose indicators they read in full. */
function visibilityOf(access: AccessContext): { statuses: ValueStatus[]; ownInstitutionId: string | null } {
  const statuses: ValueStatus[] = [];
  if (can(access, "values.read-approved")) statuses.push("APPROVED");
  if (can(access, "values.read-submitted")) statuses.push("SUBMITTED", "RETURNED");
  const institution = access.membership.institution;
  return { statuses, ownInstitutionId: institution && can(access, "values.read-own-institution") ? institution.id : null };
}
