/**
 * Which items of a list were moved, as a person would say it. Comparing positions alone
 * would call every indicator after an inserted one "moved"; instead the items that keep
 * their relative order form the longest increasing subsequence of old ranks, and only the
 * others count as reordered. Items present in one list only are ignored. O(n log n).
 */
export function findReordered(before: readonly string[], after: readonly string[]): Set<string> {
  const rankBefore = new Map<string, number>();
  before.forEach((code, rank) => rankBefore.set(code, rank));
  const common = after.filter((code) => rankBefore.has(code));
  const ranks = common.map((code) => rankBefore.get(code)!);

  // tails[k]: index in `ranks` of the smallest tail of an increasing run of length k + 1.
  const tails: number[] = [];
  const previous = new Array<number>(ranks.length).fill(-1);
  ranks.forEach((rank, i) => {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranks[tails[middle]!]! < rank) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[i] = tails[low - 1]!;
    tails[low] = i;
  });

  const kept = new Set<string>();
  for (let i = tails.at(-1) ?? -1; i >= 0; i = previous[i]!) kept.add(common[i]!);
  return new Set(common.filter((code) => !kept.has(code)));
}
