import "server-only";
import { atFields } from "./field-problems";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { zodProblems } from "@/lib/validation/parse-input";
import { indicatorDefinitionSchema, type IndicatorDefinition } from "@/lib/frameworks/schemas";
import { SDG_TARGETS } from "@/lib/matrix/matrix-references";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText, type LibText } from "@/lib/i18n/lib-text";

const FIELD_MESSAGE = libText("importProblems.editorCheckIndicator");

/** An indicator's fields checked by the definition's rules; errors are named by field ("code", "targets.0.value"). */
export function parseIndicatorDefinition(raw: unknown): IndicatorDefinition {
  const parsed = indicatorDefinitionSchema.safeParse(raw);
  if (!parsed.success) throw new AppError("BAD_REQUEST", FIELD_MESSAGE, { problems: zodProblems(parsed.error) });
  return parsed.data;
}

export type WorkspaceReferences = { institutionIds: Map<string, string>; dimensionIds: Map<string, string> };

export async function loadWorkspaceReferences(tx: Tx, workspaceId: string): Promise<WorkspaceReferences> {
  const scoped = inWorkspace(workspaceId, tx);
  const [institutions, dimensions] = await Promise.all([
    scoped.institution.findMany({ select: { id: true, code: true } }),
    scoped.dimension.findMany({ select: { id: true, code: true } }),
  ]);
  return {
    institutionIds: new Map(institutions.map((row) => [row.code, row.id])),
    dimensionIds: new Map(dimensions.map((row) => [row.code, row.id])),
  };
}

/**
 * What the schema cannot know: whether the institutions, dimensions and SDG targets named
 * exist, and whether the code is free in the version. Refuses with every problem at its field.
 */
export function requireKnownReferences(
  indicator: IndicatorDefinition,
  references: WorkspaceReferences,
  options: { codeTaken: boolean },
): void {
  const errors: Record<string, LibText[]> = {};
  const add = (field: string, text: LibText) => (errors[field] ??= []).push(text);
  if (options.codeTaken) add("code", libText("importProblems.editorIndicatorCodeTaken", { code: indicator.code }));
  if (indicator.leadInstitution && !references.institutionIds.has(indicator.leadInstitution)) {
    add("leadInstitution", libText("importProblems.editorNoSuchInstitution", { code: indicator.leadInstitution }));
  }
  for (const code of indicator.contributors ?? []) {
    if (!references.institutionIds.has(code)) add("contributors", libText("importProblems.editorNoSuchInstitution", { code }));
  }
  for (const code of indicator.dimensions ?? []) {
    if (!references.dimensionIds.has(code)) add("dimensions", libText("importProblems.editorNoSuchDimension", { code }));
  }
  for (const target of indicator.mappings?.sdgTargets ?? []) {
    if (!SDG_TARGETS.has(target)) add("mappings.sdgTargets", libText("importProblems.editorNoSuchSdgTarget", { target }));
  }
  if (Object.keys(errors).length > 0) throw new AppError("BAD_REQUEST", FIELD_MESSAGE, atFields(errors));
}

/** Resolvers for buildIndicatorRows, once the references are known to exist. */
export function resolversOf(references: WorkspaceReferences) {
  return {
    institution: (code: string) => references.institutionIds.get(code)!,
    dimension: (code: string) => references.dimensionIds.get(code)!,
  };
}
