import type { ReportModel } from "../report-model";
import { groupedBarChart, scoreLineChart } from "../chart-primitives";
import type { ReportContext } from "./report-context";

/** The summary's two charts: area scores in the compared years, and the overall score over every year covered. */
export function buildReportCharts({ data, official, compared, topCodes, scoreOf }: ReportContext): ReportModel["charts"] {
  const chartYears = compared.map(String);
  return {
    areaScores: groupedBarChart({
      title: `${official ? "Domain" : "Area"} scores (%)${compared.length > 0 ? `, ${chartYears.join(" and ")}` : ""}`,
      labels: topCodes,
      series: compared.map((chartYear) => ({
        name: String(chartYear),
        values: topCodes.map((code) => scoreOf(code, chartYear)?.score ?? null),
      })),
    }),
    overall: scoreLineChart({
      title: "Overall score (%) over the years",
      points: data.years.map((chartYear) => ({ year: chartYear, value: scoreOf("_T", chartYear)?.score ?? null })),
    }),
  };
}
