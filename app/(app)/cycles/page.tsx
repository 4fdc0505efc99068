import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CycleStatusBadge } from "@/components/cycles/cycle-status-badge";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listCycles } from "@/lib/cycles/list-cycles";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { formatDate } from "@/lib/indicators/format-value";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { OpenCycleForm } from "./cycle-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Cycles");
  return { title: t("title") };
}

export default async function CyclesPage() {
  const access = await requirePageAccess();
  const [cycles, frameworks, t, locale] = await Promise.all([
    listCycles(access),
    listFrameworks(access),
    getTranslations("Cycles"),
    getInterfaceLocale(),
  ]);
  const canManage = can(access, "cycles.manage");
  const latestYear = cycles.reduce((latest, cycle) => Math.max(latest, cycle.year), new Date().getUTCFullYear() - 2);

  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="page-header__lead">{t("lead")}</p>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("title")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("year")}</th>
              <th scope="col">{t("framework")}</th>
              <th scope="col">{t("version")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("submissionDeadline")}</th>
              <th scope="col">{t("consolidationDeadline")}</th>
            </tr>
          </thead>
          <tbody>
            {cycles.map((cycle) => (
              <tr key={cycle.id}>
                <th scope="row">
                  <Link href={`/cycles/${encodeURIComponent(cycle.frameworkCode)}/${cycle.year}`}>
                    {cycle.frameworkCode} {cycle.year}
                  </Link>
                </th>
                <td>{cycle.frameworkName}</td>
                <td>{cycle.versionLabel}</td>
                <td>
                  <CycleStatusBadge status={cycle.status} />
                </td>
                <td>{formatDate(cycle.submissionDeadline, locale)}</td>
                <td>{formatDate(cycle.consolidationDeadline, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canManage ? (
        <div className="card">
          <OpenCycleForm
            frameworks={frameworks.map((framework) => ({ value: framework.code, label: `${framework.code} · ${framework.name}` }))}
            defaultYear={latestYear + 1}
          />
        </div>
      ) : null}
    </>
  );
}
