import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ExportPanel } from "@/components/exports/export-panel";
import { DATA_CHOICES } from "@/lib/exports/export-choices";
import { AreaIndicatorTable } from "@/components/frameworks/area-indicator-table";
import { FrameworkTabs } from "@/components/frameworks/framework-tabs";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { isAppError } from "@/lib/errors";
import { getFrameworkMatrix } from "@/lib/frameworks/get-framework-matrix";
import { VERSION_STATUS_LABELS } from "@/lib/indicators/format-value";
import { requirePageAccess } from "@/app/_access/require-page-access";

export async function generateMetadata(props: PageProps<"/frameworks/[code]">): Promise<Metadata> {
  const { code } = await props.params;
  return { title: `${decodeURIComponent(code)} matrix` };
}

export default async function FrameworkMatrixPage(props: PageProps<"/frameworks/[code]">) {
  const { code } = await props.params;
  const access = await requirePageAccess();
  const matrix = await getFrameworkMatrix(access, decodeURIComponent(code)).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const topLevelAreas = matrix.areas.filter((area) => area.depth === 0);

  return (
    <>
      <Breadcrumbs items={[{ href: "/frameworks", label: "Frameworks" }, { label: matrix.code }]} />
      <div className="page-header">
        <p className="page-header__eyebrow">
          Framework {matrix.code} · version {matrix.version.label}{" "}
          <span className="status status--version">{VERSION_STATUS_LABELS[matrix.version.status]}</span> ·{" "}
          <Link href={`/frameworks/${encodeURIComponent(matrix.code)}/versions/${matrix.version.number}/consultation`}>
            Consultation and approval
          </Link>
        </p>
        <h1>{matrix.name}</h1>
        {matrix.description ? <p className="page-header__lead">{matrix.description}</p> : null}
        <dl className="stat-list">
          <div>
            <dt>Thematic areas</dt>
            <dd>{topLevelAreas.length}</dd>
          </div>
          <div>
            <dt>Indicators</dt>
            <dd>{matrix.indicatorCount}</dd>
          </div>
          <div>
            <dt>Years with data</dt>
            <dd>{matrix.years ? `${matrix.years.first}–${matrix.years.last}` : "None yet"}</dd>
          </div>
        </dl>
      </div>

      <FrameworkTabs code={matrix.code} current="matrix" />
      <details className="card no-print downloads">
        <summary>Download the data of {matrix.code}</summary>
        <p className="muted">
          Approved values of every year. The working-group report, and exports of a chosen year, are on{" "}
          <Link href={`/frameworks/${encodeURIComponent(matrix.code)}/report`}>Report and exports</Link>.
        </p>
        <ExportPanel frameworkCode={matrix.code} choices={DATA_CHOICES} includeProvisional={false} />
      </details>
      <nav aria-label="Areas of this framework" className="card no-print">
        <h2 className="visually-hidden">Areas</h2>
        <ol className="area-toc">
          {topLevelAreas.map((area) => (
            <li key={area.id}>
              <a href={`#area-${area.code}`}>
                {area.code} {area.name}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {matrix.areas.map((area) => {
        const Heading = area.depth === 0 ? "h2" : "h3";
        return (
          <section key={area.id} className={area.depth === 0 ? "section" : "subsection"} aria-labelledby={`area-${area.code}`}>
            <Heading id={`area-${area.code}`}>
              <span className="muted">{area.code}</span> {area.name}
            </Heading>
            {area.description && area.depth === 0 ? <p className="muted">{area.description}</p> : null}
            {area.indicators.length > 0 ? (
              <AreaIndicatorTable area={area} frameworkCode={matrix.code} latestValues={matrix.latestValues} />
            ) : null}
          </section>
        );
      })}
    </>
  );
}
