"use client";

import { useLocale, useTranslations } from "next-intl";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

const COLOURS = ["#1f4e8c", "#c2410c", "#047857", "#7c3aed", "#be185d", "#0e7490", "#4d7c0f", "#a16207"];
const DASHES = [undefined, "6 3", "2 3", "8 3 2 3", "1 2", "10 4", "4 2 1 2", "12 3"];

import { toLocale } from "@/lib/i18n/locales";
import { formatPercent } from "@/lib/progress/format-score";

export type AreaSeries = { code: string; name: string };

/** Area scores (0-100 %) over the years; the table next to it carries the same numbers. */
export function AreaScoresChart({
  years,
  series,
  rows,
  title,
  describedBy,
}: {
  years: number[];
  series: AreaSeries[];
  rows: Record<string, number | null>[];
  title: string;
  describedBy: string;
}) {
  const t = useTranslations("Charts");
  const locale = toLocale(useLocale());
  const percent = (value: number) => formatPercent(value, locale);
  return (
    <div className="chart-frame" aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer title={title}>
          <CartesianGrid stroke="#e3e7ec" vertical={false} />
          <XAxis dataKey="year" type="number" domain={[Math.min(...years), Math.max(...years)]} ticks={years} allowDecimals={false} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={percent} width={56} />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? percent(value) : String(value))}
            labelFormatter={(label) => t("year", { year: String(label) })}
          />
          <Legend />
          {series.map((area, index) => (
            <Line
              key={area.code}
              dataKey={area.code}
              name={area.code === "_T" ? t("allAreas") : `${area.code} ${area.name}`}
              stroke={area.code === "_T" ? "#1b1f24" : COLOURS[index % COLOURS.length]}
              strokeWidth={area.code === "_T" ? 3 : 2}
              strokeDasharray={area.code === "_T" ? undefined : DASHES[index % DASHES.length]}
              dot={{ r: 3 }}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
