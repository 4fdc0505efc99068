import Link from "next/link";
import { AttentionList } from "@/components/dashboard/attention-list";
import { HeadlineProgressPanel } from "@/components/dashboard/headline-progress-panel";
import { OpenCycleCard } from "@/components/dashboard/open-cycle-card";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getAttentionItems } from "@/lib/dashboard/get-attention-items";
import { getHeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { listOpenCycles } from "@/lib/monitoring/list-open-cycles";

export default async function OverviewPage() {
  const access = await requirePageAccess();
  const [frameworks, openCycles, headline] = await Promise.all([
    listFrameworks(access),
    listOpenCycles(access),
    getHeadlineProgress(access),
  ]);
  const attention = await getAttentionItems(access, openCycles);
  const institutionCode = access.membership.institution?.code ?? null;

  return (
    <>
      <div className="page-header">
        <h1>{access.workspace.name}</h1>
        <p className="page-header__lead">Monitoring of migration governance and capacity development, by indicator and year.</p>
      </div>

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="attention-heading">
          <h2 id="attention-heading">Needs your attention</h2>
          <AttentionList items={attention} />
          {institutionCode ? (
            <p className="muted" style={{ marginTop: "0.75rem" }}>
              <Link href={`/institutions/${encodeURIComponent(institutionCode)}`}>
                All of {institutionCode}&apos;s indicators and cycles
              </Link>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="cycles-heading">
          <h2 id="cycles-heading">Open reporting cycles</h2>
          {openCycles.length === 0 ? (
            <p>No reporting cycle is open.</p>
          ) : (
            openCycles.map((cycle) => (
              <OpenCycleCard
                key={cycle.id}
                cycle={cycle}
                canEnter={can(access, "values.enter") && institutionCode !== null}
                institutionCode={institutionCode}
                canReview={can(access, "values.review")}
              />
            ))
          )}
        </section>
      </div>

      {headline ? <HeadlineProgressPanel headline={headline} /> : null}

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
