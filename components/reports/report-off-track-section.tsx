import { useTranslations } from "next-intl";
import { ProgressStatusBadge } from "@/components/progress/progress-status-badge";
import type { ReportModel } from "@/lib/reports/report-model";
import type { ReportSection } from "@/lib/reports/report-sections";

/** The indicators off track, most urgent first. */
export function ReportOffTrackSection({ model, section }: { model: ReportModel; section: ReportSection }) {
  const { labels } = model;
  const t = useTranslations("ReportSections");
  return (
    <section className="report__section" aria-labelledby="off-track">
      <h3 id="off-track">{section.title}</h3>
      <p id="off-track-summary">{model.offTrackSentence}</p>
      {model.offTrack.length === 0 ? null : (
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="off-track-caption">
          <table className="data-table" aria-describedby="off-track-summary">
            <caption id="off-track-caption">{t("offTrack")}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.indicator}</th>
                <th scope="col">{labels.status}</th>
                <th scope="col">{labels.value}</th>
                <th scope="col">{labels.target}</th>
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
  );
}
