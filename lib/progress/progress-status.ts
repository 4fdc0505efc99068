/** The progress statuses of the Open SDG / Statistics Canada method, in order from best to worst. */
export const PROGRESS_STATUSES = [
  "target_achieved",
  "on_track",
  "acceleration_needed",
  "limited_progress",
  "deterioration",
  "not_available",
] as const;

export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, string> = {
  target_achieved: "Target achieved",
  on_track: "On track",
  acceleration_needed: "Progress, acceleration needed",
  limited_progress: "Limited progress",
  deterioration: "Deterioration",
  not_available: "Not available",
};

/** Short labels for dense displays (heat-map cells carry them as text, not only colour). */
export const PROGRESS_STATUS_SHORT: Record<ProgressStatus, string> = {
  target_achieved: "Achieved",
  on_track: "On track",
  acceleration_needed: "Accelerate",
  limited_progress: "Limited",
  deterioration: "Worse",
  not_available: "n/a",
};
