import type { ReportModel } from "@/lib/reports/report-model";
import type { ReportSection } from "@/lib/reports/report-sections";

/** The open points of the year: values returned for correction, missing, and not yet approved. */
export function ReportOpenPointsSection({ model, section }: { model: ReportModel; section: ReportSection }) {
  const { labels } = model;
  return (
    <section className="report__section" aria-labelledby="open-points">
      <h3 id="open-points">{section.title}</h3>
      <p>{model.openPointsSentence}</p>
      <OpenPointsTable
        caption={labels.returnedForCorrection}
        rows={model.openPoints.returned.map((entry) => [`${entry.code} ${entry.name}`, entry.institution ?? "—", entry.reason ?? "—"])}
        headers={[labels.indicator, labels.institution, labels.reason]}
      />
      <OpenPointsTable
        caption={labels.withoutValue}
        rows={model.openPoints.missing.map((entry) => [`${entry.code} ${entry.name}`, entry.institution ?? "—"])}
        headers={[labels.indicator, labels.institution]}
      />
      <OpenPointsTable
        caption={labels.notYetApproved}
        rows={model.openPoints.notApproved.map((entry) => [`${entry.code} ${entry.name}`, entry.institution ?? "—", entry.status])}
        headers={[labels.indicator, labels.institution, labels.status]}
      />
    </section>
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
