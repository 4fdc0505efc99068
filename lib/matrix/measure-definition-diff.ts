import { buildSyntheticVersionPair } from "./build-synthetic-version-pair";
import { diffDefinitions } from "./diff-definitions";

export type DiffMeasurement = { indicators: number; runs: number; firstMs: number; medianMs: number; maxMs: number };

/**
 * Times `diffDefinitions` on two synthetic versions of `indicators` indicators with a code
 * mapping (for `npm run bench:matrix`, key diff_500_ms: the median of warm runs). Only the
 * diff is timed, not building the versions.
 */
export function measureDefinitionDiff({ indicators = 500, runs = 20 }: { indicators?: number; runs?: number } = {}): DiffMeasurement {
  const { before, after, codeMapping } = buildSyntheticVersionPair(indicators);
  const times: number[] = [];
  for (let run = 0; run < Math.max(1, runs); run += 1) {
    const start = performance.now();
    diffDefinitions(before, after, codeMapping);
    times.push(performance.now() - start);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    indicators,
    runs: times.length,
    firstMs: round(times[0]!),
    medianMs: round(sorted[Math.floor(sorted.length / 2)]!),
    maxMs: round(sorted.at(-1)!),
  };
}
