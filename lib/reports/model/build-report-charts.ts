import { createTranslator } from "use-intl/core";
import { formatReportNumber, reportMessages } from "../report-messages";
import type { ReportModel } from "../report-model";
import { groupedBarChart, scoreLineChart } from "../chart-primitives";
import type { ReportContext } from "./report-context";

/** The summary's two charts: area scores in the compared years, and the overall score over every year covered. */
export function buildReportCharts({ data, official, compared, topCodes, scoreOf, locale }: ReportContext): ReportModel["charts"] {
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportCharts" });
  const formatValue = (value: number) => formatReportNumber(value, locale);
  const scoresTitle = official ? t("domainScores") : t("areaScores");
  return {
    areaScores: groupedBarChart({
      title:
        compared.length === 0
          ? scoresTitle
          : compared.length === 1
            ? t("inYear", { title: scoresTitle, year: compared[0]! })
            : t("inTwoYears", { title: scoresTitle, first: compared[0]!, second: compared.at(-1)! }),
      labels: topCodes,
      series: compared.map((chartYear) => ({
        name: String(chartYear),
        values: topCodes.map((code) => scoreOf(code, chartYear)?.score ?? null),
      })),
      formatValue,
    }),
    overall: scoreLineChart({
      title: t("overall"),
      points: data.years.map((chartYear) => ({ year: chartYear, value: scoreOf("_T", chartYear)?.score ?? null })),
      formatValue,
    }),
  };
}
