import "server-only";
import { atFields } from "./field-problems";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import { pickCurrentVersion } from "@/lib/frameworks/pick-current-version";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { createFrameworkSchema, type FrameworkTemplate } from "./schemas";
import { writeNewFramework } from "./write-new-framework";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

const TEMPLATES: Record<FrameworkTemplate, FrameworkDefinition> = { MGI: MGI_FRAMEWORK, SDG_10_7_2: SDG_10_7_2_FRAMEWORK };

/**
 * Creates a framework whose first version is a draft: blank (no area yet: the editor's first
 * step is to add one), a copy of the current version of another framework of the workspace,
 * or the built-in MGI or SDG 10.7.2 matrix. Copies start new series (new identities).
 */
export async function createFramework(access: AccessContext, raw: unknown): Promise<{ frameworkId: string; versionId: string }> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(createFrameworkSchema, raw, libText("errors.checkNewFramework"));
  const source = await startingContent(access, input);
  return runMutation(actorOf(access), async (tx, audit) => {
    const created = await writeNewFramework(tx, access.workspace.id, {
      code: input.code,
      name: input.name,
      description: input.description ?? source?.description ?? null,
      scoringMethod: source?.scoringMethod,
      baseYear: source?.baseYear ?? null,
      versionLabel: input.versionLabel,
      areas: source?.areas ?? [],
    });
    const origin =
      input.start === "copy"
        ? libText("auditSummaries.originCopy", { framework: String(input.copyFrom) })
        : input.start === "template"
          ? libText("auditSummaries.originTemplate", { template: String(input.template) })
          : libText("auditSummaries.originBlank");
    await audit({
      workspaceId: access.workspace.id,
      action: "framework.created",
      entityType: "Framework",
      entityId: created.frameworkId,
      summary: libText("auditSummaries.frameworkCreated", {
        framework: input.code,
        origin,
        indicators: String(created.indicators),
        version: input.versionLabel,
      }),
      after: {
        code: input.code,
        name: input.name,
        start: input.start,
        from: input.copyFrom ?? input.template ?? null,
        indicators: created.indicators,
      },
    });
    return { frameworkId: created.frameworkId, versionId: created.versionId };
  });
}

/** Read before the transaction opens: the source is an approved (unchanging) version or a built-in template. */
async function startingContent(
  access: AccessContext,
  input: { start: "blank" | "copy" | "template"; copyFrom?: string; template?: FrameworkTemplate },
): Promise<FrameworkDefinition | null> {
  if (input.start === "template") return TEMPLATES[input.template!];
  if (input.start === "blank") return null;
  const framework = await inWorkspace(access.workspace.id).framework.findFirst({
    where: { code: input.copyFrom! },
    select: { versions: { select: { id: true, number: true, status: true } } },
  });
  const version = framework ? pickCurrentVersion(framework.versions) : null;
  if (!version) {
    throw new AppError(
      "BAD_REQUEST",
      libText("importProblems.editorCheckNewFramework"),
      atFields({ copyFrom: [libText("importProblems.editorNoFrameworkToCopy", { code: input.copyFrom ?? "" })] }),
    );
  }
  return (await loadVersionDefinition({ workspaceId: access.workspace.id, versionId: version.id })).definition;
}
