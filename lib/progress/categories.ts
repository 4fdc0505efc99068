/**
 * SDG 10.7.2 reports each domain in four categories. The cut-offs from percentage to
 * category are not published with the methodology we could check (domain.md marks them
 * unverified), so they are a setting of each framework; these are the defaults.
 */
export const CATEGORY_LABELS = ["Requires further progress", "Partially meets", "Meets", "Fully meets"] as const;

/** Lower bounds (in %) of categories 2, 3 and 4. */
export const DEFAULT_CATEGORY_CUTOFFS: readonly [number, number, number] = [40, 60, 80];

export function categoryFor(score: number, cutoffs: readonly number[] = DEFAULT_CATEGORY_CUTOFFS): 1 | 2 | 3 | 4 {
  if (score >= (cutoffs[2] ?? 80)) return 4;
  if (score >= (cutoffs[1] ?? 60)) return 3;
  if (score >= (cutoffs[0] ?? 40)) return 2;
  return 1;
}
