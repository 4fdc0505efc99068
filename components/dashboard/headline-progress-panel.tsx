import Link from "next/link";
import { CompareBarsChart } from "@/components/charts/compare-charts";
import { AreaComparisonTable } from "@/components/progress/area-comparison-table";
import { ProvisionalYearsNotice } from "@/components/progress/provisional-years";
import type { HeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { describeComparison } from "@/lib/progress/describe-scores";
import { compareChartRows } from "@/lib/progress/compare-years";

/** The dashboard's progress panel: area scores this year against last year, and what deteriorated. */
export async function HeadlineProgressPanel({ headline }: { headline: HeadlineProgress }) {
  const { comparison, frameworkCode } = headline;
  const years = comparison.years;
  const thisYear = years.at(-1)!;
  const lastYear = years.length > 1 ? years[0]! : null;
  const base = `/frameworks/${encodeURIComponent(frameworkCode)}`;
  const rows = compareChartRows(comparison.areas, years);
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
      <ProvisionalYearsNotice coverage={headline.coverage} />
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
        <AreaComparisonTable
          captionId="headline-table-caption"
          caption="Area scores (%) and change in points"
          areaLabel="Area"
          years={years}
          areas={[...comparison.areas, comparison.overall]}
          changeHeader={lastYear === null ? null : "Change"}
        />
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
