import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AttentionList } from "@/components/dashboard/attention-list";
import { HeadlineProgressPanel } from "@/components/dashboard/headline-progress-panel";
import { OpenCycleCard } from "@/components/dashboard/open-cycle-card";
import { LocalizedText } from "@/components/matrix/localized-text";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { formatNumber } from "@/lib/indicators/format-value";
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
  const t = await getTranslations("Dashboard");
  const locale = await getInterfaceLocale();

  return (
    <>
      <div className="page-header">
        <h1>{access.workspace.name}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="attention-heading">
          <h2 id="attention-heading">{t("attentionHeading")}</h2>
          <AttentionList items={attention} />
          {institutionCode ? (
            <p className="muted" style={{ marginTop: "0.75rem" }}>
              <Link href={`/institutions/${encodeURIComponent(institutionCode)}`}>
                {t("institutionLink", { institution: institutionCode })}
              </Link>
            </p>
          ) : null}
        </section>

        <section aria-labelledby="cycles-heading">
          <h2 id="cycles-heading">{t("cyclesHeading")}</h2>
          {openCycles.length === 0 ? (
            <p>{t("noOpenCycle")}</p>
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
        <h2 id="frameworks-heading">{t("frameworksHeading")}</h2>
        <div className="card-grid">
          {frameworks.map((framework) => (
            <article key={framework.code} className="card framework-card">
              <h3>
                <Link href={`/frameworks/${encodeURIComponent(framework.code)}`}>
                  <LocalizedText entity={framework} />
                </Link>
              </h3>
              <dl className="stat-list">
                <div>
                  <dt>{t("areas")}</dt>
                  <dd>{formatNumber(framework.areaCount, 0, locale)}</dd>
                </div>
                <div>
                  <dt>{t("indicators")}</dt>
                  <dd>{formatNumber(framework.indicatorCount, 0, locale)}</dd>
                </div>
                <div>
                  <dt>{t("version")}</dt>
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
