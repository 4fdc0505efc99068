import type { ReportModel } from "@/lib/reports/report-model";
import type { ReportSection } from "@/lib/reports/report-sections";
import { formatPoints, formatScore } from "@/lib/progress/format-score";
import { ReportChart } from "./report-chart";
import { ReportMarkdown } from "./report-markdown";

const score = (value: number | null) => formatScore(value);

/** Section 1 of the report page: the summary's paragraphs, the table of area scores, the two charts and reporting by institution. */
export function ReportSummarySection({ model, section }: { model: ReportModel; section: ReportSection }) {
  const yearLabel = model.year === null ? "" : String(model.year);
  const compare = model.comparisonYear;
  const areaWord = model.official ? "Domain" : "Area";
  return (
    <section className="report__section" aria-labelledby="summary">
      <h3 id="summary">{section.title}</h3>
      {model.summaryNarrative ? <ReportMarkdown blocks={model.summaryNarrative} /> : null}
      {model.summary.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="report-scores-caption">
        <table className="data-table">
          <caption id="report-scores-caption">{areaWord} scores (%)</caption>
          <thead>
            <tr>
              <th scope="col">{areaWord}</th>
              {compare === null ? null : (
                <th scope="col" className="numeric">
                  {compare}
                </th>
              )}
              <th scope="col" className="numeric">
                {yearLabel || "Score"}
              </th>
              {compare === null ? null : (
                <th scope="col" className="numeric">
                  Change (points)
                </th>
              )}
              {model.official ? <th scope="col">Category</th> : null}
            </tr>
          </thead>
          <tbody>
            {model.summary.scores.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.code === "_T" ? "All areas" : `${row.code} ${row.name}`}</th>
                {compare === null ? null : <td className="numeric">{score(row.previous)}</td>}
                <td className="numeric">{score(row.current)}</td>
                {compare === null ? null : <td className="numeric">{formatPoints(row.change)}</td>}
                {model.official ? <td>{row.category ?? "—"}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="report__figures">
        <figure className="report__figure">
          <ReportChart chart={model.charts.areaScores} />
          <figcaption>Figure 1. {model.charts.areaScores.title}. The table above gives the same numbers.</figcaption>
        </figure>
        <figure className="report__figure">
          <ReportChart chart={model.charts.overall} />
          <figcaption>Figure 2. {model.charts.overall.title}.</figcaption>
        </figure>
      </div>
      {model.summary.completeness ? (
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="report-completeness-caption">
          <table className="data-table">
            <caption id="report-completeness-caption">Reporting by institution, {yearLabel}</caption>
            <thead>
              <tr>
                <th scope="col">Institution</th>
                {["Assigned", "Approved", "Submitted", "Returned", "Missing", "% approved"].map((header) => (
                  <th key={header} scope="col" className="numeric">
                    {header}
                  </th>
                ))}
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
                  <td className="numeric">{institution.counts.percentApproved} %</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
