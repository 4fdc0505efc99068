import "server-only";
import { z } from "zod";
import { parseOrThrow } from "@/lib/validation/parse-input";
import { actorOf, type AccessContext } from "@/lib/auth/access-context";
import { requirePermission } from "@/lib/auth/authorize";
import { runMutation } from "@/lib/audit/run-mutation";
import { AppError } from "@/lib/errors";
import { libText, refusedBy, zodMessage } from "@/lib/i18n/lib-text";
import { inWorkspace } from "@/lib/workspaces/in-workspace";

const cutoff = z.coerce
  .number({ message: zodMessage("validation.cutoffNumber") })
  .min(0, zodMessage("validation.cutoffRange"))
  .max(100, zodMessage("validation.cutoffRange"));

export const frameworkScoringSchema = z
  .object({
    baseYear: z.preprocess(
      (value) => (value === "" ? null : value),
      z.coerce
        .number({ message: zodMessage("validation.baseYearNumber") })
        .int(zodMessage("validation.wholeYear"))
        .min(1900, zodMessage("validation.yearFrom1900"))
        .max(2100, zodMessage("validation.yearUpTo2100"))
        .nullable(),
    ),
    cutoff2: cutoff,
    cutoff3: cutoff,
    cutoff4: cutoff,
  })
  .superRefine((input, context) => {
    // Flag the field that breaks the order, so the message sits next to it.
    const refusal = refusedBy("validation.cutoffOrder");
    if (input.cutoff3 <= input.cutoff2) context.addIssue({ code: "custom", ...refusal, path: ["cutoff3"] });
    else if (input.cutoff4 <= input.cutoff3) context.addIssue({ code: "custom", ...refusal, path: ["cutoff4"] });
  });

/** The progress settings of a framework: its base year and the cut-offs of the 10.7.2 categories. */
export async function updateFrameworkScoring(access: AccessContext, code: string, raw: unknown): Promise<void> {
  requirePermission(access, "frameworks.manage");
  const input = parseOrThrow(frameworkScoringSchema, raw, libText("errors.checkScoringSettings"));
  await runMutation(actorOf(access), async (tx, audit) => {
    const framework = await inWorkspace(access.workspace.id, tx).framework.findFirst({
      where: { code },
      select: { id: true, baseYear: true, categoryCutoffs: true },
    });
    if (!framework) throw new AppError("NOT_FOUND", libText("errors.noFrameworkWithCode", { framework: code }));
    const cutoffs = [input.cutoff2, input.cutoff3, input.cutoff4];
    await tx.framework.update({ where: { id: framework.id }, data: { baseYear: input.baseYear, categoryCutoffs: cutoffs } });
    await audit({
      workspaceId: access.workspace.id,
      action: "framework.updated",
      entityType: "Framework",
      entityId: framework.id,
      summary: libText("auditSummaries.scoringChanged", { framework: code }),
      before: { baseYear: framework.baseYear, categoryCutoffs: framework.categoryCutoffs ?? null },
      after: { baseYear: input.baseYear, categoryCutoffs: cutoffs },
    });
  });
}
