import { useLocale, useTranslations } from "next-intl";
import { AreaScoresChart } from "@/components/charts/area-scores-chart";
import { localizedName } from "@/lib/i18n/localized-name";
import { toLocale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/indicators/format-value";
import { formatScore } from "@/lib/progress/format-score";
import type { AreaScore } from "@/lib/progress/score-areas";
import { summarizeScoresOverTime } from "@/lib/progress/summarize-scores";
import { ScoreCategory } from "./score-category";
import { ScoresOverTimeText } from "./scores-summary";

type TopLevelArea = { code: string; name: string; nameTranslations?: unknown };

/** The progress page's first section: the area (or domain) scores over the years, as a chart and as a table. */
export function AreaScoresSection({
  frameworkCode,
  official,
  includeProvisional,
  topLevel,
  years,
  scores,
  yearLabel,
}: {
  frameworkCode: string;
  /** SDG 10.7.2: its areas are called domains and carry categories. */
  official: boolean;
  includeProvisional: boolean;
  topLevel: TopLevelArea[];
  years: number[];
  scores: AreaScore[];
  yearLabel: (year: number) => string;
}) {
  const t = useTranslations("Progress");
  const locale = toLocale(useLocale());
  const seriesCodes = [...topLevel.map((area) => area.code), "_T"];
  const scoreOf = (areaCode: string, year: number) => scores.find((score) => score.areaCode === areaCode && score.year === year);
  const chartRows = years.map((year) => ({
    year,
    ...Object.fromEntries(seriesCodes.map((areaCode) => [areaCode, scoreOf(areaCode, year)?.score ?? null])),
  }));
  const summary = summarizeScoresOverTime(
    scores,
    topLevel.map((area) => area.code),
  );
  const count = (value: number) => formatNumber(value, 0, locale);
  // Chart series and table rows name each area in the reader's language (decision 041).
  const nameOf = (areaCode: string) => {
    const area = topLevel.find((candidate) => candidate.code === areaCode);
    return area ? localizedName(area, locale).text : "";
  };

  return (
    <section aria-labelledby="scores-heading">
      <h2 id="scores-heading">{official ? t("domainScoresHeading") : t("areaScoresHeading")}</h2>
      {years.length === 0 ? (
        <p>{includeProvisional ? t("noValue") : t("noApprovedValue")}</p>
      ) : (
        <>
          <figure className="chart-figure">
            <figcaption>
              <span id="scores-summary">
                <ScoresOverTimeText summary={summary} />
              </span>
            </figcaption>
            <AreaScoresChart
              years={years}
              series={seriesCodes.map((areaCode) => ({ code: areaCode, name: nameOf(areaCode) }))}
              rows={chartRows}
              title={official ? t("domainChartTitle", { code: frameworkCode }) : t("areaChartTitle", { code: frameworkCode })}
              describedBy="scores-summary"
            />
          </figure>
          <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="scores-table-caption">
            <table className="data-table">
              <caption id="scores-table-caption">
                {official ? t("domainTableCaption") : t("areaTableCaption")}
                <span className="caption-note">{t("tableCoverageNote")}</span>
              </caption>
              <thead>
                <tr>
                  <th scope="col">{official ? t("domain") : t("area")}</th>
                  {years.map((year) => (
                    <th key={year} scope="col" className="numeric">
                      {yearLabel(year)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {seriesCodes.map((areaCode) => (
                  <tr key={areaCode}>
                    <th scope="row">{areaCode === "_T" ? t("allAreas") : `${areaCode} ${nameOf(areaCode)}`}</th>
                    {years.map((year) => {
                      const score = scoreOf(areaCode, year);
                      return (
                        <td key={year} className="numeric">
                          {score?.score !== null && score?.score !== undefined ? (
                            <>
                              {formatScore(score.score, "—", locale)}
                              {score.provisional ? <span className="provisional-mark">*</span> : null}
                              {score.category ? (
                                <div className="muted">
                                  <ScoreCategory category={score.category} />
                                </div>
                              ) : null}
                              {score.indicatorsCounted < score.indicatorsTotal ? (
                                <div className="coverage">
                                  {t("counted", { counted: count(score.indicatorsCounted), total: count(score.indicatorsTotal) })}
                                </div>
                              ) : null}
                            </>
                          ) : (
                            // The title is a sentence: it takes the numbers, for its plural to agree with them.
                            <span
                              className="muted"
                              title={
                                score ? t("countedTitle", { counted: score.indicatorsCounted, total: score.indicatorsTotal }) : undefined
                              }
                            >
                              —
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
