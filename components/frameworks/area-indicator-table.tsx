import { getTranslations } from "next-intl/server";
import { getValueStatusLabels, getValueTypeLabels } from "@/app/_i18n/get-status-labels";
import { LocalizedText } from "@/components/matrix/localized-text";
import { VALUE_STATUS_CLASS_NAMES } from "@/components/indicators/value-status-badge";
import type { StructureArea } from "@/lib/frameworks/get-framework-structure";
import { formatBaseline, formatIndicatorValue, formatTarget, pickFinalTarget } from "@/lib/indicators/format-value";
import type { FrameworkValueRow } from "@/lib/monitoring/list-framework-values";

/**
 * One area's indicators with baseline, final target and latest value. A static server
 * component with plain links: no client component per row, so it adds nothing to hydrate.
 */
export async function AreaIndicatorTable({
  area,
  frameworkCode,
  latestValues,
}: {
  area: StructureArea;
  frameworkCode: string;
  latestValues: Map<string, FrameworkValueRow>;
}) {
  // Labels read once per table, not once per row (decision 045).
  const [t, typeLabels, statusLabels] = await Promise.all([
    getTranslations("AreaIndicatorTable"),
    getValueTypeLabels(),
    getValueStatusLabels(),
  ]);
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={`area-${area.code}`}>
      <table className="data-table matrix-table">
        <colgroup>
          <col style={{ width: "6.5rem" }} />
          <col />
          <col style={{ width: "7rem" }} />
          <col style={{ width: "6rem" }} />
          <col style={{ width: "9.5rem" }} />
          <col style={{ width: "9.5rem" }} />
          <col style={{ width: "10rem" }} />
          <col style={{ width: "9rem" }} />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t("code")}</th>
            <th scope="col">{t("indicator")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("lead")}</th>
            <th scope="col">{t("baseline")}</th>
            <th scope="col">{t("target")}</th>
            <th scope="col">{t("latest")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {area.indicators.map((indicator) => {
            const latest = latestValues.get(indicator.code);
            return (
              <tr key={indicator.id}>
                <td className="code-cell">{indicator.code}</td>
                <th scope="row" className="name-cell" style={{ fontWeight: 400 }}>
                  <a href={`/frameworks/${encodeURIComponent(frameworkCode)}/indicators/${encodeURIComponent(indicator.code)}`}>
                    <LocalizedText entity={indicator} />
                  </a>
                </th>
                <td>{typeLabels[indicator.valueType]}</td>
                <td>
                  {indicator.leadInstitution ? (
                    <a href={`/institutions/${encodeURIComponent(indicator.leadInstitution.code)}`} title={indicator.leadInstitution.name}>
                      {indicator.leadInstitution.code}
                    </a>
                  ) : (
                    <span className="muted">—</span>
                  )}
                </td>
                <td>{formatBaseline(indicator) ?? <span className="muted">—</span>}</td>
                <td>{formatTarget(pickFinalTarget(indicator.targets), indicator) ?? <span className="muted">—</span>}</td>
                <td>
                  {latest ? (
                    <>
                      <span className="latest-value">{truncate(formatIndicatorValue(latest, indicator), 60)}</span>{" "}
                      <span className="muted nowrap">({latest.year})</span>
                    </>
                  ) : (
                    <span className="muted">{t("noValue")}</span>
                  )}
                </td>
                <td>{latest ? <span className={VALUE_STATUS_CLASS_NAMES[latest.status]}>{statusLabels[latest.status]}</span> : null}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function truncate(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
