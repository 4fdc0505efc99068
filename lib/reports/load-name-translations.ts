import "server-only";
import { db } from "@/lib/db";
import { nameTranslationsSchema } from "@/lib/frameworks/schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import type { NameTranslationsById } from "./model/localize-names";

/**
 * The names in other languages (`nameTranslations`) of a version's areas and indicators, by
 * id, for a report in a language other than the matrix's own. Two queries; a stored value that
 * does not parse counts as no translation rather than failing the report.
 */
export async function loadNameTranslations(workspaceId: string, versionId: string): Promise<NameTranslationsById> {
  const scoped = inWorkspace(workspaceId, db);
  const select = { id: true, nameTranslations: true } as const;
  const [areas, indicators] = await Promise.all([
    scoped.area.findMany({ where: { versionId }, select }),
    scoped.indicator.findMany({ where: { versionId }, select }),
  ]);
  const byId = new Map<string, Record<string, string>>();
  for (const row of [...areas, ...indicators]) {
    const parsed = nameTranslationsSchema.safeParse(row.nameTranslations ?? {});
    if (parsed.success) byId.set(row.id, parsed.data);
  }
  return byId;
}
