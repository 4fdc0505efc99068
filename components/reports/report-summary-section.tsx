import type { ReportModel } from "@/lib/reports/report-model";
import type { ReportSection } from "@/lib/reports/report-sections";
import { reportPercent, reportPoints, reportScore } from "@/lib/reports/report-messages";
import { ReportChart } from "./report-chart";
import { ReportMarkdown } from "./report-markdown";

/** Section 1 of the report page: the summary's paragraphs, the table of area scores, the two charts and reporting by institution. */
export function ReportSummarySection({ model, section }: { model: ReportModel; section: ReportSection }) {
  const { labels, locale } = model;
  const compare = model.comparisonYear;
  const score = (value: number | null) => reportScore(value, locale, "—");
  return (
    <section className="report__section" aria-labelledby="summary">
      <h3 id="summary">{section.title}</h3>
      {model.provisionalNote ? (
        <p>
          <strong>{model.provisionalNote}</strong>
        </p>
      ) : null}
      {model.summaryNarrative ? <ReportMarkdown blocks={model.summaryNarrative} /> : null}
      {model.summary.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="report-scores-caption">
        <table className="data-table">
          <caption id="report-scores-caption">{labels.scoresCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{labels.area}</th>
              {compare === null ? null : (
                <th scope="col" className="numeric">
                  {compare}
                </th>
              )}
              <th scope="col" className="numeric">
                {labels.scoreColumn}
              </th>
              {compare === null ? null : (
                <th scope="col" className="numeric">
                  {labels.change}
                </th>
              )}
              {model.official ? <th scope="col">{labels.category}</th> : null}
            </tr>
          </thead>
          <tbody>
            {model.summary.scores.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.code === "_T" ? row.name : `${row.code} ${row.name}`}</th>
                {compare === null ? null : <td className="numeric">{score(row.previous)}</td>}
                <td className="numeric">{score(row.current)}</td>
                {compare === null ? null : <td className="numeric">{reportPoints(row.change, locale, "—")}</td>}
                {model.official ? <td>{row.category ?? "—"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="report__figures">
        <figure className="report__figure">
          <ReportChart chart={model.charts.areaScores} />
          <figcaption>{labels.figureAreaScores}</figcaption>
        </figure>
        <figure className="report__figure">
          <ReportChart chart={model.charts.overall} />
          <figcaption>{labels.figureOverall}</figcaption>
        </figure>
      </div>
      {model.summary.completeness ? (
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="report-completeness-caption">
          <table className="data-table">
            <caption id="report-completeness-caption">{labels.reportingByInstitution}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.institution}</th>
                {[labels.assigned, labels.approved, labels.submitted, labels.returned, labels.missing, labels.percentApproved].map(
                  (header) => (
                    <th key={header} scope="col" className="numeric">
                      {header}
                    </th>
                  ),
                )}
              </tr>
            </thead>
            <tbody>
              {model.summary.completeness.institutions.map((institution) => (
                <tr key={institution.code}>
                  <th scope="row">
                    {institution.code} {institution.name}
                  </th>
                  <td className="numeric">{institution.counts.assigned}</td>
                  <td className="numeric">{institution.counts.approved}</td>
                  <td className="numeric">{institution.counts.submitted}</td>
                  <td className="numeric">{institution.counts.returned}</td>
                  <td className="numeric">{institution.counts.missing}</td>
                  <td className="numeric">{reportPercent(institution.counts.percentApproved, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
