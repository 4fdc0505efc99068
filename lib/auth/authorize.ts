import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import type { AccessContext } from "./access-context";
import { PERMISSIONS, roleCan, type Permission } from "./permissions";

export function can(access: AccessContext, permission: Permission): boolean {
  return roleCan(access.membership.role, permission);
}

/** Refuses with FORBIDDEN (HTTP 403, or a message in the interface) unless the role may. */
export function requirePermission(access: AccessContext, permission: Permission): void {
  if (!can(access, permission)) {
    throw new AppError(
      "FORBIDDEN",
      libText("errors.roleReserved", { role: ROLE_NAMES[access.membership.role], roles: roleNames(PERMISSIONS[permission]) }),
    );
  }
}

/** The roles' names in the reader's language, lower case inside the sentence ("institution focal point"). */
const ROLE_NAMES: Record<Role, LibText> = {
  ADMIN: libText("errors.roleAdmin"),
  SECRETARIAT: libText("errors.roleSecretariat"),
  FOCAL_POINT: libText("errors.roleFocalPoint"),
  WORKING_GROUP: libText("errors.roleWorkingGroup"),
  VIEWER: libText("errors.roleViewer"),
};

/** "secretariat, working-group member": each name a quoted text, so that each is worded in the reader's language. */
function roleNames(roles: readonly Role[]): LibText {
  const [first, ...rest] = roles;
  if (!first) throw new Error("A permission reserved for no role");
  return rest.length === 0 ? ROLE_NAMES[first] : libText("errors.roleNames", { first: ROLE_NAMES[first], rest: roleNames(rest) });
}
