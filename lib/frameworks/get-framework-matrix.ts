import "server-only";
import type { AccessContext } from "@/lib/auth/access-context";
import { currentCodesOf } from "./current-codes-of";
import { listFrameworkValues, pickLatestTotals, type FrameworkValueRow } from "@/lib/monitoring/list-framework-values";
import { getFrameworkStructure, type FrameworkStructure } from "./get-framework-structure";

export type FrameworkMatrix = FrameworkStructure & {
  /** Newest total value of each indicator, by indicator code. */
  latestValues: Map<string, FrameworkValueRow>;
  years: { first: number; last: number } | null;
};

/** The matrix page's data: structure plus each indicator's latest value. Bounded queries. */
export async function getFrameworkMatrix(access: AccessContext, code: string): Promise<FrameworkMatrix> {
  const structure = await getFrameworkStructure(access, code);
  const totals = await listFrameworkValues(access, structure.id, { totalsOnly: true }, currentCodesOf(structure));
  const years = totals.map((row) => row.year);
  return {
    ...structure,
    latestValues: pickLatestTotals(totals),
    years: years.length > 0 ? { first: Math.min(...years), last: Math.max(...years) } : null,
  };
}
