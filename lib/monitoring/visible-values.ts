import type { AccessContext } from "@/lib/auth/access-context";
import { can } from "@/lib/auth/authorize";
import type { Prisma, ValueStatus } from "@/lib/generated/prisma/client";

/**
 * Which values a person may read, as a database filter applied inside every query that
 * reads values: approved values for everyone; submitted and returned values for the
 * secretariat, the working group and administrators; all values, drafts included, of the
 * indicators the person's own institution leads or contributes to.
 */
export function visibleValuesWhere(access: AccessContext): Prisma.IndicatorValueWhereInput {
  const statuses: ValueStatus[] = [];
  if (can(access, "values.read-approved")) statuses.push("APPROVED");
  if (can(access, "values.read-submitted")) statuses.push("SUBMITTED", "RETURNED");
  const institution = access.membership.institution;
  const ownInstitution: Prisma.IndicatorValueWhereInput[] =
    institution && can(access, "values.read-own-institution") ? [{ indicator: ownInstitutionIndicatorsWhere(institution.id) }] : [];
  return { OR: [{ status: { in: statuses } }, ...ownInstitution] };
}

/** Indicators an institution leads or contributes to. */
export function ownInstitutionIndicatorsWhere(institutionId: string): Prisma.IndicatorWhereInput {
  return { OR: [{ leadInstitutionId: institutionId }, { contributors: { some: { institutionId } } }] };
}
