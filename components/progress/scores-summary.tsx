import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/locales";
import { formatPercent, formatPoints } from "@/lib/progress/format-score";
import type { ComparisonSummary, ScoresOverTimeSummary } from "@/lib/progress/summarize-scores";

// Years go to the messages as text: a number argument would be grouped ("2,024").
const year = (value: number) => String(value);

/** The sentence under the progress chart: the overall score over the years, the highest and lowest area. */
export function ScoresOverTimeText({ summary }: { summary: ScoresOverTimeSummary }) {
  const t = useTranslations("ScoresSummary");
  const locale = toLocale(useLocale());
  if (summary.kind === "none") return <>{t("noScore")}</>;
  const pct = (value: number) => formatPercent(value, locale);
  const { trend, spread } = summary;
  const moved = (change: { from: number; to: number; fromScore: number; toScore: number }) => ({
    fromScore: pct(change.fromScore),
    toScore: pct(change.toScore),
    from: year(change.from),
    to: year(change.to),
  });
  const sentence =
    trend.kind === "single"
      ? t("single", { score: pct(trend.score), year: year(trend.year) })
      : trend.kind === "same"
        ? t("same", { score: pct(trend.score), from: year(trend.from), to: year(trend.to) })
        : trend.kind === "rose"
          ? t("rose", moved(trend))
          : t("fell", moved(trend));
  if (spread === null) return <>{t("trendOnly", { trend: sentence })}</>;
  if (spread.kind === "equal") return <>{t("everyAreaEqual", { trend: sentence, year: year(spread.year), score: pct(spread.score) })}</>;
  return (
    <>
      {t("highestLowest", {
        trend: sentence,
        year: year(spread.year),
        best: `${spread.best.code} ${spread.best.name}`,
        bestScore: pct(spread.best.score),
        worst: `${spread.worst.code} ${spread.worst.name}`,
        worstScore: pct(spread.worst.score),
      })}
    </>
  );
}

/** The sentence beside the comparison charts: how many areas improved, which moved most and least. */
export function ComparisonText({ summary }: { summary: ComparisonSummary }) {
  const t = useTranslations("ScoresSummary");
  const locale = toLocale(useLocale());
  if (summary.kind === "too-few") return <>{t("chooseTwoYears")}</>;
  const points = (value: number) => formatPoints(value, "—", locale);
  const from = year(summary.from);
  const to = year(summary.to);
  if (summary.kind === "one") return <>{t("oneArea", { from, to, area: summary.area.code, change: points(summary.area.change) })}</>;
  const { moved, improved, most, least } = summary;
  const count =
    improved === moved
      ? t("allImproved", { count: moved })
      : improved === 0
        ? t("noneImproved", { count: moved })
        : t("someImproved", { improved, count: moved });
  if (most.change === least.change) return <>{t("sameChange", { from, to, count, change: points(most.change) })}</>;
  return (
    <>
      {t("mostLeast", {
        from,
        to,
        count,
        most: most.code,
        mostChange: points(most.change),
        least: least.code,
        leastChange: points(least.change),
      })}
    </>
  );
}
