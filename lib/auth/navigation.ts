import type { AccessContext } from "./access-context";
import { can } from "./authorize";

/** The sections of the main navigation; the layout gives each its label in the person's language. */
export type NavSection = "overview" | "frameworks" | "cycles" | "audit" | "people" | "institutions" | "email" | "account";

export type NavItem = { href: string; section: NavSection };

/** The sections a person's role opens; the pages check the same permissions themselves. */
export function navigationFor(access: AccessContext): NavItem[] {
  return [
    { href: "/", section: "overview" },
    { href: "/frameworks", section: "frameworks" },
    ...(can(access, "values.enter") || can(access, "completeness.read-all") ? [{ href: "/cycles", section: "cycles" } as const] : []),
    ...(can(access, "audit.read") ? [{ href: "/audit", section: "audit" } as const] : []),
    ...(can(access, "users.manage") ? [{ href: "/admin/users", section: "people" } as const] : []),
    ...(can(access, "institutions.manage") ? [{ href: "/admin/institutions", section: "institutions" } as const] : []),
    ...(can(access, "users.manage") ? [{ href: "/admin/e-mail", section: "email" } as const] : []),
    { href: "/account", section: "account" },
  ];
}
