import type { Role } from "@/lib/generated/prisma/enums";

export const ROLES = ["ADMIN", "SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP", "VIEWER"] as const satisfies readonly Role[];

const EVERYONE = ROLES;

/**
 * Who may do what, in one place. Every operation in lib/ checks this table itself; the
 * interface only hides what the table refuses. Institution-scoped rules (a focal point acts
 * on the indicators its institution leads or contributes to) are checked on top of it.
 */
export const PERMISSIONS = {
  "frameworks.read": EVERYONE,
  /** Approved values are the public record of the workspace. */
  "values.read-approved": EVERYONE,
  /** Submitted and returned values; drafts stay with the institution that writes them. */
  "values.read-submitted": ["ADMIN", "SECRETARIAT", "WORKING_GROUP"],
  /** Every value of the indicators the focal point's institution leads or contributes to. */
  "values.read-own-institution": ["FOCAL_POINT"],
  "values.enter": ["FOCAL_POINT"],
  "values.submit": ["FOCAL_POINT"],
  "values.review": ["SECRETARIAT"],
  "values.reopen": ["SECRETARIAT"],
  "values.comment": ["SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP"],
  "completeness.read-all": ["ADMIN", "SECRETARIAT", "WORKING_GROUP"],
  /** Create frameworks, edit draft versions, import and export matrices. */
  "frameworks.manage": ["SECRETARIAT"],
  /** Open a version's consultation, resolve its comments, validate it and record the decision. */
  "framework-versions.manage": ["SECRETARIAT"],
  /** Comment on a version in consultation (when invited). */
  "framework-versions.comment": ["SECRETARIAT", "FOCAL_POINT", "WORKING_GROUP"],
  "cycles.manage": ["SECRETARIAT"],
  /** Record agreement or objection to a validated version. */
  "framework-versions.approve": ["WORKING_GROUP"],
  "users.manage": ["ADMIN"],
  "institutions.manage": ["ADMIN"],
  "audit.read": ["ADMIN", "SECRETARIAT"],
  /** Tokens act with their owner's own permissions, so everyone may have one. */
  "api-tokens.manage-own": EVERYONE,
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleCan(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
