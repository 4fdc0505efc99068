import "server-only";
import { systemActor } from "@/lib/audit/audit-actions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readTranslations } from "@/lib/i18n/localized-name";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import {
  BUILTIN_FRAMEWORK_TEXTS,
  findBuiltinAreaTranslations,
  findBuiltinDimensionMemberTranslations,
  findBuiltinDimensionTranslations,
  findBuiltinFrameworkTranslations,
  findBuiltinIndicatorTranslations,
  findBuiltinLevelLabelTranslations,
} from "./translations/find-builtin-translations";
import type { BuiltinText } from "./translations/builtin-texts";
import { libText } from "@/lib/i18n/lib-text";

type Model = "framework" | "area" | "indicator" | "indicatorLevel" | "dimension" | "dimensionMember";
type Fill = { model: Model; id: string; data: Record<string, Prisma.InputJsonValue>; group: string; fields: string[] };

/**
 * The stored translations with each language of the built-in text added where it is missing or
 * empty; null when all are there already (or the text is not built in). Other languages, and a
 * text that someone wrote in one of the built-in text's languages, are kept as stored.
 */
function withBuiltinLanguages(stored: unknown, texts: BuiltinText | undefined): Prisma.InputJsonObject | null {
  if (!texts) return null;
  const present = readTranslations(stored);
  const missing = Object.entries(texts).filter(([language, text]) => present[language] === undefined && text.trim() !== "");
  if (missing.length === 0) return null;
  const kept = stored !== null && typeof stored === "object" && !Array.isArray(stored) ? (stored as Prisma.InputJsonObject) : {};
  return { ...kept, ...Object.fromEntries(missing) };
}

/** Collects the fills of one row: each translatable field whose main text exists and that lacks a built-in language. */
function rowFills(
  fills: Fill[],
  row: { model: Model; id: string; group: string; kind: string },
  fields: { field: string; main: string | null; stored: unknown; texts: BuiltinText | undefined }[],
) {
  const data: Record<string, Prisma.InputJsonValue> = {};
  for (const { field, main, stored, texts } of fields) {
    const next = main === null || main.trim() === "" ? null : withBuiltinLanguages(stored, texts);
    if (next) data[field] = next;
  }
  const names = Object.keys(data);
  if (names.length > 0)
    fills.push({ model: row.model, id: row.id, data, group: row.group, fields: names.map((name) => `${row.kind}.${name}`) });
}

/** What is empty in the workspace's built-in frameworks and standard dimensions, read through its scope. */
async function planFills(scoped: Tx): Promise<Fill[]> {
  const fills: Fill[] = [];
  const frameworks = await scoped.framework.findMany({
    where: { code: { in: Object.keys(BUILTIN_FRAMEWORK_TEXTS) } },
    select: { id: true, code: true, name: true, description: true, nameTranslations: true, descriptionTranslations: true },
  });
  const codeOf = new Map(frameworks.map((framework) => [framework.id, framework.code]));
  const inBuiltin = { version: { frameworkId: { in: frameworks.map((framework) => framework.id) } } };
  const [areas, indicators, dimensions] = await Promise.all([
    scoped.area.findMany({
      where: inBuiltin,
      select: {
        id: true,
        code: true,
        name: true,
        description: true,
        nameTranslations: true,
        descriptionTranslations: true,
        version: { select: { frameworkId: true } },
      },
    }),
    scoped.indicator.findMany({
      where: inBuiltin,
      select: {
        id: true,
        code: true,
        name: true,
        definition: true,
        unit: true,
        nameTranslations: true,
        definitionTranslations: true,
        unitTranslations: true,
        version: { select: { frameworkId: true } },
        levels: { select: { id: true, code: true, label: true, labelTranslations: true } },
      },
    }),
    scoped.dimension.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        nameTranslations: true,
        members: { select: { id: true, code: true, name: true, nameTranslations: true } },
      },
    }),
  ]);

  for (const framework of frameworks) {
    const texts = findBuiltinFrameworkTranslations(framework.code);
    rowFills(fills, { model: "framework", id: framework.id, group: framework.code, kind: "framework" }, [
      { field: "nameTranslations", main: framework.name, stored: framework.nameTranslations, texts: texts?.name },
      {
        field: "descriptionTranslations",
        main: framework.description,
        stored: framework.descriptionTranslations,
        texts: texts?.description,
      },
    ]);
  }
  for (const area of areas) {
    const group = codeOf.get(area.version.frameworkId)!;
    const texts = findBuiltinAreaTranslations(group, area.code);
    rowFills(fills, { model: "area", id: area.id, group, kind: "area" }, [
      { field: "nameTranslations", main: area.name, stored: area.nameTranslations, texts: texts?.name },
      { field: "descriptionTranslations", main: area.description, stored: area.descriptionTranslations, texts: texts?.description },
    ]);
  }
  for (const indicator of indicators) {
    const group = codeOf.get(indicator.version.frameworkId)!;
    const texts = findBuiltinIndicatorTranslations(group, indicator.code);
    rowFills(fills, { model: "indicator", id: indicator.id, group, kind: "indicator" }, [
      { field: "nameTranslations", main: indicator.name, stored: indicator.nameTranslations, texts: texts?.name },
      { field: "definitionTranslations", main: indicator.definition, stored: indicator.definitionTranslations, texts: texts?.definition },
      { field: "unitTranslations", main: indicator.unit, stored: indicator.unitTranslations, texts: texts?.unit },
    ]);
    for (const level of indicator.levels) {
      // By code and English label, as at installation: a label someone changed is not translated.
      rowFills(fills, { model: "indicatorLevel", id: level.id, group, kind: "level" }, [
        { field: "labelTranslations", main: level.label, stored: level.labelTranslations, texts: findBuiltinLevelLabelTranslations(level) },
      ]);
    }
  }
  for (const dimension of dimensions) {
    rowFills(fills, { model: "dimension", id: dimension.id, group: "dimensions", kind: "dimension" }, [
      {
        field: "nameTranslations",
        main: dimension.name,
        stored: dimension.nameTranslations,
        texts: findBuiltinDimensionTranslations(dimension.code),
      },
    ]);
    for (const member of dimension.members) {
      const texts = findBuiltinDimensionMemberTranslations(dimension.code, member.code);
      rowFills(fills, { model: "dimensionMember", id: member.id, group: "dimensions", kind: "member" }, [
        { field: "nameTranslations", main: member.name, stored: member.nameTranslations, texts },
      ]);
    }
  }
  return fills;
}

/** How many texts were filled, by framework code (or "dimensions") and kind.field. */
function countFills(fills: Fill[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const fill of fills) {
    const group = (counts[fill.group] ??= {});
    for (const field of fill.fields) group[field] = (group[field] ?? 0) + 1;
  }
  return counts;
}

/**
 * Gives a workspace the built-in translations (decisions 042, 053, 054) that it lacks because it
 * was created before they existed: in the built-in MGI and SDG 10.7.2 frameworks (every version,
 * found by framework, area, indicator and level code) and the standard dimensions, each language
 * of a built-in text (French and Spanish everywhere, Romanian and Russian where written) only
 * where it is empty; a text someone wrote is never replaced. Reads and writes in one
 * transaction, with one audit event when anything was filled and none otherwise, so running it
 * again (each start, or two servers at once: PostgreSQL's serializable retry re-reads) changes
 * nothing. Returns how many fields were filled. Not runMutation: it demands an event even when
 * nothing is written, and "nothing to do" is this operation's usual outcome.
 */
export async function fillBuiltinTranslations(workspaceId: string): Promise<{ filled: number }> {
  return runInTransaction(
    async (tx) => {
      const scoped = inWorkspace(workspaceId, tx);
      const fills = await planFills(scoped);
      if (fills.length === 0) return { filled: 0 };
      for (const fill of fills) await updateRow(scoped, fill);
      const filled = fills.reduce((sum, fill) => sum + fill.fields.length, 0);
      await recordAuditEvent(tx, {
        workspaceId,
        actor: systemActor("builtin-translations"),
        action: "workspace.builtin-translations-filled",
        entityType: "Workspace",
        entityId: workspaceId,
        summary: libText("auditSummaries.builtinTranslationsFilled", { count: String(filled) }),
        after: countFills(fills),
      });
      return { filled };
    },
    { timeoutMs: 120_000 },
  );
}

// One statement per row: each row's JSON differs, and a workspace has a few thousand at most.
async function updateRow(scoped: Tx, { model, id, data }: Fill): Promise<void> {
  const where = { id };
  if (model === "framework") await scoped.framework.update({ where, data });
  else if (model === "area") await scoped.area.update({ where, data });
  else if (model === "indicator") await scoped.indicator.update({ where, data });
  else if (model === "indicatorLevel") await scoped.indicatorLevel.update({ where, data });
  else if (model === "dimension") await scoped.dimension.update({ where, data });
  else await scoped.dimensionMember.update({ where, data });
}
