import type { ProgressStatus } from "@/lib/progress/progress-status";

export type ProgressStatusLabels = Record<ProgressStatus, { label: string; short: string }> & { provisional: string };

/**
 * The badge with its words given: a table of hundreds of badges (the progress heat map) reads
 * the words once rather than formatting twelve messages per cell (decision 045). No translations
 * of its own, so that the heat map's rows (a client component, decision 050) can render it
 * without sending the status messages to every page.
 */
export function ProgressStatusMark({
  status,
  short,
  provisional,
  labels,
}: {
  status: ProgressStatus;
  short: boolean;
  provisional: boolean;
  labels: ProgressStatusLabels;
}) {
  return (
    <span className={`progress-status progress-status--${status}`} title={labels[status].label}>
      {short ? labels[status].short : labels[status].label}
      {provisional ? (
        <>
          <span aria-hidden="true">*</span>
          <span className="visually-hidden"> {labels.provisional}</span>
        </>
      ) : null}
    </span>
  );
}
