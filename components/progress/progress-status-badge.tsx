import { useTranslations } from "next-intl";
import { PROGRESS_STATUSES, type ProgressStatus } from "@/lib/progress/progress-status";
import { ProgressStatusMark, type ProgressStatusLabels } from "./progress-status-mark";

/** Each status's full and short words in the reader's language; a hook, so client components can show a badge too. */
export function useStatusLabels(): ProgressStatusLabels {
  const t = useTranslations("ProgressStatus");
  return {
    target_achieved: { label: t("targetAchieved"), short: t("targetAchievedShort") },
    on_track: { label: t("onTrack"), short: t("onTrackShort") },
    acceleration_needed: { label: t("accelerationNeeded"), short: t("accelerationNeededShort") },
    limited_progress: { label: t("limitedProgress"), short: t("limitedProgressShort") },
    deterioration: { label: t("deterioration"), short: t("deteriorationShort") },
    not_available: { label: t("notAvailable"), short: t("notAvailableShort") },
    provisional: t("provisional"),
  };
}

/** A status as text on a coloured ground: the words carry the meaning, the colour only helps. */
export function ProgressStatusBadge({
  status,
  short = false,
  provisional = false,
}: {
  status: ProgressStatus;
  short?: boolean;
  provisional?: boolean;
}) {
  return <ProgressStatusMark status={status} short={short} provisional={provisional} labels={useStatusLabels()} />;
}

export function ProgressLegend() {
  const labels = useStatusLabels();
  const t = useTranslations("ProgressStatus");
  return (
    <ul className="legend-list" aria-label={t("legend")}>
      {PROGRESS_STATUSES.map((status) => (
        <li key={status}>
          <ProgressStatusBadge status={status} short /> {labels[status].label}
        </li>
      ))}
    </ul>
  );
}

/** "Target achieved, On track, …": every status in order, for a sentence. */
export function ProgressStatusList() {
  const labels = useStatusLabels();
  return <>{PROGRESS_STATUSES.map((status) => labels[status].label).join(", ")}</>;
}
