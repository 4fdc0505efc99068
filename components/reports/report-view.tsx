import type { ReportModel } from "@/lib/reports/report-model";
import { reportSections } from "@/lib/reports/report-sections";
import { ReportAreaSection } from "./report-area-section";
import { ReportEvidenceAnnex } from "./report-evidence-annex";
import { ReportOffTrackSection } from "./report-off-track-section";
import { ReportOpenPointsSection } from "./report-open-points-section";
import { ReportSummarySection } from "./report-summary-section";

/**
 * The working-group report as a web page that prints well: the same model and sections as
 * the PDF and Word files, with tables people can read and charts drawn from the same numbers.
 */
export function ReportView({ model }: { model: ReportModel }) {
  const sections = reportSections(model);
  const closing = model.areas.length + 1;
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__cover">
        <p className="muted">{model.workspaceName}</p>
        <h2 id="report-title" className="report__title">
          {model.title}
        </h2>
        <p className="report__subtitle">{model.frameworkName}</p>
        <p className="muted">
          {model.coverLine} · {model.labels.preparedOn}
        </p>
        {model.provisionalNote ? <p className="notice notice--warning">{model.provisionalNote}</p> : null}
        {model.includeProvisional ? <p className="notice notice--warning">{model.labels.includesProvisional}</p> : null}
        {model.fallbackNote ? <p className="muted">{model.fallbackNote}</p> : null}
      </header>

      <nav aria-labelledby="report-contents" className="report__contents">
        <h3 id="report-contents">{model.labels.contents}</h3>
        <ul className="plain-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <ReportSummarySection model={model} section={sections[0]!} />
      {model.areas.map((area, index) => (
        <ReportAreaSection key={area.code} area={area} section={sections[index + 1]!} labels={model.labels} />
      ))}
      <ReportOffTrackSection model={model} section={sections[closing]!} />
      <ReportOpenPointsSection model={model} section={sections[closing + 1]!} />

      <section className="report__section" aria-labelledby="methodology">
        <h3 id="methodology">{sections[closing + 2]!.title}</h3>
        {model.methodology.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p className="muted">
          {model.labels.generatedBy} {model.labels.rounded}
        </p>
      </section>
      {model.evidenceAnnex.length > 0 ? <ReportEvidenceAnnex model={model} section={sections[closing + 3]!} /> : null}
    </article>
  );
}
