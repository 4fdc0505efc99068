import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { listFrameworkValues, pickLatestTotals, type FrameworkValueRow } from "@/lib/monitoring/list-framework-values";
import { visibleValuesWhere } from "@/lib/monitoring/visible-values";
import type { AreaViewQuery } from "@/lib/pages/parse-area-view-query";
import { pickShownAreas, type ShownAreas } from "@/lib/pages/pick-shown-areas";
import { inWorkspace } from "@/lib/workspaces/in-workspace";
import { currentCodesOf } from "./current-codes-of";
import { getFrameworkStructure, type FrameworkStructure } from "./get-framework-structure";

export type FrameworkMatrix = FrameworkStructure & {
  /** What the page shows: one area, a search's matches, or every area. */
  view: ShownAreas;
  /** Newest total value of each shown indicator, by indicator code. */
  latestValues: Map<string, FrameworkValueRow>;
  /** The first and last year with a total the person may read, of any indicator. */
  years: { first: number; last: number } | null;
};

/**
 * The matrix page's data: structure plus the latest value of each indicator shown (`view`,
 * decision 028). Only the shown indicators' totals are read (decision 039); the years of the
 * whole framework come from one aggregate. Bounded queries.
 */
export async function getFrameworkMatrix(
  access: AccessContext,
  code: string,
  view: AreaViewQuery | "all" = "all",
): Promise<FrameworkMatrix> {
  const structure = await getFrameworkStructure(access, code);
  const shown = pickShownAreas(structure.areas, view);
  const identityIds = shown.shown.flatMap((area) => area.indicators.map((indicator) => indicator.identityId));
  const [totals, years] = await Promise.all([
    listFrameworkValues(access, structure.id, { totalsOnly: true, ...(view === "all" ? {} : { identityIds }) }, currentCodesOf(structure)),
    inWorkspace(access.workspace.id).indicatorValue.aggregate({
      where: { AND: [visibleValuesWhere(access)], identity: { frameworkId: structure.id }, disaggregation: "" },
      _min: { year: true },
      _max: { year: true },
    }),
  ]);
  const first = years._min.year;
  const last = years._max.year;
  return {
    ...structure,
    view: shown,
    latestValues: pickLatestTotals(totals),
    years: first !== null && last !== null ? { first, last } : null,
  };
}
