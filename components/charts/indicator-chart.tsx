"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { FORMAT_LOCALES, toLocale } from "@/lib/i18n/locales";
import type { IndicatorSeries } from "@/lib/indicators/build-indicator-series";

const SERIES_COLOURS = ["var(--chart-1)", "var(--chart-2)", "var(--chart-3)", "var(--chart-4)", "var(--chart-5)"];
const DASHES = [undefined, "6 3", "2 3", "8 3 2 3", "1 2"];

/**
 * Values over the years with baseline and target lines. The series arrive ready-made from
 * the server; the page shows the same numbers in a table next to the chart. Colours are
 * paired with dash patterns so series can be told apart without colour.
 */
export function IndicatorChart({ data, title, describedBy }: { data: IndicatorSeries; title: string; describedBy: string }) {
  const t = useTranslations("Charts");
  const numberFormat = new Intl.NumberFormat(FORMAT_LOCALES[toLocale(useLocale())]);
  const rows = data.points.map((point) => ({ year: point.year, ...point.values }));
  const tickLabel = (value: number) =>
    data.kind === "levels" ? (data.levelTicks.find((tick) => tick.value === value)?.label ?? "") : numberFormat.format(value);
  const years = data.points.map((point) => point.year);
  const allYears = [...years, data.baseline?.year, data.target?.year].filter((year): year is number => year !== undefined);
  const domain: [number, number] = [Math.min(...allYears), Math.max(...allYears)];

  return (
    <div className="chart-frame" aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart
          data={rows}
          margin={{ top: 16, right: 24, bottom: 8, left: data.kind === "levels" ? 48 : 8 }}
          accessibilityLayer
          title={title}
          desc={data.summary}
        >
          <CartesianGrid stroke="#e3e7ec" vertical={false} />
          <XAxis dataKey="year" type="number" domain={domain} allowDecimals={false} tickCount={Math.min(domain[1] - domain[0] + 1, 12)} />
          <YAxis
            tickFormatter={tickLabel}
            width={data.kind === "levels" ? 110 : 72}
            allowDecimals={data.kind !== "levels"}
            {...(data.kind === "levels"
              ? { ticks: data.levelTicks.map((tick) => tick.value), domain: [0, Math.max(data.levelTicks.length - 1, 1)] }
              : {})}
          />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? tickLabel(value) : String(value))}
            labelFormatter={(label) => t("year", { year: String(label) })}
          />
          <Legend />
          {data.baseline ? (
            <ReferenceLine
              y={data.baseline.value}
              stroke="var(--chart-baseline)"
              strokeDasharray="4 4"
              label={{
                value: t("baseline", { year: String(data.baseline.year) }),
                position: "insideBottomLeft",
                fill: "#3f4753",
                fontSize: 12,
              }}
            />
          ) : null}
          {data.target ? (
            <ReferenceLine
              y={data.target.value}
              stroke="var(--chart-target)"
              strokeDasharray="8 4"
              strokeWidth={2}
              label={{ value: t("target", { year: String(data.target.year) }), position: "insideTopLeft", fill: "#146c2e", fontSize: 12 }}
            />
          ) : null}
          {data.baseline && data.target && data.target.year > data.baseline.year ? (
            <ReferenceLine
              segment={[
                { x: data.baseline.year, y: data.baseline.value },
                { x: data.target.year, y: data.target.value },
              ]}
              stroke="var(--chart-target)"
              strokeDasharray="2 4"
              strokeWidth={2}
              ifOverflow="extendDomain"
            />
          ) : null}
          {data.series.map((series, index) => (
            <Line
              key={series.key}
              dataKey={series.key}
              name={series.label}
              type={data.kind === "levels" ? "stepAfter" : "linear"}
              stroke={SERIES_COLOURS[index % SERIES_COLOURS.length]}
              strokeDasharray={DASHES[index % DASHES.length]}
              strokeWidth={index === 0 ? 3 : 2}
              dot={{ r: index === 0 ? 4 : 3 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
