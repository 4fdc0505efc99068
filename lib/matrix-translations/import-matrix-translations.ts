import "server-only";
import { z } from "zod";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findVersion } from "@/lib/frameworks/editor/find-version";
import { versionAddressSchema } from "@/lib/frameworks/editor/schemas";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { libText, type LibText } from "@/lib/i18n/lib-text";
import { keyedProblem, type Problem } from "@/lib/problems/problem";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { readTranslationWorkbook, type ReadTextRow } from "./read-translation-workbook";
import { CODE_SEPARATOR, listTextRows, TEXT_FIELDS, type TextKind, type TextRow } from "./translation-rows";
import { TRANSLATION_SHEET } from "./write-translation-workbook";

export const importMatrixTranslationsSchema = versionAddressSchema.extend({
  file: z.strictObject({
    fileName: z.string().trim().min(1, "Choose a file").max(300),
    bytes: z.instanceof(Uint8Array, { message: "Choose a file" }),
  }),
});

/** Long texts (descriptions, definitions) may run to 5000 characters, the others to 1000, as in definitions. */
const MAX_LENGTH = { description: 5000, definition: 5000 } as Record<string, number>;

type Change = { kind: TextKind; code: string; column: string; translations: Record<string, string> };

/**
 * Imports a translation workbook into a draft version (decision 042): all or nothing. Any
 * problem (an unknown language column, kind, field or code, a repeated row, a changed main
 * text, a text too long) refuses the whole file with every problem at its row and column,
 * and nothing changes. A filled cell sets that language's translation, an empty one removes
 * it; rows left out and languages without a column keep what they had. Framework and
 * dimension texts are not versioned, so they change for every version of the workspace.
 */
export async function importMatrixTranslations(access: AccessContext, raw: unknown): Promise<{ texts: number; changed: number }> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(importMatrixTranslationsSchema, raw, libText("errors.checkTranslationFile"));
  const version = await findVersion(access, input.frameworkCode, input.versionNumber);
  if (version.status !== "DRAFT") {
    throw new AppError(
      "CONFLICT",
      libText("errors.translationWorkbookNotADraft", { version: version.label, framework: version.framework.code }),
    );
  }
  const read = await readTranslationWorkbook(input.file.bytes);
  if (!read.ok) throw new AppError("BAD_REQUEST", libText("errors.translationWorkbookHasProblems"), { problems: read.problems });

  const { definition, references } = await loadVersionDefinition({ workspaceId: access.workspace.id, versionId: version.id });
  const current = new Map(listTextRows(definition, references).map((row) => [`${row.kind}|${row.code}|${row.field}`, row]));
  const problems: Problem[] = [];
  const changes: Change[] = [];
  for (const row of read.rows) {
    const text = current.get(`${row.kind}|${row.code}|${row.field}`);
    if (!text) {
      problems.push(
        problemAt(
          row,
          "code",
          libText("errors.translationWorkbookNoSuchText", { version: version.label, kind: row.kind, code: row.code, field: row.field }),
        ),
      );
      continue;
    }
    const change = changeOf(row, text, problems);
    if (change) changes.push(change);
  }
  if (problems.length > 0) throw new AppError("BAD_REQUEST", libText("errors.translationWorkbookHasProblems"), { problems });

  await runMutation(actorOf(access), async (tx, audit) => {
    await writeChanges(tx, access.workspace.id, version, changes);
    await audit({
      workspaceId: access.workspace.id,
      action: "framework-version.translations-imported",
      entityType: "FrameworkVersion",
      entityId: version.id,
      summary: libText("auditSummaries.translationsImported", {
        framework: version.framework.code,
        version: version.label,
        changed: String(changes.length),
        total: String(read.rows.length),
      }),
      after: {
        file: input.file.fileName,
        texts: read.rows.length,
        changed: changes.map(({ kind, code, column }) => `${kind} ${code} ${column}`),
      },
    });
  });
  return { texts: read.rows.length, changed: changes.length };
}

const problemAt = (row: ReadTextRow, field: string, text: LibText): Problem =>
  keyedProblem({ sheet: TRANSLATION_SHEET, row: row.row, field }, text);

/** The row's new translations, or null when they are what is stored; problems go to the list. */
function changeOf(row: ReadTextRow, text: TextRow, problems: Problem[]): Change | null {
  const main = row.cells[DEFAULT_LOCALE];
  if (main !== undefined && main !== null && main !== text.main.trim()) {
    problems.push(problemAt(row, DEFAULT_LOCALE, libText("errors.translationWorkbookMainTextChanged")));
    return null;
  }
  const next = { ...text.translations };
  for (const [language, cell] of Object.entries(row.cells) as [Locale, string | null][]) {
    if (language === DEFAULT_LOCALE) continue;
    const limit = MAX_LENGTH[row.field] ?? 1000;
    if (cell !== null && cell.length > limit) {
      problems.push(problemAt(row, language, libText("errors.translationWorkbookTooLong", { length: cell.length, limit })));
      continue;
    }
    if (cell === null) delete next[language];
    else next[language] = cell;
  }
  const same = JSON.stringify(Object.entries(next).sort()) === JSON.stringify(Object.entries(text.translations).sort());
  return same ? null : { kind: row.kind, code: row.code, column: TEXT_FIELDS[row.field], translations: next };
}

/** One update per changed text, each found by its codes within the version or the workspace. */
async function writeChanges(tx: Tx, workspaceId: string, version: { id: string; framework: { id: string } }, changes: Change[]) {
  const scoped = inWorkspace(workspaceId, tx);
  const [indicators, dimensions] = await Promise.all([
    tx.indicator.findMany({
      where: { versionId: version.id },
      select: { id: true, code: true, levels: { select: { id: true, code: true } } },
    }),
    scoped.dimension.findMany({ select: { id: true, code: true, members: { select: { id: true, code: true } } } }),
  ]);
  const split = (code: string) => {
    const at = code.lastIndexOf(CODE_SEPARATOR);
    return [code.slice(0, at), code.slice(at + 1)] as const;
  };
  for (const change of changes) {
    const data = { [change.column]: Object.keys(change.translations).length > 0 ? change.translations : Prisma.DbNull };
    if (change.kind === "framework") await tx.framework.update({ where: { id: version.framework.id }, data });
    else if (change.kind === "area")
      await tx.area.update({ where: { versionId_code: { versionId: version.id, code: change.code } }, data });
    else if (change.kind === "indicator") {
      await tx.indicator.update({ where: { versionId_code: { versionId: version.id, code: change.code } }, data });
    } else if (change.kind === "level") {
      const [indicatorCode, levelCode] = split(change.code);
      const level = indicators.find((row) => row.code === indicatorCode)!.levels.find((row) => row.code === levelCode)!;
      await tx.indicatorLevel.update({ where: { id: level.id }, data });
    } else if (change.kind === "dimension") {
      await tx.dimension.update({ where: { id: dimensions.find((row) => row.code === change.code)!.id }, data });
    } else {
      const [dimensionCode, memberCode] = split(change.code);
      const member = dimensions.find((row) => row.code === dimensionCode)!.members.find((row) => row.code === memberCode)!;
      await tx.dimensionMember.update({ where: { id: member.id }, data });
    }
  }
}
