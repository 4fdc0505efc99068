import { PROGRESS_STATUS_LABELS, PROGRESS_STATUS_SHORT, type ProgressStatus } from "@/lib/progress/progress-status";

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
  return (
    <span className={`progress-status progress-status--${status}`} title={PROGRESS_STATUS_LABELS[status]}>
      {short ? PROGRESS_STATUS_SHORT[status] : PROGRESS_STATUS_LABELS[status]}
      {provisional ? (
        <>
          <span aria-hidden="true">*</span>
          <span className="visually-hidden"> (provisional)</span>
        </>
      ) : null}
    </span>
  );
}

export function ProgressLegend() {
  return (
    <ul className="legend-list" aria-label="Progress statuses">
      {(Object.keys(PROGRESS_STATUS_LABELS) as ProgressStatus[]).map((status) => (
        <li key={status}>
          <ProgressStatusBadge status={status} short /> {PROGRESS_STATUS_LABELS[status]}
        </li>
      ))}
    </ul>
  );
}
