import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { NewDraftForm } from "@/components/matrix/editor-forms";
import { VersionDiff } from "@/components/matrix/version-diff";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { workingVersionNumber } from "@/lib/frameworks/editor/working-version-number";
import { requireFramework } from "@/lib/frameworks/require-framework";
import { compareFrameworkVersions } from "@/lib/matrix/compare-framework-versions";
import { listFrameworkVersions } from "@/lib/matrix/list-framework-versions";
import { formatDate, VERSION_STATUS_LABELS } from "@/lib/indicators/format-value";

type Props = PageProps<"/frameworks/[code]/versions">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code } = await props.params;
  return { title: `${decodeURIComponent(code)} versions` };
}

/** A framework's versions with their statuses: open, download, start the next draft, compare two. */
export default async function VersionsPage(props: Props) {
  const { code } = await props.params;
  const query = await props.searchParams;
  const access = await requirePageAccess("frameworks.manage");
  const framework = await requireFramework(access, decodeURIComponent(code)).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const versions = await listFrameworkVersions(access, framework.code);
  const workingNumber = workingVersionNumber(versions);
  const base = `/frameworks/${encodeURIComponent(framework.code)}`;
  const inForce = versions.find((version) => version.isInForce);
  const from = Number(query.from ?? versions[1]?.number ?? NaN);
  const to = Number(query.to ?? versions[0]?.number ?? NaN);
  const comparison =
    Number.isInteger(from) && Number.isInteger(to) && from !== to
      ? await compareFrameworkVersions(access, framework.code, { from, to }).catch((error: unknown) => {
          if (isAppError(error)) return error.message;
          throw error;
        })
      : null;

  return (
    <>
      <Breadcrumbs items={[{ href: "/frameworks", label: "Frameworks" }, { href: base, label: framework.code }, { label: "Versions" }]} />
      <div className="page-header">
        <p className="page-header__eyebrow">Framework {framework.code}</p>
        <h1>Versions of {framework.name}</h1>
        <p className="page-header__lead">
          One version is worked on at a time. A new draft starts from the version in force; every indicator keeps its series across
          versions.
        </p>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label="Versions">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Label</th>
              <th scope="col">Status</th>
              <th scope="col">Based on</th>
              <th scope="col" className="numeric">
                Indicators
              </th>
              <th scope="col">Approved</th>
              <th scope="col">Excel</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((version) => (
              <tr key={version.number}>
                <td>
                  <Link href={`${base}/versions/${version.number}`}>
                    Version {version.number}
                    <span className="visually-hidden">{version.status === "DRAFT" ? " (edit)" : " (read)"}</span>
                  </Link>
                </td>
                <td>{version.label}</td>
                <td>
                  <span className="status status--version">{VERSION_STATUS_LABELS[version.status]}</span>
                  {version.isInForce ? <span className="muted"> (in force)</span> : null}
                </td>
                <td>{version.basedOn ? `Version ${version.basedOn}` : "—"}</td>
                <td className="numeric">{version.indicatorCount}</td>
                <td>{version.approvedAt ? formatDate(version.approvedAt) : "—"}</td>
                <td>
                  <a href={`/api/v1/frameworks/${encodeURIComponent(framework.code)}/versions/${version.number}/matrix.xlsx`}>
                    Download<span className="visually-hidden"> version {version.number} as Excel</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <div className="two-columns">
        {workingNumber !== null ? (
          <div className="card">
            <h2>Working version</h2>
            <p>
              <Link href={`${base}/versions/${workingNumber}`}>Version {workingNumber}</Link> is being worked on. A new draft can start once
              it is approved.
            </p>
          </div>
        ) : inForce ? (
          <NewDraftForm
            frameworkCode={framework.code}
            inForceLabel={inForce.label}
            suggestedLabel={String((versions[0]?.number ?? 0) + 1)}
          />
        ) : null}
        <div className="card">
          <h2>Excel</h2>
          <ul className="plain-list">
            {workingNumber === null ? (
              <li>
                <Link href={`${base}/versions/import`}>Import a matrix file as the next draft</Link>
              </li>
            ) : null}
            <li>
              <a href="/api/v1/matrix-template.xlsx">Download a blank matrix template</a>
            </li>
          </ul>
        </div>
      </div>

      {versions.length > 1 ? (
        <section className="section" aria-labelledby="comparison">
          <h2 id="comparison">Compare two versions</h2>
          <form method="get" className="card no-print form-row" action={`${base}/versions#comparison`}>
            {(["from", "to"] as const).map((side) => (
              <div className="field" key={side}>
                <label htmlFor={`compare-${side}`}>{side === "from" ? "Older version" : "Newer version"}</label>
                <select id={`compare-${side}`} name={side} defaultValue={String(side === "from" ? from : to)} className="input">
                  {versions.map((version) => (
                    <option key={version.number} value={version.number}>
                      Version {version.number} ({version.label})
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="button button--secondary">
              Compare
            </button>
          </form>
          {typeof comparison === "string" ? (
            <p className="field__error" role="alert">
              {comparison}
            </p>
          ) : comparison ? (
            <VersionDiff diff={comparison} />
          ) : (
            <p className="muted">Choose two different versions.</p>
          )}
        </section>
      ) : null}
    </>
  );
}
