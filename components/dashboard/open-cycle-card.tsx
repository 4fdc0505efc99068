import Link from "next/link";
import { ValueStatusBadge } from "@/components/indicators/value-status-badge";
import { formatDate } from "@/lib/indicators/format-value";
import type { OpenCycleSummary } from "@/lib/monitoring/list-open-cycles";

/** One open cycle on the dashboard: deadlines, how complete it is and the next step for the person. */
export function OpenCycleCard({
  cycle,
  canEnter,
  institutionCode,
  canReview,
}: {
  cycle: OpenCycleSummary;
  canEnter: boolean;
  institutionCode: string | null;
  canReview: boolean;
}) {
  const base = `/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}`;
  const approved = cycle.byStatus.find((entry) => entry.status === "APPROVED")?.count ?? 0;
  const percentApproved = cycle.indicatorCount === 0 ? 0 : Math.round((approved / cycle.indicatorCount) * 100);
  return (
    <article className="card" style={{ marginBottom: "1rem" }}>
      <h3>
        <Link href={base}>
          {cycle.frameworkCode} · {cycle.year}
        </Link>
      </h3>
      <p className="muted">
        Institutions report by {formatDate(cycle.submissionDeadline)}; consolidation by {formatDate(cycle.consolidationDeadline)}.
      </p>
      {cycle.scope.kind === "none" ? null : (
        <>
          <p className="muted">{cycle.scope.kind === "institution" ? `Indicators of ${cycle.scope.code}` : "All institutions"}</p>
          <p>
            <span className="progress" aria-hidden="true">
              <span className="progress__bar" style={{ width: `${percentApproved}%` }} />
            </span>{" "}
            <strong>{percentApproved} %</strong> approved ({approved} of {cycle.indicatorCount} indicators); {cycle.missing} without a value
          </p>
          <ul className="tag-list" aria-label="Values by status" style={{ marginTop: "0.5rem" }}>
            {cycle.byStatus.map((entry) => (
              <li key={entry.status}>
                <ValueStatusBadge status={entry.status} /> {entry.count}
              </li>
            ))}
          </ul>
        </>
      )}
      <p style={{ marginTop: "1rem" }} className="button-row">
        {canEnter && institutionCode ? (
          <Link className="button button--primary" href={`${base}/entry`}>
            Enter {institutionCode} values
          </Link>
        ) : null}
        {canReview ? (
          <Link className="button button--primary" href={`${base}/review`}>
            Review submitted values
          </Link>
        ) : null}
        <Link className="button button--secondary" href={base}>
          Completeness
        </Link>
      </p>
    </article>
  );
}
