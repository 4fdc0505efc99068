import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { getValueStatusLabels } from "@/app/_i18n/get-status-labels";
import { CycleStatusBadge } from "@/components/cycles/cycle-status-badge";
import { ProgressLegend, ProgressStatusBadge } from "@/components/progress/progress-status-badge";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { formatPercent } from "@/lib/progress/format-score";
import { getInstitutionOverview } from "@/lib/progress/get-institution-overview";
import { PROGRESS_STATUSES } from "@/lib/progress/progress-status";

type Props = PageProps<"/institutions/[code]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code } = await props.params;
  const t = await getTranslations("InstitutionPage");
  return { title: t("title", { code: decodeURIComponent(code) }) };
}

export default async function InstitutionPage(props: Props) {
  const { code } = await props.params;
  const [access, t, valueStatusLabels, locale] = await Promise.all([
    requirePageAccess(),
    getTranslations("InstitutionPage"),
    getValueStatusLabels(),
    getInterfaceLocale(),
  ]);
  const overview = await getInstitutionOverview(access, decodeURIComponent(code)).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { institution, indicators, cycles } = overview;
  const tally = PROGRESS_STATUSES.map((status) => ({
    status,
    count: indicators.filter((indicator) => indicator.status === status).length,
  })).filter((entry) => entry.count > 0);

  return (
    <>
      <div className="page-header">
        <p className="page-header__eyebrow">
          {t("title", { code: institution.code })}
          {institution.isActive ? "" : ` · ${t("deactivated")}`}
        </p>
        <h1>{institution.name}</h1>
        <p className="page-header__lead">
          {t("lead", {
            leads: indicators.filter((indicator) => indicator.role === "lead").length,
            contributes: indicators.filter((indicator) => indicator.role === "contributor").length,
          })}
        </p>
        {tally.length > 0 ? (
          <ul className="tag-list" aria-label={t("tally")}>
            {tally.map((entry) => (
              <li key={entry.status}>
                <ProgressStatusBadge status={entry.status} /> {entry.count}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      <section aria-labelledby="indicators-heading">
        <h2 id="indicators-heading">{t("progressHeading")}</h2>
        <p className="muted">{t("progressLead")}</p>
        <ProgressLegend />
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="indicators-heading">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t("indicator")}</th>
                <th scope="col">{t("framework")}</th>
                <th scope="col">{t("role")}</th>
                <th scope="col">{t("latestYear")}</th>
                <th scope="col">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((indicator) => (
                <tr key={`${indicator.frameworkCode}-${indicator.code}`}>
                  <th scope="row" style={{ fontWeight: 400 }}>
                    <Link
                      href={`/frameworks/${encodeURIComponent(indicator.frameworkCode)}/indicators/${encodeURIComponent(indicator.code)}`}
                    >
                      <span className="code">{indicator.code}</span> {indicator.name}
                    </Link>
                  </th>
                  <td>{indicator.frameworkCode}</td>
                  <td>{indicator.role === "lead" ? t("roleLead") : t("roleContributor")}</td>
                  <td>{indicator.latestYear ?? "—"}</td>
                  <td>
                    <ProgressStatusBadge status={indicator.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {cycles ? (
        <section className="section" aria-labelledby="cycles-heading">
          <h2 id="cycles-heading">{t("cyclesHeading")}</h2>
          <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="cycles-heading">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("cycle")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col" className="numeric">
                    {t("indicators")}
                  </th>
                  <th scope="col" className="numeric">
                    {valueStatusLabels.DRAFT}
                  </th>
                  <th scope="col" className="numeric">
                    {valueStatusLabels.SUBMITTED}
                  </th>
                  <th scope="col" className="numeric">
                    {valueStatusLabels.RETURNED}
                  </th>
                  <th scope="col" className="numeric">
                    {valueStatusLabels.APPROVED}
                  </th>
                  <th scope="col" className="numeric">
                    {t("missing")}
                  </th>
                  <th scope="col">{t("approvedShare")}</th>
                </tr>
              </thead>
              <tbody>
                {cycles.map((cycle) => (
                  <tr key={`${cycle.frameworkCode}-${cycle.year}`}>
                    <th scope="row">
                      <Link href={`/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}`}>
                        {cycle.frameworkCode} {cycle.year}
                      </Link>
                    </th>
                    <td>
                      <CycleStatusBadge status={cycle.status} />
                    </td>
                    <td className="numeric">{cycle.assigned}</td>
                    <td className="numeric">{cycle.counts.DRAFT}</td>
                    <td className="numeric">{cycle.counts.SUBMITTED}</td>
                    <td className="numeric">{cycle.counts.RETURNED}</td>
                    <td className="numeric">{cycle.counts.APPROVED}</td>
                    <td className="numeric">{cycle.missing}</td>
                    <td className="nowrap">
                      <span className="progress" aria-hidden="true">
                        <span className="progress__bar" style={{ width: `${cycle.percentApproved}%` }} />
                      </span>{" "}
                      {formatPercent(cycle.percentApproved, locale)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </>
  );
}
