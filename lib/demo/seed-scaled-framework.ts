import "server-only";
import { systemActor } from "@/lib/audit/audit-actions";
import { runMutation } from "@/lib/audit/run-mutation";
import { DEMO_YEARS, seedFramework } from "./seed-demo-workspace";
import { scaleDemoMatrix } from "./scale-demo-matrix";
import { libText } from "@/lib/i18n/lib-text";

/**
 * Adds a national-scale framework (scaleDemoMatrix) to a workspace with years of data (ten by default)
 * seeded as the demo's (breakdowns, value comments, every status in the open year) and a
 * discussion on one value in forty of the open year. For benchmarks and scale tests.
 */
export async function seedScaledFramework(
  workspaceId: string,
  options: { indicators: number; code: string; firstYear?: number },
): Promise<{ frameworkCode: string; values: number }> {
  const definition = scaleDemoMatrix(options.indicators, options.code);
  const first = options.firstYear ?? DEMO_YEARS.first;
  const years = Array.from({ length: DEMO_YEARS.open - first + 1 }, (_, index) => first + index);
  // The values are written in short batches by the demo's own seed; the discussion follows in one change.
  const values = await seedFramework(workspaceId, definition, { years, openYear: DEMO_YEARS.open });
  return runMutation(
    systemActor("scale-seed"),
    async (tx, audit) => {
      const discussed = await tx.indicatorValue.findMany({
        where: { year: DEMO_YEARS.open, disaggregation: "", identity: { framework: { workspaceId, code: definition.code } } },
        select: { id: true, identityId: true, year: true, disaggregation: true },
        orderBy: { id: "asc" },
      });
      const comments = discussed
        .filter((_, index) => index % 40 === 0)
        .flatMap(({ id, ...place }) => [
          { valueId: id, ...place, authorLabel: "Secretariat", body: "Please confirm the source of this figure." },
          { valueId: id, ...place, authorLabel: "Focal point", body: "Confirmed with the annual activity report." },
        ]);
      await tx.valueComment.createMany({ data: comments });
      await audit({
        workspaceId,
        action: "workspace.demo-seeded",
        entityType: "Workspace",
        entityId: workspaceId,
        summary: libText("auditSummaries.scaledFrameworkSeeded", {
          code: definition.code,
          values: String(values),
          comments: String(comments.length),
        }),
        after: { framework: definition.code, values, comments: comments.length },
      });
      return { frameworkCode: definition.code, values };
    },
    { timeoutMs: 300_000 },
  );
}
