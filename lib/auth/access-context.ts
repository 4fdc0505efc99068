import type { Actor } from "@/lib/audit/audit-actions";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Who is acting, in which workspace, with which role. Built on the server from the session
 * cookie or the API token, never from request input; every lib/ operation that reads
 * restricted data or changes anything takes one.
 */
export type AccessContext = {
  user: { id: string; email: string; name: string };
  /** defaultLocale: the interface language when neither the person nor their browser names one of ours. */
  workspace: { id: string; slug: string; name: string; isDemo: boolean; defaultLocale: string };
  membership: { id: string; role: Role; institution: { id: string; code: string; name: string } | null };
  /** "command-line": an operator on the server itself (imports and exports run from a shell). */
  via: "session" | "token" | "command-line";
};

export function actorOf(access: AccessContext): Actor {
  if (access.via === "command-line") return { userId: null, label: "system:command-line" };
  return { userId: access.user.id, label: access.user.email };
}
