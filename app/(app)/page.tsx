import Link from "next/link";
import { ValueStatusBadge } from "@/components/indicators/value-status-badge";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { formatDate } from "@/lib/indicators/format-value";
import { can } from "@/lib/auth/authorize";
import { listOpenCycles } from "@/lib/monitoring/list-open-cycles";
import { requirePageAccess } from "@/lib/auth/require-page-access";

export default async function OverviewPage() {
  const access = await requirePageAccess();
  const workspace = access.workspace;
  const [frameworks, openCycles] = await Promise.all([listFrameworks(access), listOpenCycles(access)]);

  return (
    <>
      <div className="page-header">
        <h1>{workspace.name}</h1>
        <p className="page-header__lead">Monitoring of migration governance and capacity development, by indicator and year.</p>
      </div>

      <section aria-labelledby="cycles-heading">
        <h2 id="cycles-heading">Open reporting cycles</h2>
        {openCycles.length === 0 ? (
          <p>No reporting cycle is open.</p>
        ) : (
          <div className="card-grid">
            {openCycles.map((cycle) => (
              <article key={cycle.id} className="card">
                <h3>
                  <Link href={`/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}`}>
                    {cycle.frameworkCode} · {cycle.year}
                  </Link>
                </h3>
                <p className="muted">
                  Institutions report by {formatDate(cycle.submissionDeadline)}; consolidation by {formatDate(cycle.consolidationDeadline)}.
                </p>
                {cycle.scope.kind === "none" ? null : (
                  <>
                    <p className="muted">{cycle.scope.kind === "institution" ? `Indicators of ${cycle.scope.code}` : "All institutions"}</p>
                    <dl className="stat-list">
                      <div>
                        <dt>Indicators</dt>
                        <dd>{cycle.indicatorCount}</dd>
                      </div>
                      <div>
                        <dt>Without a value</dt>
                        <dd>{cycle.missing}</dd>
                      </div>
                    </dl>
                    <ul className="tag-list" aria-label="Values by status" style={{ marginTop: "0.75rem" }}>
                      {cycle.byStatus.map((entry) => (
                        <li key={entry.status}>
                          <ValueStatusBadge status={entry.status} /> {entry.count}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                <p style={{ marginTop: "1rem" }}>
                  {can(access, "values.enter") && access.membership.institution ? (
                    <Link
                      className="button button--primary"
                      href={`/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}/entry`}
                    >
                      Enter {access.membership.institution.code} values
                    </Link>
                  ) : null}
                  {can(access, "values.review") ? (
                    <Link
                      className="button button--primary"
                      href={`/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}/review`}
                    >
                      Review submitted values
                    </Link>
                  ) : null}
                </p>
              </article>
            ))}
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="frameworks-heading">
        <h2 id="frameworks-heading">Frameworks</h2>
        <div className="card-grid">
          {frameworks.map((framework) => (
            <article key={framework.code} className="card framework-card">
              <h3>
                <Link href={`/frameworks/${encodeURIComponent(framework.code)}`}>{framework.name}</Link>
              </h3>
              <dl className="stat-list">
                <div>
                  <dt>Areas</dt>
                  <dd>{framework.areaCount}</dd>
                </div>
                <div>
                  <dt>Indicators</dt>
                  <dd>{framework.indicatorCount}</dd>
                </div>
                <div>
                  <dt>Version</dt>
                  <dd>{framework.version ?? "—"}</dd>
                </div>
              </dl>
            </article>
          ))}
        </div>
      </section>
    </>
  );
}
