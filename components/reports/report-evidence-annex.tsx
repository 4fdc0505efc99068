import type { ReportModel } from "@/lib/reports/report-model";
import type { ReportSection } from "@/lib/reports/report-sections";

/** The report page's annex of evidence files, value by value. */
export function ReportEvidenceAnnex({ model, section }: { model: ReportModel; section: ReportSection }) {
  return (
    <section className="report__section" aria-labelledby={section.id}>
      <h3 id={section.id}>{section.title}</h3>
      <p>{model.labels.evidenceIntro}</p>
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={section.id}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{model.labels.indicator}</th>
              <th scope="col">{model.labels.file}</th>
              <th scope="col">{model.labels.type}</th>
              <th scope="col">{model.labels.size}</th>
              <th scope="col">{model.labels.attachedBy}</th>
              <th scope="col">{model.labels.attachedOn}</th>
            </tr>
          </thead>
          <tbody>
            {model.evidenceAnnex.flatMap((value) =>
              value.files.map((file, index) => (
                <tr key={`${value.indicatorCode}-${value.breakdown}-${index}`}>
                  <td>
                    {value.indicatorCode} {value.breakdown}
                  </td>
                  <td>{file.name}</td>
                  <td>{file.type}</td>
                  <td className="nowrap">{file.size}</td>
                  <td>{file.who}</td>
                  <td className="nowrap">{file.when}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
