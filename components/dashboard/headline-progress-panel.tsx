import Link from "next/link";
import { CompareBarsChart, type CompareRow } from "@/components/charts/compare-charts";
import type { HeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { describeComparison } from "@/lib/progress/describe-scores";
import { formatPoints } from "@/lib/progress/format-score";

/** The dashboard's progress panel: area scores this year against last year, and what deteriorated. */
export function HeadlineProgressPanel({ headline }: { headline: HeadlineProgress }) {
  const { comparison, frameworkCode } = headline;
  const years = comparison.years;
  const thisYear = years.at(-1)!;
  const lastYear = years.length > 1 ? years[0]! : null;
  const base = `/frameworks/${encodeURIComponent(frameworkCode)}`;
  const rows: CompareRow[] = comparison.areas.map((area) => ({
    area: area.areaCode,
    name: area.areaName,
    ...Object.fromEntries(years.map((year, index) => [String(year), area.scores[index] ?? null])),
  }));
  const summary =
    lastYear === null ? `Scores of ${thisYear}, the first year with approved values.` : describeComparison(comparison.areas, years);

  return (
    <section className="section" aria-labelledby="headline-heading">
      <h2 id="headline-heading">
        {headline.frameworkName}: {lastYear === null ? thisYear : `${thisYear} against ${lastYear}`}
      </h2>
      <p id="headline-summary">
        {summary} Approved values only.{" "}
        <Link href={`${base}/compare?year=${lastYear ?? thisYear}&year=${thisYear}`}>Compare other years</Link>
      </p>
      <div className="two-columns">
        <figure className="chart-figure">
          <figcaption className="chart-figure__title">Area scores (%)</figcaption>
          <CompareBarsChart
            rows={rows}
            years={years}
            title={`Area scores of ${frameworkCode}, ${years.join(" and ")}`}
            describedBy="headline-summary"
          />
        </figure>
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="headline-table-caption">
          <table className="data-table">
            <caption id="headline-table-caption">Area scores (%) and change in points</caption>
            <thead>
              <tr>
                <th scope="col">Area</th>
                {years.map((year) => (
                  <th key={year} scope="col" className="numeric">
                    {year}
                  </th>
                ))}
                {lastYear === null ? null : (
                  <th scope="col" className="numeric">
                    Change
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {[...comparison.areas, comparison.overall].map((area) => (
                <tr key={area.areaCode}>
                  <th scope="row">{area.areaCode === "_T" ? "All areas" : `${area.areaCode} ${area.areaName}`}</th>
                  {area.scores.map((score, index) => (
                    <td key={years[index]} className="numeric">
                      {score ?? "—"}
                    </td>
                  ))}
                  {lastYear === null ? null : (
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
      </div>

      <h3 id="deteriorated-heading">Indicators that deteriorated in {thisYear}</h3>
      {headline.deteriorated.length === 0 ? (
        <p>No indicator deteriorated in {thisYear}.</p>
      ) : (
        <ul aria-labelledby="deteriorated-heading" className="plain-list">
          {headline.deteriorated.map((indicator) => (
            <li key={indicator.code}>
              <Link href={`${base}/indicators/${encodeURIComponent(indicator.code)}`}>
                <span className="code">{indicator.code}</span> {indicator.name}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
