import "server-only";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { generateTemporaryPassword } from "@/lib/auth/generate-temporary-password";
import { AppError } from "@/lib/errors";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import { installFramework } from "@/lib/frameworks/install-framework";
import { createWorkspace } from "@/lib/workspaces/create-workspace";
import { libText } from "@/lib/i18n/lib-text";

export const createAdministratorSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "--email must be an e-mail address" })),
  name: z.string().trim().min(1, "--name is required").max(200),
  workspaceName: z.string().trim().min(3, '--workspace must name the government, e.g. "Republic of Moldova"').max(200).optional(),
  workspaceSlug: z.string().trim().optional(),
});

export type CreateAdministratorResult = { email: string; workspaceName: string; workspaceCreated: boolean; temporaryPassword: string };

/**
 * The first-run and recovery path, for the command line (`npm run admin:create`): makes a
 * person administrator of a workspace with a temporary password they must change at first
 * sign-in. On an empty database it also creates the workspace with the built-in MGI and
 * SDG 10.7.2 frameworks. For an existing person, it restores administrator access.
 */
export async function createAdministrator(raw: z.input<typeof createAdministratorSchema>): Promise<CreateAdministratorResult> {
  const input = parseOrThrow(createAdministratorSchema, raw, "Check the command's options");
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const actor = systemActor("admin-create");

  return runMutation(
    actor,
    async (tx, audit) => {
      const workspaces = await tx.workspace.findMany({ select: { id: true, slug: true, name: true }, orderBy: { createdAt: "asc" } });
      let workspace = input.workspaceSlug ? workspaces.find((candidate) => candidate.slug === input.workspaceSlug) : undefined;
      let workspaceCreated = false;
      if (input.workspaceSlug && !workspace) throw new AppError("NOT_FOUND", `No workspace with the address ${input.workspaceSlug}`);
      if (!workspace && workspaces.length > 1) {
        throw new AppError(
          "BAD_REQUEST",
          `Several workspaces exist; name one with --workspace-slug (${workspaces.map((candidate) => candidate.slug).join(", ")})`,
        );
      }
      workspace ??= workspaces[0];
      if (!workspace) {
        if (!input.workspaceName)
          throw new AppError("BAD_REQUEST", 'The database is empty: name the government with --workspace "Republic of …"');
        const slug =
          input.workspaceName
            .toLowerCase()
            .normalize("NFKD")
            .replace(/[^a-z0-9]+/g, "-")
            .replace(/^-|-$/g, "")
            .slice(0, 40) || "workspace";
        const created = await createWorkspace(tx, { slug, name: input.workspaceName, actor });
        for (const definition of [MGI_FRAMEWORK, SDG_10_7_2_FRAMEWORK])
          await installFramework(tx, { workspaceId: created.workspaceId, definition, actor });
        workspace = { id: created.workspaceId, slug, name: input.workspaceName };
        workspaceCreated = true;
      }

      const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true } });
      const user = existing
        ? await tx.user.update({ where: { id: existing.id }, data: { isActive: true, mustChangePassword: true } })
        : await tx.user.create({ data: { email: input.email, name: input.name, mustChangePassword: true } });
      await tx.account.upsert({
        where: { providerId_accountId: { providerId: "credential", accountId: user.id } },
        update: { password: passwordHash },
        create: { userId: user.id, accountId: user.id, providerId: "credential", password: passwordHash },
      });
      await tx.session.deleteMany({ where: { userId: user.id } });
      const membership = await tx.membership.upsert({
        where: { userId_workspaceId: { userId: user.id, workspaceId: workspace.id } },
        update: { role: "ADMIN", isActive: true },
        create: { userId: user.id, workspaceId: workspace.id, role: "ADMIN" },
      });
      await audit({
        workspaceId: workspace.id,
        action: existing ? "user.password-reset" : "user.created",
        entityType: "User",
        entityId: user.id,
        summary: existing
          ? libText("auditSummaries.administratorRestored", { email: input.email })
          : libText("auditSummaries.administratorCreated", { email: input.email }),
        after: { email: input.email, role: "ADMIN", membershipId: membership.id, mustChangePassword: true },
      });
      return { email: input.email, workspaceName: workspace.name, workspaceCreated, temporaryPassword };
    },
    { timeoutMs: 60_000 },
  );
}
