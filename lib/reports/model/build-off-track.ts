import type { ProgressStatus } from "@/lib/progress/progress-status";
import type { ReportIndicator, ReportOffTrackIndicator } from "../report-model";

/** The statuses that need attention, most urgent first: the order of the off-track table. */
export const OFF_TRACK: readonly ProgressStatus[] = ["deterioration", "limited_progress", "acceleration_needed"];

export type AreaIndicator = ReportIndicator & { areaCode: string };

/** The indicators that need attention in the report's year, most urgent first, and a sentence on how many. */
export function buildOffTrack(
  indicators: readonly AreaIndicator[],
  year: number | null,
): { offTrack: ReportOffTrackIndicator[]; offTrackSentence: string } {
  const offTrack = indicators.filter((indicator) => OFF_TRACK.includes(indicator.status));
  return {
    offTrack: offTrack
      .sort((a, b) => OFF_TRACK.indexOf(a.status) - OFF_TRACK.indexOf(b.status) || a.code.localeCompare(b.code, "en", { numeric: true }))
      .map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        areaCode: indicator.areaCode,
        status: indicator.status,
        statusLabel: indicator.statusLabel,
        value: indicator.value,
        target: indicator.target,
      })),
    offTrackSentence: offTrackSentence(offTrack.length, year),
  };
}

function offTrackSentence(count: number, year: number | null): string {
  if (year === null) return "No status yet: no value of the framework has been approved.";
  if (count === 0) return `No indicator is off track in ${year}.`;
  return `${count} ${count === 1 ? "indicator needs" : "indicators need"} attention in ${year}: deteriorated, too little progress, or progress that must accelerate to reach the target on time.`;
}
