import { getTranslations } from "next-intl/server";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { IndicatorValuesTable } from "@/components/indicators/indicator-values-table";
import { LocalizedText } from "@/components/matrix/localized-text";
import type { IndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { localizedName, localizedText } from "@/lib/i18n/localized-name";
import { libTranslator } from "@/lib/i18n/lib-translator";
import type { Locale } from "@/lib/i18n/locales";
import { buildIndicatorSeries } from "@/lib/indicators/build-indicator-series";

type Props = Pick<IndicatorDetail, "indicator" | "values" | "memberNames"> & { locale: Locale };

/** The indicator's values over time: the chart with its text alternative, then the table of values. */
export async function IndicatorValuesSection({ indicator, values, memberNames, locale }: Props) {
  const [t, lib] = await Promise.all([getTranslations("IndicatorPage"), libTranslator(locale)]);
  // The chart's text alternative in the reader's language, with the indicator's name as the heading shows it.
  const builtSeries = buildIndicatorSeries({ ...indicator, name: localizedName(indicator, locale).text }, values, memberNames, locale);
  const series = { ...builtSeries, summary: builtSeries.summaryTexts.map((text) => lib.text(text)).join(" ") };

  return (
    <section aria-labelledby="values-heading">
      <h2 id="values-heading">{t("valuesOverTime")}</h2>
      {series.kind !== "none" && series.points.length > 0 ? (
        <figure className="chart-figure">
          <figcaption>
            <span className="chart-figure__title">
              <LocalizedText entity={indicator} />
              {series.kind === "number" && indicator.unit
                ? ` (${localizedText(indicator.unit, indicator.unitTranslations, locale).text})`
                : ""}
            </span>
            <span id="chart-summary">{series.summary}</span>
          </figcaption>
          <IndicatorChart
            data={series}
            title={t("chartTitle", { name: localizedName(indicator, locale).text })}
            describedBy="chart-summary"
          />
          <p className="chart-legend-note">
            {t("sameValues")}
            {series.hiddenSeries > 0
              ? ` ${
                  series.series.length === 1
                    ? t("chartShowsTotal", { hidden: series.hiddenSeries })
                    : t("chartShowsSome", { shown: series.series.length, hidden: series.hiddenSeries })
                }`
              : ""}
            {series.baseline ? ` ${t("baselineLine")}` : ""}
            {series.target ? ` ${t("targetLine")}` : ""}
            {series.baseline && series.target ? t("pathLine") : series.target ? "." : ""}
          </p>
        </figure>
      ) : (
        <p>{series.summary}</p>
      )}
      {values.length > 0 ? (
        <IndicatorValuesTable indicator={indicator} values={values} memberNames={memberNames} id="values-table-caption" />
      ) : null}
    </section>
  );
}
