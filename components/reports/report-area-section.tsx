import { ProgressStatusBadge } from "@/components/progress/progress-status-badge";
import { ReportMarkdown } from "./report-markdown";
import type { ReportArea } from "@/lib/reports/report-model";
import type { ReportSection } from "@/lib/reports/report-sections";

/** One area's section of the report page: its score sentence and a row per indicator. */
export function ReportAreaSection({ area, section, yearLabel }: { area: ReportArea; section: ReportSection; yearLabel: string }) {
  return (
    <section className="report__section" aria-labelledby={section.id}>
      <h3 id={section.id}>{section.title}</h3>
      <p>{area.sentence}</p>
      {area.analysis ? <ReportMarkdown blocks={area.analysis} /> : null}
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={`${section.id}-caption`}>
        <table className="data-table report__indicators">
          <caption id={`${section.id}-caption`} className="visually-hidden">
            Indicators of {area.code}: value, target, status, trend and comment
          </caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Value {yearLabel}</th>
              <th scope="col">Target</th>
              <th scope="col">Status</th>
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody>
            {area.indicators.map((indicator) => (
              <tr key={indicator.code}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  <span className="code">{indicator.code}</span> {indicator.name}
                  {indicator.comment ? <div className="report__comment">Comment: {indicator.comment}</div> : null}
                  {indicator.leadInstitution ? <div className="muted report__lead">Lead: {indicator.leadInstitution}</div> : null}
                </th>
                <td>
                  {indicator.value ?? "—"}
                  {indicator.valueIsProvisional ? <span className="provisional-mark">*</span> : null}
                </td>
                <td>{indicator.target ?? "—"}</td>
                <td>
                  <ProgressStatusBadge status={indicator.status} />
                </td>
                <td>{indicator.trend}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {area.indicators.some((indicator) => indicator.explanation) ? <h4>Explanations by the reporting institutions</h4> : null}
      {area.indicators.map((indicator) =>
        indicator.explanation ? (
          <div key={indicator.code}>
            <p>
              <strong>
                {indicator.code} {indicator.name}
              </strong>
            </p>
            <ReportMarkdown blocks={indicator.explanation} />
          </div>
        ) : null,
      )}
    </section>
  );
}
