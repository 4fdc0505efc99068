import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { AppError } from "@/lib/errors";
import { libText } from "@/lib/i18n/lib-text";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

/** A framework of the workspace by its code, or NOT_FOUND; its name's translations for pages that show it (decision 042). */
export async function requireFramework(
  access: AccessContext,
  code: string,
): Promise<{ id: string; code: string; name: string; nameTranslations: unknown }> {
  const framework = await inWorkspace(access.workspace.id).framework.findFirst({
    where: { code },
    select: { id: true, code: true, name: true, nameTranslations: true },
  });
  if (!framework) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: code }));
  return framework;
}
