import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { ValueStatusBadge } from "@/components/indicators/value-status-badge";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate, formatNumber } from "@/lib/indicators/format-value";
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
  const t = useTranslations("OpenCycleCard");
  const locale = toLocale(useLocale());
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
        {t("deadlines", {
          submission: formatDate(cycle.submissionDeadline, locale),
          consolidation: formatDate(cycle.consolidationDeadline, locale),
        })}
      </p>
      {cycle.scope.kind === "none" ? null : (
        <>
          <p className="muted">
            {cycle.scope.kind === "institution" ? t("indicatorsOf", { institution: cycle.scope.code }) : t("allInstitutions")}
          </p>
          <p>
            <span className="progress" aria-hidden="true">
              <span className="progress__bar" style={{ width: `${percentApproved}%` }} />
            </span>{" "}
            <strong>{formatNumber(percentApproved, 0, locale)} %</strong>{" "}
            {t("approvedOf", { approved, indicators: cycle.indicatorCount, missing: cycle.missing })}
          </p>
          <ul className="tag-list" aria-label={t("byStatus")} style={{ marginTop: "0.5rem" }}>
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
            {t("enter", { institution: institutionCode })}
          </Link>
        ) : null}
        {canReview ? (
          <Link className="button button--primary" href={`${base}/review`}>
            {t("review")}
          </Link>
        ) : null}
        <Link className="button button--secondary" href={base}>
          {t("completeness")}
        </Link>
      </p>
    </article>
  );
}
