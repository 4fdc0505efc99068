import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { getTotalYears } from "@/lib/monitoring/get-total-years";
import { pickLatestTotals, type FrameworkValueRow } from "@/lib/monitoring/list-framework-values";
import { listLatestTotals } from "@/lib/monitoring/list-latest-totals";
import type { AreaViewQuery } from "@/lib/pages/parse-area-view-query";
import { pickShownAreas, type ShownAreas } from "@/lib/pages/pick-shown-areas";
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
 * decision 028). Only the newest visible total of each shown indicator is read (decisions 039,
 * 061), and the first and last year of the whole framework. Two raw statements besides the
 * structure's, whatever the framework's size.
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
    listLatestTotals(access, structure.id, view === "all" ? null : identityIds, currentCodesOf(structure)),
    getTotalYears(access, structure.id),
  ]);
  return {
    ...structure,
    view: shown,
    latestValues: pickLatestTotals(totals),
    years,
  };
}
