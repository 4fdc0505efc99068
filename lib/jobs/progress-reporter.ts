/** How a long operation says how far it is: a share from 0 to 1 and what it is doing now. */
export type ProgressReporter = (fraction: number, stage: string) => void;

export const ignoreProgress: ProgressReporter = () => {};

/** Scales a reporter to a slice of the whole, for a step of a longer operation. */
export function progressSlice(report: ProgressReporter, from: number, to: number): ProgressReporter {
  return (fraction, stage) => report(from + (to - from) * Math.min(1, Math.max(0, fraction)), stage);
}

/** Passes on at most one report per interval (always the first, the last and stage changes). */
export function throttleProgress(report: ProgressReporter, intervalMs = 250): ProgressReporter {
  let lastAt = 0;
  let lastStage = "";
  return (fraction, stage) => {
    const now = Date.now();
    if (stage !== lastStage || fraction >= 1 || now - lastAt >= intervalMs) {
      lastAt = now;
      lastStage = stage;
      report(fraction, stage);
    }
  };
}
