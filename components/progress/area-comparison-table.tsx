import type { AreaComparison } from "@/lib/progress/describe-scores";
import { formatPoints } from "@/lib/progress/format-score";

/**
 * Area (or domain) scores in the chosen years, one row per area and one for the whole
 * framework, with the change in points when there are two years or more: the table that
 * stands beside the comparison charts on the compare page and the dashboard.
 */
export function AreaComparisonTable({
  captionId,
  caption,
  areaLabel,
  years,
  areas,
  changeHeader,
  categoryOf,
}: {
  captionId: string;
  caption: string;
  areaLabel: string;
  years: number[];
  /** The top-level areas, then the whole framework ("_T"). */
  areas: AreaComparison[];
  /** The change column's header; null leaves the column out. */
  changeHeader: string | null;
  /** The SDG 10.7.2 category of a score, shown under it. */
  categoryOf?: (score: number) => string | undefined;
}) {
  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{areaLabel}</th>
            {years.map((year) => (
              <th key={year} scope="col" className="numeric">
                {year}
              </th>
            ))}
            {changeHeader === null ? null : (
              <th scope="col" className="numeric">
                {changeHeader}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {areas.map((area) => (
            <tr key={area.areaCode}>
              <th scope="row">{area.areaCode === "_T" ? "All areas" : `${area.areaCode} ${area.areaName}`}</th>
              {area.scores.map((score, index) => (
                <td key={years[index]} className="numeric">
                  {score ?? "—"}
                  {categoryOf && score !== null ? <div className="muted">{categoryOf(score)}</div> : null}
                </td>
              ))}
              {changeHeader === null ? null : (
                <td
                  className={`numeric ${area.change !== null && area.change > 0 ? "change-up" : area.change !== null && area.change < 0 ? "change-down" : ""}`}
                >
                  {formatPoints(area.change)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
