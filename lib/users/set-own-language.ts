import "server-only";
import { z } from "zod";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { libText, zodMessage } from "@/lib/i18n/lib-text";

export const languageChoiceSchema = z.object({
  locale: z.enum(LOCALES, { message: zodMessage("validation.chooseLanguage", { languages: LOCALES.join(", ") }) }),
});

/**
 * Saves the interface language a person chose for themselves, so it follows them to another
 * browser. Anyone signed in may set their own; nobody sets another person's.
 */
export async function setOwnLanguage(access: AccessContext, locale: Locale): Promise<void> {
  const before = await db.user.findUniqueOrThrow({ where: { id: access.user.id }, select: { locale: true } });
  // Choosing the language already saved changes nothing and leaves no event.
  if (before.locale === locale) return;
  await runMutation(actorOf(access), async (tx, audit) => {
    await tx.user.update({ where: { id: access.user.id }, data: { locale } });
    await audit({
      workspaceId: access.workspace.id,
      action: "user.language-changed",
      entityType: "User",
      entityId: access.user.id,
      summary: libText("auditSummaries.languageChosen", { name: access.user.name, locale }),
      before: { locale: before.locale },
      after: { locale },
    });
  });
}
