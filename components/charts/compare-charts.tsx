"use client";

import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/locales";
import type { CompareRow } from "@/lib/progress/compare-years";
import { formatPercent } from "@/lib/progress/format-score";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

const COLOURS = ["#9aa7b8", "#1f4e8c", "#c2410c", "#047857", "#7c3aed"];
const PATTERN_OPACITY = [0.9, 1, 1, 1, 1];

/** The scores' percent and their tooltip in the reader's language. */
function useScoreFormat() {
  const t = useTranslations("Charts");
  const locale = toLocale(useLocale());
  const percent = (value: number) => formatPercent(value, locale);
  return { percent, tooltip: (value: unknown) => (typeof value === "number" ? percent(value) : t("noScore")) };
}

export function CompareBarsChart({
  rows,
  years,
  title,
  describedBy,
}: {
  rows: CompareRow[];
  years: number[];
  title: string;
  describedBy: string;
}) {
  const format = useScoreFormat();
  return (
    <div className="chart-frame" aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer title={title}>
          <CartesianGrid stroke="#e3e7ec" vertical={false} />
          <XAxis dataKey="area" />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={format.percent} width={56} />
          <Tooltip formatter={format.tooltip} />
          <Legend />
          {years.map((year, index) => (
            <Bar
              key={year}
              dataKey={String(year)}
              name={String(year)}
              fill={COLOURS[index % COLOURS.length]}
              fillOpacity={PATTERN_OPACITY[index % PATTERN_OPACITY.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export function CompareRadarChart({
  rows,
  years,
  title,
  describedBy,
}: {
  rows: CompareRow[];
  years: number[];
  title: string;
  describedBy: string;
}) {
  const format = useScoreFormat();
  return (
    <div className="chart-frame chart-frame--square" aria-describedby={describedBy}>
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={rows} outerRadius="72%" accessibilityLayer title={title}>
          <PolarGrid />
          <PolarAngleAxis dataKey="area" />
          <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={90} tickFormatter={format.percent} />
          <Tooltip formatter={format.tooltip} />
          <Legend />
          {years.map((year, index) => (
            <Radar
              key={year}
              dataKey={String(year)}
              name={String(year)}
              stroke={COLOURS[index % COLOURS.length]}
              fill={COLOURS[index % COLOURS.length]}
              fillOpacity={index === years.length - 1 ? 0.25 : 0.08}
              strokeDasharray={index === 0 ? "6 3" : undefined}
              isAnimationActive={false}
            />
          ))}
        </RadarChart>
      </ResponsiveContainer>
    </div>
  );
}
