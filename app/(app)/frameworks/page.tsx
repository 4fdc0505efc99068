import type { Metadata } from "next";
import Link from "next/link";
import { listFrameworks } from "@/lib/frameworks/list-frameworks";
import { VERSION_STATUS_LABELS } from "@/lib/indicators/format-value";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";

export const metadata: Metadata = { title: "Frameworks" };

export default async function FrameworksPage() {
  const access = await requirePageAccess();
  const frameworks = await listFrameworks(access);

  return (
    <>
      <div className="page-header">
        <h1>Frameworks</h1>
        <p className="page-header__lead">The indicator matrices this government monitors, with their current version.</p>
      </div>
      {can(access, "frameworks.manage") ? (
        <ul className="action-list no-print">
          <li>
            <Link className="button button--primary" href="/frameworks/new">
              New framework
            </Link>
          </li>
          <li>
            <Link className="button button--secondary" href="/frameworks/import">
              Import Open SDG data
            </Link>
          </li>
        </ul>
      ) : null}
      {frameworks.length === 0 ? (
        <p>No framework has been set up yet.</p>
      ) : (
        <div className="table-wrapper" tabIndex={0} role="region" aria-label="Frameworks">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Code</th>
                <th scope="col">Framework</th>
                <th scope="col">Version</th>
                <th scope="col">Status</th>
                <th scope="col" className="numeric">
                  Areas
                </th>
                <th scope="col" className="numeric">
                  Indicators
                </th>
              </tr>
            </thead>
            <tbody>
              {frameworks.map((framework) => (
                <tr key={framework.code}>
                  <td className="code-cell">{framework.code}</td>
                  <td className="name-cell">
                    <Link href={`/frameworks/${encodeURIComponent(framework.code)}`}>{framework.name}</Link>
                    {framework.description ? <div className="muted">{framework.description}</div> : null}
                  </td>
                  <td>
                    {framework.version ?? "—"}
                    {can(access, "frameworks.manage") ? (
                      <>
                        {" "}
                        <Link href={`/frameworks/${encodeURIComponent(framework.code)}/versions`}>
                          Versions<span className="visually-hidden"> of {framework.code}</span>
                        </Link>
                      </>
                    ) : null}
                  </td>
                  <td>
                    {framework.status ? <span className="status status--version">{VERSION_STATUS_LABELS[framework.status]}</span> : "—"}
                  </td>
                  <td className="numeric">{framework.areaCount}</td>
                  <td className="numeric">{framework.indicatorCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
