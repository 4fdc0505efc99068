import type { Metadata } from "next";
import Link from "next/link";
import { CycleStatusBadge } from "@/components/cycles/cycle-status-badge";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listCycles } from "@/lib/cycles/list-cycles";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { formatDate } from "@/lib/indicators/format-value";
import { OpenCycleForm } from "./cycle-forms";

export const metadata: Metadata = { title: "Reporting cycles" };

export default async function CyclesPage() {
  const access = await requirePageAccess();
  const [cycles, frameworks] = await Promise.all([listCycles(access), listFrameworks(access)]);
  const canManage = can(access, "cycles.manage");
  const latestYear = cycles.reduce((latest, cycle) => Math.max(latest, cycle.year), new Date().getUTCFullYear() - 2);

  return (
    <>
      <div className="page-header">
        <h1>Reporting cycles</h1>
        <p className="page-header__lead">Each year, institutions report their values, the secretariat reviews them and the cycle closes.</p>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label="Reporting cycles">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Year</th>
              <th scope="col">Framework</th>
              <th scope="col">Version</th>
              <th scope="col">Status</th>
              <th scope="col">Institutions report by</th>
              <th scope="col">Consolidation by</th>
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
                <td>{formatDate(cycle.submissionDeadline)}</td>
                <td>{formatDate(cycle.consolidationDeadline)}</td>
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
