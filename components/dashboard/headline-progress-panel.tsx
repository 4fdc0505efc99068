import Link from "next/link";
import { useTranslations } from "next-intl";
import { CompareBarsChart } from "@/components/charts/compare-charts";
import { AreaComparisonTable } from "@/components/progress/area-comparison-table";
import { ProvisionalYearsNotice } from "@/components/progress/provisional-years";
import type { HeadlineProgress } from "@/lib/dashboard/get-headline-progress";
import { ComparisonText } from "@/components/progress/scores-summary";
import { compareChartRows } from "@/lib/progress/compare-years";
import { summarizeComparison } from "@/lib/progress/summarize-scores";

/** The dashboard's progress panel: area scores this year against last year, and what deteriorated. */
export function HeadlineProgressPanel({ headline }: { headline: HeadlineProgress }) {
  const t = useTranslations("HeadlinePanel");
  const { comparison, frameworkCode } = headline;
  const years = comparison.years;
  const thisYear = years.at(-1)!;
  const lastYear = years.length > 1 ? years[0]! : null;
  const base = `/frameworks/${encodeURIComponent(frameworkCode)}`;
  const rows = compareChartRows(comparison.areas, years);
  const yearText = { year: String(thisYear), last: String(lastYear) };

  return (
    <section className="section" aria-labelledby="headline-heading">
      <h2 id="headline-heading">
        {lastYear === null
          ? t("headingOneYear", { framework: headline.frameworkName, ...yearText })
          : t("heading", { framework: headline.frameworkName, ...yearText })}
      </h2>
      <p id="headline-summary">
        {lastYear === null ? t("firstYear", yearText) : <ComparisonText summary={summarizeComparison(comparison.areas, years)} />}{" "}
        {t("approvedOnly")} <Link href={`${base}/compare?year=${lastYear ?? thisYear}&year=${thisYear}`}>{t("compareOther")}</Link>
      </p>
      <ProvisionalYearsNotice coverage={headline.coverage} />
      <div className="two-columns">
        <figure className="chart-figure">
          <figcaption className="chart-figure__title">{t("chartCaption")}</figcaption>
          <CompareBarsChart
            rows={rows}
            years={years}
            title={t("chartTitle", { code: frameworkCode, years: years.join(", ") })}
            describedBy="headline-summary"
          />
        </figure>
        <AreaComparisonTable
          captionId="headline-table-caption"
          caption={t("tableCaption")}
          areaLabel={t("area")}
          years={years}
          areas={[...comparison.areas, comparison.overall]}
          changeHeader={lastYear === null ? null : t("change")}
        />
      </div>

      <h3 id="deteriorated-heading">{t("deterioratedHeading", yearText)}</h3>
      {headline.deteriorated.length === 0 ? (
        <p>{t("noneDeteriorated", yearText)}</p>
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
