import type { LevelDefinition } from "@/lib/indicators/value-types";

/** MGI answers record whether a policy or framework is absent, partially or fully present. */
export const MGI_LEVELS: LevelDefinition[] = [
  { code: "absent", label: "Absent", score: 0 },
  { code: "partial", label: "Partially present", score: 0.5 },
  { code: "full", label: "Fully present", score: 1 },
];

/** SDG 10.7.2 answers: yes = 1, no = 0, and for some items a partial answer worth 0.5. */
export const SDG_10_7_2_LEVELS: LevelDefinition[] = [
  { code: "no", label: "No", score: 0 },
  { code: "partial", label: "Partially", score: 0.5 },
  { code: "yes", label: "Yes", score: 1 },
];

/** A four-step implementation scale for national qualitative indicators. */
export const IMPLEMENTATION_LEVELS: LevelDefinition[] = [
  { code: "none", label: "Not started", score: 0 },
  { code: "initiated", label: "Initiated", score: 1 / 3 },
  { code: "advanced", label: "Advanced", score: 2 / 3 },
  { code: "completed", label: "Completed", score: 1 },
];
