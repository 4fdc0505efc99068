import type { LibText } from "@/lib/i18n/lib-text";

/**
 * How a long operation says how far it is: a share from 0 to 1 and what it is doing now, as a
 * message key (decision 035), so that every person watching reads it in their own language.
 */
export type ProgressReporter = (fraction: number, stage: LibText) => void;

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
    // The English tells stages apart, values included ("Reading the files (3 of 9)").
    if (stage.english !== lastStage || fraction >= 1 || now - lastAt >= intervalMs) {
      lastAt = now;
      lastStage = stage.english;
      report(fraction, stage);
    }
  };
}
