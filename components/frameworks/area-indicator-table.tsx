import { ValueStatusBadge } from "@/components/indicators/value-status-badge";
import type { StructureArea } from "@/lib/frameworks/get-framework-structure";
import { formatBaseline, formatIndicatorValue, formatTarget, pickFinalTarget } from "@/lib/indicators/format-value";
import { VALUE_TYPE_LABELS } from "@/lib/indicators/value-types";
import type { FrameworkValueRow } from "@/lib/monitoring/list-framework-values";

/**
 * One area's indicators with baseline, final target and latest value. A static server
 * component with plain links: no client component per row, so it adds nothing to hydrate.
 */
export function AreaIndicatorTable({
  area,
  frameworkCode,
  latestValues,
}: {
  area: StructureArea;
  frameworkCode: string;
  latestValues: Map<string, FrameworkValueRow>;
}) {
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
            <th scope="col">Code</th>
            <th scope="col">Indicator</th>
            <th scope="col">Type</th>
            <th scope="col">Lead</th>
            <th scope="col">Baseline</th>
            <th scope="col">Target</th>
            <th scope="col">Latest value</th>
            <th scope="col">Status</th>
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
                    {indicator.name}
                  </a>
                </th>
                <td>{VALUE_TYPE_LABELS[indicator.valueType]}</td>
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
                    <span className="muted">No value yet</span>
                  )}
                </td>
                <td>{latest ? <ValueStatusBadge status={latest.status} /> : null}</td>
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
