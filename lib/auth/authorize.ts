import { AppError } from "@/lib/errors";
import type { AccessContext } from "./access-context";
import { PERMISSIONS, roleCan, type Permission, ROLE_LABELS } from "./permissions";

export function can(access: AccessContext, permission: Permission): boolean {
  return roleCan(access.membership.role, permission);
}

/** Refuses with FORBIDDEN (HTTP 403, or a message in the interface) unless the role may. */
export function requirePermission(access: AccessContext, permission: Permission): void {
  if (!can(access, permission)) {
    const allowed = (PERMISSIONS[permission] as readonly (keyof typeof ROLE_LABELS)[]).map((role) => ROLE_LABELS[role].toLowerCase());
    throw new AppError(
      "FORBIDDEN",
      `Your role (${ROLE_LABELS[access.membership.role].toLowerCase()}) cannot do this; it is reserved for: ${allowed.join(", ")}`,
    );
  }
}
