import { useLocale, useTranslations } from "next-intl";
import { ValueStatusBadge } from "@/components/indicators/value-status-badge";
import { describeDisaggregation, TOTAL_KEY } from "@/lib/indicators/disaggregation";
import { formatIndicatorValue } from "@/lib/indicators/format-value";
import type { FrameworkValueRow } from "@/lib/monitoring/list-framework-values";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { toLocale } from "@/lib/i18n/locales";

type TableIndicator = {
  name: string;
  valueType: ValueType;
  unit: string | null;
  decimals: number | null;
  levels: { code: string; label: string }[];
};

/**
 * One row per year, newest first, with the total and one column per breakdown (Female,
 * Male...), so a year reads across like the chart. Status, comment and source are those of
 * the year's total.
 */
export function IndicatorValuesTable({
  indicator,
  values,
  memberNames,
  id,
}: {
  indicator: TableIndicator;
  values: FrameworkValueRow[];
  memberNames: Map<string, string>;
  id: string;
}) {
  const t = useTranslations("IndicatorValuesTable");
  const locale = toLocale(useLocale());
  const breakdownKeys = [...new Set(values.map((value) => value.disaggregation).filter((key) => key !== TOTAL_KEY))].sort();
  const years = [...new Set(values.map((value) => value.year))].sort((a, b) => b - a);
  const byYearAndKey = new Map(values.map((value) => [`${value.year}|${value.disaggregation}`, value]));
  const numeric = indicator.valueType === "NUMBER" || indicator.valueType === "PERCENTAGE";
  const valueClass = numeric ? "numeric" : undefined;

  return (
    <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby={id}>
      <table className="data-table">
        <caption id={id}>{t("caption", { indicator: indicator.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("year")}</th>
            <th scope="col" className={valueClass}>
              {breakdownKeys.length > 0 ? t("total") : t("value")}
            </th>
            {breakdownKeys.map((key) => (
              <th key={key} scope="col" className={valueClass}>
                {describeDisaggregation(key, memberNames)}
              </th>
            ))}
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("comment")}</th>
            <th scope="col">{t("source")}</th>
          </tr>
        </thead>
        <tbody>
          {years.map((year) => {
            const total = byYearAndKey.get(`${year}|${TOTAL_KEY}`);
            const reference = total ?? breakdownKeys.map((key) => byYearAndKey.get(`${year}|${key}`)).find(Boolean);
            return (
              <tr key={year}>
                <th scope="row">{year}</th>
                <td className={valueClass}>{total ? formatIndicatorValue(total, indicator, locale) : <span className="muted">—</span>}</td>
                {breakdownKeys.map((key) => {
                  const value = byYearAndKey.get(`${year}|${key}`);
                  return (
                    <td key={key} className={valueClass}>
                      {value ? formatIndicatorValue(value, indicator, locale) : <span className="muted">—</span>}
                    </td>
                  );
                })}
                <td>{reference ? <ValueStatusBadge status={reference.status} /> : null}</td>
                <td>{reference?.comment ?? ""}</td>
                <td>{reference?.source ?? ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
