import { createTranslator } from "use-intl/core";
import type { Locale } from "@/lib/i18n/locales";
import type { ProgressStatus } from "@/lib/progress/progress-status";
import { reportMessages } from "../report-messages";
import type { ReportIndicator, ReportOffTrackIndicator } from "../report-model";

/** The statuses that need attention, most urgent first: the order of the off-track table. */
export const OFF_TRACK: readonly ProgressStatus[] = ["deterioration", "limited_progress", "acceleration_needed"];

export type AreaIndicator = ReportIndicator & { areaCode: string };

/** The indicators that need attention in the report's year, most urgent first, and a sentence on how many. */
export function buildOffTrack(
  indicators: readonly AreaIndicator[],
  year: number | null,
  locale: Locale,
): { offTrack: ReportOffTrackIndicator[]; offTrackSentence: string } {
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportOffTrack" });
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
    offTrackSentence:
      year === null ? t("noStatusYet") : offTrack.length === 0 ? t("none", { year }) : t("some", { count: offTrack.length, year }),
  };
}
