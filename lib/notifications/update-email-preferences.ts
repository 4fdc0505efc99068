import "server-only";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { readDigestFrequency } from "./digest-frequency";
import { NOTIFICATION_KINDS } from "./notification-kinds";
import { emailPreferencesSchema } from "./schemas";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Saves which kinds of notice a person receives by e-mail (the others still appear in the
 * application), and whether they want a daily or weekly digest of their unread notices. Anyone signed in sets their own, nobody another's. Input that does not parse
 * is refused whole and changes nothing.
 */
export async function updateEmailPreferences(access: AccessContext, input: unknown): Promise<{ changed: boolean }> {
  const { emailKinds, digest } = parseOrThrow(emailPreferencesSchema, input, libText("errors.emailChoicesNotValid"));
  const wanted = new Set<string>(emailKinds);
  const optOuts = NOTIFICATION_KINDS.filter((kind) => !wanted.has(kind));
  const [stored, user] = await Promise.all([
    db.emailOptOut.findMany({ where: { userId: access.user.id }, select: { kind: true } }),
    db.user.findUniqueOrThrow({ where: { id: access.user.id }, select: { digestFrequency: true } }),
  ]);
  const before = stored.map((entry) => entry.kind).sort();
  const digestBefore = readDigestFrequency(user.digestFrequency);
  const digestAfter = digest ?? digestBefore;
  if (before.join() === [...optOuts].sort().join() && digestBefore === digestAfter) return { changed: false };

  await runMutation(actorOf(access), async (tx, audit) => {
    await tx.emailOptOut.deleteMany({ where: { userId: access.user.id } });
    await tx.emailOptOut.createMany({ data: optOuts.map((kind) => ({ userId: access.user.id, kind })) });
    if (digestAfter !== digestBefore) await tx.user.update({ where: { id: access.user.id }, data: { digestFrequency: digestAfter } });
    await audit({
      workspaceId: access.workspace.id,
      action: "user.email-preferences-changed",
      entityType: "User",
      entityId: access.user.id,
      summary:
        emailKinds.length > 0
          ? libText("auditSummaries.emailChosen", { name: access.user.name, kinds: [...wanted].join(", "), digest: digestAfter })
          : libText("auditSummaries.emailChosenForNothing", { name: access.user.name, digest: digestAfter }),
      before: { emailOptOuts: before, digest: digestBefore },
      after: { emailOptOuts: [...optOuts].sort(), digest: digestAfter },
    });
  });
  return { changed: true };
}
