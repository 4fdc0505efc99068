import "server-only";
import { atFields } from "./field-problems";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AreaDefinition, FrameworkDefinition } from "@/lib/frameworks/schemas";
import { writeVersionContent } from "@/lib/frameworks/write-version-content";
import type { CodeMapping } from "@/lib/matrix/code-mapping";
import type { DefinitionDiff } from "@/lib/matrix/definition-diff";
import { diffDefinitions } from "@/lib/matrix/diff-definitions";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { matrixProblemToProblem } from "@/lib/matrix/matrix-problem";
import type { Problem } from "@/lib/problems/problem";
import { readMatrixWorkbook } from "@/lib/matrix/read-matrix-workbook";
import { loadMatrixReferences } from "./load-matrix-references";
import { requireFreeLabel, requireNoWorkingVersion } from "./require-no-working-version";
import { importMatrixFileSchema } from "./schemas";
import { writeNewFramework } from "./write-new-framework";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

export type MatrixImportTarget = { frameworkCode: string; versionNumber: number; versionLabel: string; isNewFramework: boolean };
export type MatrixImportCounts = { areas: number; indicators: number };

export type MatrixImportResult =
  | { status: "problems"; problems: Problem[] }
  | { status: "checked"; target: MatrixImportTarget; counts: MatrixImportCounts; diff: DefinitionDiff }
  | { status: "imported"; target: MatrixImportTarget; counts: MatrixImportCounts; diff: DefinitionDiff; versionId: string };

/**
 * Imports a matrix workbook (XLSX, or the CSV of its Indicators sheet) as the next draft of a
 * framework or as a new framework. Any problem, at its sheet, row and column, refuses the
 * whole file. The dry run answers the diff against the version in force; the real run writes
 * the draft in one transaction, indicators continuing their identities by code. Indicators
 * of the version in force that the file leaves out are recorded as retired.
 */
export async function importMatrixFile(access: AccessContext, raw: unknown): Promise<MatrixImportResult> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(importMatrixFileSchema, raw, libText("errors.checkImport"));
  const workspaceId = access.workspace.id;
  const isNewFramework = input.mode === "new-framework";

  // Reads first (the version in force is approved and never changes), then one write transaction.
  const existing = isNewFramework ? null : await requireNoWorkingVersion(access, db, input.frameworkCode!);
  const inForce = existing?.inForce ? await loadVersionDefinition({ workspaceId, versionId: existing.inForce.id }) : null;
  const identities = existing?.inForce
    ? await db.indicator.findMany({ where: { versionId: existing.inForce.id }, select: { code: true, identityId: true } })
    : [];
  const references = await loadMatrixReferences(workspaceId);
  const fallbackLabel = input.label ?? String(existing?.nextNumber ?? 1);
  const fallback = existing
    ? { code: existing.framework.code, name: existing.framework.name, versionLabel: fallbackLabel }
    : input.code && input.name
      ? { code: input.code, name: input.name, versionLabel: fallbackLabel }
      : undefined;
  const read = await readMatrixWorkbook(input.file.bytes, { references, framework: fallback });
  if (!read.ok) return { status: "problems", problems: read.problems.map(matrixProblemToProblem) };

  const label = input.label ?? read.definition.version.label;
  const after: FrameworkDefinition = existing
    ? {
        // A new draft belongs to the framework: its code, name and settings are the framework's, not the file's.
        code: existing.framework.code,
        name: existing.framework.name,
        ...(existing.framework.description ? { description: existing.framework.description } : {}),
        scoringMethod: existing.framework.scoringMethod,
        ...(existing.framework.baseYear !== null ? { baseYear: existing.framework.baseYear } : {}),
        version: { number: existing.nextNumber, label, status: "DRAFT" },
        areas: read.definition.areas,
      }
    : {
        ...read.definition,
        code: input.code ?? read.definition.code,
        name: input.name ?? read.definition.name,
        version: { number: 1, label, status: "DRAFT" },
      };
  if (existing) requireFreeLabel(existing.framework.versions, label);
  if (isNewFramework) {
    const taken = await inWorkspace(workspaceId).framework.findFirst({ where: { code: after.code }, select: { id: true } });
    if (taken) {
      throw new AppError(
        "CONFLICT",
        libText("importProblems.editorFrameworkExists", { code: after.code }),
        atFields({ code: [libText("importProblems.editorImportCodeTaken", { code: after.code })] }),
      );
    }
  }

  const newCodes = new Set(indicatorCodes(after.areas));
  const codeMapping: CodeMapping = identities
    .filter((identity) => !newCodes.has(identity.code))
    .map((identity) => ({ kind: "retired", from: identity.code }));
  const before: FrameworkDefinition = inForce?.definition ?? { ...after, version: { label: "(nothing yet)" }, areas: [] };
  const diff = diffDefinitions(before, after, codeMapping);
  const target: MatrixImportTarget = {
    frameworkCode: after.code,
    versionNumber: after.version.number ?? 1,
    versionLabel: label,
    isNewFramework,
  };
  const counts: MatrixImportCounts = { areas: countAreas(after.areas), indicators: newCodes.size };
  if (input.dryRun) return { status: "checked", target, counts, diff };

  const versionId = await runMutation(
    actorOf(access),
    async (tx, audit) => {
      let written: { frameworkId: string; versionId: string };
      if (existing) {
        // Checked again inside the transaction: another draft may have started since the reads.
        const { framework, inForce: current, nextNumber } = await requireNoWorkingVersion(access, tx, existing.framework.code);
        if (nextNumber !== existing.nextNumber || current?.id !== existing.inForce?.id) {
          throw new AppError("CONFLICT", libText("importProblems.editorChangedWhileChecked", { code: framework.code }));
        }
        const version = await tx.frameworkVersion.create({
          data: {
            frameworkId: framework.id,
            number: nextNumber,
            label,
            status: "DRAFT",
            basedOnId: current?.id ?? null,
            codeMapping: codeMapping.length > 0 ? codeMapping : undefined,
          },
          select: { id: true },
        });
        await writeVersionContent(tx, {
          workspaceId,
          frameworkId: framework.id,
          versionId: version.id,
          areas: after.areas,
          identityIdsByCode: new Map(identities.map((identity) => [identity.code, identity.identityId])),
        });
        written = { frameworkId: framework.id, versionId: version.id };
      } else {
        written = await writeNewFramework(tx, workspaceId, { ...after, versionLabel: label });
        await audit({
          workspaceId,
          action: "framework.created",
          entityType: "Framework",
          entityId: written.frameworkId,
          summary: libText("auditSummaries.frameworkCreatedFromFile", { framework: after.code, file: input.file.fileName }),
          after: { code: after.code, name: after.name, start: "import" },
        });
      }
      await audit({
        workspaceId,
        action: "framework-version.imported",
        entityType: "FrameworkVersion",
        entityId: written.versionId,
        summary: libText("auditSummaries.matrixFileImported", {
          file: input.file.fileName,
          version: label,
          framework: after.code,
          indicators: String(counts.indicators),
        }),
        after: { fileName: input.file.fileName, label, ...counts, ...diff.summary.indicators },
      });
      return written.versionId;
    },
    { timeoutMs: 60_000 },
  );
  return { status: "imported", target, counts, diff, versionId };
}

function indicatorCodes(areas: readonly AreaDefinition[]): string[] {
  return areas.flatMap((area) => [...(area.indicators ?? []).map((indicator) => indicator.code), ...indicatorCodes(area.areas ?? [])]);
}

function countAreas(areas: readonly AreaDefinition[]): number {
  return areas.reduce((total, area) => total + 1 + countAreas(area.areas ?? []), 0);
}
