import "server-only";
import { atFields } from "./field-problems";
import type { AccessContext } from "@/lib/auth/access-context";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { FrameworkVersionStatus } from "@/lib/generated/prisma/enums";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

/** The statuses of a version still worked on; the refusal words each (importProblems.editorVersionInWork). */
const WORKING: Partial<Record<FrameworkVersionStatus, true>> = { DRAFT: true, IN_CONSULTATION: true, VALIDATED: true };

/**
 * One working version at a time: a framework gets a new version only when none of its
 * versions is a draft, in consultation or validated. Returns the framework, the version in
 * force (the newest approved one, or null) and the next version number.
 */
export async function requireNoWorkingVersion(access: AccessContext, tx: Tx, frameworkCode: string) {
  const framework = await inWorkspace(access.workspace.id, tx).framework.findFirst({
    where: { code: frameworkCode },
    select: {
      id: true,
      code: true,
      name: true,
      description: true,
      scoringMethod: true,
      baseYear: true,
      versions: { orderBy: { number: "desc" }, select: { id: true, number: true, label: true, status: true } },
    },
  });
  if (!framework) throw new AppError("NOT_FOUND", libText("importProblems.editorNoSuchFramework", { code: frameworkCode }));
  const working = framework.versions.find((version) => WORKING[version.status]);
  if (working) {
    throw new AppError(
      "CONFLICT",
      libText("importProblems.editorVersionInWork", { version: working.label, framework: framework.code, status: working.status }),
    );
  }
  const inForce = framework.versions.find((version) => version.status === "APPROVED") ?? null;
  const nextNumber = (framework.versions[0]?.number ?? 0) + 1;
  return { framework, inForce, nextNumber };
}

/** A label that another version of the framework already has is refused at its field. */
export function requireFreeLabel(versions: readonly { label: string }[], label: string, field = "label"): void {
  if (versions.some((version) => version.label === label)) {
    throw new AppError(
      "BAD_REQUEST",
      libText("importProblems.editorChooseAnotherLabel"),
      atFields({ [field]: [libText("importProblems.editorLabelTaken", { label })] }),
    );
  }
}
