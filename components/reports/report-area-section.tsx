import { useTranslations } from "next-intl";
import { ProgressStatusBadge } from "@/components/progress/progress-status-badge";
import { ReportMarkdown } from "./report-markdown";
import type { ReportArea, ReportModel } from "@/lib/reports/report-model";
import type { ReportSection } from "@/lib/reports/report-sections";

/** One area's section of the report page: its score sentence and a row per indicator. */
export function ReportAreaSection({ area, section, labels }: { area: ReportArea; section: ReportSection; labels: ReportModel["labels"] }) {
  const t = useTranslations("ReportPage");
  return (
    <section className="report__section" aria-labelledby={section.id}>
      <h3 id={section.id}>{section.title}</h3>
      <p>{area.sentence}</p>
      {area.analysis ? <ReportMarkdown blocks={area.analysis} /> : null}
      <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={`${section.id}-caption`}>
        <table className="data-table report__indicators">
          <caption id={`${section.id}-caption`} className="visually-hidden">
            {t("indicatorsCaption", { code: area.code })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{labels.indicator}</th>
              <th scope="col">{labels.value}</th>
              <th scope="col">{labels.target}</th>
              <th scope="col">{labels.status}</th>
              <th scope="col">{labels.trend}</th>
            </tr>
          </thead>
          <tbody>
            {area.indicators.map((indicator) => (
              <tr key={indicator.code}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  <span className="code">{indicator.code}</span> {indicator.name}
                  {indicator.comment ? (
                    <div className="report__comment">
                      {labels.comment}: {indicator.comment}
                    </div>
                  ) : null}
                  {indicator.leadInstitution ? (
                    <div className="muted report__lead">
                      {labels.lead}: {indicator.leadInstitution}
                    </div>
                  ) : null}
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
      {area.indicators.some((indicator) => indicator.explanation) ? <h4>{labels.explanations}</h4> : null}
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
