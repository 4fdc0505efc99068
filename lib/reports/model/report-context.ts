import type { FrameworkStructure } from "@/lib/frameworks/get-framework-structure";
import type { Locale } from "@/lib/i18n/locales";
import { compareAreas, type AreaComparison } from "@/lib/progress/describe-scores";
import type { FrameworkData } from "@/lib/progress/load-framework-data";
import type { AreaScore } from "@/lib/progress/score-areas";
import { reportTerms, type ReportTerms } from "../report-terms";

/** What every step of the report model reads: the data, the years it compares, and lookups of the scores. */
export type ReportContext = {
  data: FrameworkData;
  /** The language the report is written in, chosen at export. */
  locale: Locale;
  terms: ReportTerms;
  framework: FrameworkStructure;
  scores: AreaScore[];
  /** SDG 10.7.2 frameworks speak of domains and categories. */
  official: boolean;
  year: number | null;
  /** The previous year that has an overall score, which the summary compares with. */
  comparisonYear: number | null;
  /** The years compared: the comparison year (when there is one) and the report's year. */
  compared: number[];
  topCodes: string[];
  /** Each top-level area's and the overall ("_T") score in the compared years. */
  areaComparison: AreaComparison[];
  scoreOf: (areaCode: string, at: number | null) => AreaScore | undefined;
  /** "2 Partially meets", the SDG 10.7.2 category of an area in the report's year. */
  categoryText: (areaCode: string) => string | null;
};

export function createReportContext(data: FrameworkData, locale: Locale): ReportContext {
  const terms = reportTerms(locale);
  const { framework, scores } = data.progress;
  const year = data.reportYear;
  const overallYears = scores.filter((score) => score.areaCode === "_T" && score.score !== null).map((score) => score.year);
  const comparisonYear = year === null ? null : (overallYears.filter((candidate) => candidate < year).at(-1) ?? null);
  const compared = year === null ? [] : comparisonYear === null ? [year] : [comparisonYear, year];
  const topCodes = data.topLevelAreas.map((area) => area.code);
  const scoreOf = (code: string, at: number | null) =>
    at === null ? undefined : scores.find((score) => score.areaCode === code && score.year === at);
  const categoryText = (code: string) => {
    const category = scoreOf(code, year)?.category;
    return category ? `${category} ${terms.categories[category - 1]}` : null;
  };
  return {
    data,
    locale,
    terms,
    framework,
    scores,
    official: framework.scoringMethod === "SDG_10_7_2",
    year,
    comparisonYear,
    compared,
    topCodes,
    areaComparison: compareAreas(scores, [...topCodes, "_T"], compared),
    scoreOf,
    categoryText,
  };
}
