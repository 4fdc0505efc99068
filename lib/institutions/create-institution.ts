import "server-only";
import { keyedProblem } from "@/lib/problems/problem";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { AppError } from "@/lib/errors";
import { createInstitutionSchema, type CreateInstitutionInput } from "./schemas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { libText } from "@/lib/i18n/lib-text";

export async function createInstitution(access: AccessContext, raw: CreateInstitutionInput): Promise<{ institutionId: string }> {
  requirePermission(access, "institutions.manage");
  const input = parseOrThrow(createInstitutionSchema, raw, libText("errors.checkInstitutionDetails"));
  return runMutation(actorOf(access), async (tx, audit) => {
    const scoped = inWorkspace(access.workspace.id, tx);
    const taken = await scoped.institution.findFirst({
      where: { code: input.code },
      select: { id: true },
    });
    if (taken)
      throw new AppError("CONFLICT", libText("errors.institutionCodeUsed", { code: input.code }), {
        problems: [keyedProblem({ field: "code", code: "duplicate" }, libText("errors.institutionCodeUsed", { code: input.code }))],
      });
    const institution = await scoped.institution.create({ data: { workspaceId: access.workspace.id, code: input.code, name: input.name } });
    await audit({
      workspaceId: access.workspace.id,
      action: "institution.created",
      entityType: "Institution",
      entityId: institution.id,
      summary: libText("auditSummaries.institutionCreated", { code: input.code, name: input.name }),
      after: { code: input.code, name: input.name },
    });
    return { institutionId: institution.id };
  });
}
