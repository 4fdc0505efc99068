import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/locales";
import type { AreaComparison } from "@/lib/progress/describe-scores";
import { formatPoints, formatScore } from "@/lib/progress/format-score";
import { ScoreCategory } from "./score-category";

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
  categoryOf?: (score: number) => 1 | 2 | 3 | 4;
}) {
  const t = useTranslations("AreaComparisonTable");
  const locale = toLocale(useLocale());
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
              <th scope="row">{area.areaCode === "_T" ? t("allAreas") : `${area.areaCode} ${area.areaName}`}</th>
              {area.scores.map((score, index) => (
                <td key={years[index]} className="numeric">
                  {formatScore(score, "—", locale)}
                  {categoryOf && score !== null ? (
                    <div className="muted">
                      <ScoreCategory category={categoryOf(score)} />
                    </div>
                  ) : null}
                </td>
              ))}
              {changeHeader === null ? null : (
                <td
                  className={`numeric ${area.change !== null && area.change > 0 ? "change-up" : area.change !== null && area.change < 0 ? "change-down" : ""}`}
                >
                  {formatPoints(area.change, "—", locale)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
