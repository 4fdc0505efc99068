import { useTranslations } from "next-intl";
import { PROGRESS_STATUSES, type ProgressStatus } from "@/lib/progress/progress-status";

/** Each status's full and short words in the reader's language; a hook, so client components can show a badge too. */
function useStatusLabels(): Record<ProgressStatus, { label: string; short: string }> {
  const t = useTranslations("ProgressStatus");
  return {
    target_achieved: { label: t("targetAchieved"), short: t("targetAchievedShort") },
    on_track: { label: t("onTrack"), short: t("onTrackShort") },
    acceleration_needed: { label: t("accelerationNeeded"), short: t("accelerationNeededShort") },
    limited_progress: { label: t("limitedProgress"), short: t("limitedProgressShort") },
    deterioration: { label: t("deterioration"), short: t("deteriorationShort") },
    not_available: { label: t("notAvailable"), short: t("notAvailableShort") },
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
  const labels = useStatusLabels();
  const t = useTranslations("ProgressStatus");
  return (
    <span className={`progress-status progress-status--${status}`} title={labels[status].label}>
      {short ? labels[status].short : labels[status].label}
      {provisional ? (
        <>
          <span aria-hidden="true">*</span>
          <span className="visually-hidden"> {t("provisional")}</span>
        </>
      ) : null}
    </span>
  );
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
