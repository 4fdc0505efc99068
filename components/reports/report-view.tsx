import { ProgressStatusBadge } from "@/components/progress/progress-status-badge";
import { formatDate } from "@/lib/indicators/format-value";
import type { ReportModel } from "@/lib/reports/report-model";
import { reportSections } from "@/lib/reports/report-sections";
import { formatPoints, formatScore } from "@/lib/progress/format-score";
import { ReportChart } from "./report-chart";

const score = (value: number | null) => formatScore(value);

/**
 * The working-group report as a web page that prints well: the same model and sections as
 * the PDF and Word files, with tables people can read and charts drawn from the same numbers.
 */
export function ReportView({ model }: { model: ReportModel }) {
  const sections = reportSections(model);
  const yearLabel = model.year === null ? "" : String(model.year);
  const compare = model.comparisonYear;
  const areaWord = model.official ? "Domain" : "Area";
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__cover">
        <p className="muted">{model.workspaceName}</p>
        <h2 id="report-title" className="report__title">
          {model.title}
        </h2>
        <p className="report__subtitle">{model.frameworkName}</p>
        <p className="muted">
          {model.coverLine} · prepared on {formatDate(model.generatedAt)}
        </p>
        {model.includeProvisional ? (
          <p className="notice notice--warning">Includes provisional values, not yet approved (marked *).</p>
        ) : null}
      </header>

      <nav aria-labelledby="report-contents" className="report__contents">
        <h3 id="report-contents">Contents</h3>
        <ul className="plain-list">
          {sections.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <section className="report__section" aria-labelledby="summary">
        <h3 id="summary">{sections[0]!.title}</h3>
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

      {model.areas.map((area, index) => {
        const section = sections[index + 1]!;
        return (
          <section key={area.code} className="report__section" aria-labelledby={section.id}>
            <h3 id={section.id}>{section.title}</h3>
            <p>{area.sentence}</p>
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
          </section>
        );
      })}

      <section className="report__section" aria-labelledby="off-track">
        <h3 id="off-track">{sections[model.areas.length + 1]!.title}</h3>
        <p id="off-track-summary">{model.offTrackSentence}</p>
        {model.offTrack.length === 0 ? null : (
          <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="off-track-caption">
            <table className="data-table" aria-describedby="off-track-summary">
              <caption id="off-track-caption">Indicators off track</caption>
              <thead>
                <tr>
                  <th scope="col">Indicator</th>
                  <th scope="col">Status</th>
                  <th scope="col">Value {yearLabel}</th>
                  <th scope="col">Target</th>
                </tr>
              </thead>
              <tbody>
                {model.offTrack.map((indicator) => (
                  <tr key={indicator.code}>
                    <th scope="row" style={{ fontWeight: 400 }}>
                      <span className="code">{indicator.code}</span> {indicator.name}
                    </th>
                    <td>
                      <ProgressStatusBadge status={indicator.status} />
                    </td>
                    <td>{indicator.value ?? "—"}</td>
                    <td>{indicator.target ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="report__section" aria-labelledby="open-points">
        <h3 id="open-points">{sections[model.areas.length + 2]!.title}</h3>
        <p>{model.openPointsSentence}</p>
        <OpenPointsTable
          caption="Returned for correction"
          rows={model.openPoints.returned.map((entry) => [`${entry.code} ${entry.name}`, entry.institution ?? "—", entry.reason ?? "—"])}
          headers={["Indicator", "Institution", "Reason"]}
        />
        <OpenPointsTable
          caption={model.openPoints.detailed ? "Without a value" : "Without an approved value"}
          rows={model.openPoints.missing.map((entry) => [`${entry.code} ${entry.name}`, entry.institution ?? "—"])}
          headers={["Indicator", "Institution"]}
        />
        <OpenPointsTable
          caption="Not yet approved"
          rows={model.openPoints.notApproved.map((entry) => [`${entry.code} ${entry.name}`, entry.institution ?? "—", entry.status])}
          headers={["Indicator", "Institution", "Status"]}
        />
      </section>

      <section className="report__section" aria-labelledby="methodology">
        <h3 id="methodology">{sections[model.areas.length + 3]!.title}</h3>
        {model.methodology.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>
    </article>
  );
}

function OpenPointsTable({ caption, headers, rows }: { caption: string; headers: string[]; rows: string[][] }) {
  if (rows.length === 0) return null;
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((header) => (
              <th key={header} scope="col">
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((cells) => (
            <tr key={cells[0]}>
              {cells.map((content, index) =>
                index === 0 ? (
                  <th key={index} scope="row" style={{ fontWeight: 400 }}>
                    {content}
                  </th>
                ) : (
                  <td key={index}>{content}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
