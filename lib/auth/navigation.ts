import type { AccessContext } from "./access-context";
import { can } from "./authorize";

export type NavItem = { href: string; label: string };

/** The sections a person's role opens; the pages check the same permissions themselves. */
export function navigationFor(access: AccessContext): NavItem[] {
  return [
    { href: "/", label: "Overview" },
    { href: "/frameworks", label: "Frameworks" },
    ...(can(access, "values.enter") || can(access, "completeness.read-all") ? [{ href: "/cycles", label: "Reporting cycles" }] : []),
    ...(can(access, "audit.read") ? [{ href: "/audit", label: "Audit log" }] : []),
    ...(can(access, "users.manage") ? [{ href: "/admin/users", label: "People" }] : []),
    ...(can(access, "institutions.manage") ? [{ href: "/admin/institutions", label: "Institutions" }] : []),
    ...(can(access, "users.manage") ? [{ href: "/admin/e-mail", label: "E-mail" }] : []),
    { href: "/account", label: "Your account" },
  ];
}
