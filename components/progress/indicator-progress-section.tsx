import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useLibText } from "@/components/i18n/use-lib-text";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { toLocale, type Locale } from "@/lib/i18n/locales";
import { formatIndicatorValue } from "@/lib/indicators/format-value";
import { localizeValueFormat, type ValueFormat } from "@/lib/indicators/localize-value-format";
import { formatShare } from "@/lib/progress/format-score";
import type { IndicatorProgress } from "@/lib/progress/indicator-progress";
import { ProgressStatusBadge, ProgressStatusList } from "./progress-status-badge";

type Indicator = {
  name: string;
  valueType: ValueType;
  unit: string | null;
  unitTranslations?: unknown;
  decimals: number | null;
  levels: { code: string; label: string; labelTranslations?: unknown }[];
};

const percent = (value: number | null, locale: Locale) => (value === null || !Number.isFinite(value) ? "—" : formatShare(value, locale));

function show(value: number | string | null, indicator: ValueFormat, locale: Locale): string {
  if (value === null) return "—";
  return formatIndicatorValue(
    typeof value === "number" ? { number: value, levelCode: null, text: null } : { number: null, levelCode: value, text: null },
    indicator,
    locale,
  );
}

/** The status of the indicator in each year, with what the method compared, from approved values. */
export function IndicatorProgressSection({
  years,
  indicator,
  baseYear,
}: {
  years: { year: number; progress: IndicatorProgress }[];
  indicator: Indicator;
  baseYear: number | null;
}) {
  const t = useTranslations("IndicatorProgress");
  const locale = toLocale(useLocale());
  const libText = useLibText();
  // Units and level labels in the reader's language, like the numbers (issue 13).
  const format = localizeValueFormat(indicator, locale);
  const latest = [...years].reverse().find((entry) => entry.progress.status !== "not_available");
  const latestBase = latest?.progress.inputs.baseYear ?? baseYear;
  return (
    <section className="section" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t("heading")}</h2>
      {latest ? (
        <p>
          {t("latestIn", { year: String(latest.year) })} <ProgressStatusBadge status={latest.progress.status} />{" "}
          <span className="muted">{t("latestNote", { baseYear: latestBase === null ? "—" : String(latestBase) })}</span>
        </p>
      ) : (
        <p className="muted">{indicator.valueType === "TEXT" ? t("noStatusNarrative") : t("noStatus")}</p>
      )}
      {years.length > 0 ? (
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="progress-table-caption">
          <table className="data-table">
            <caption id="progress-table-caption">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("year")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("base")}</th>
                <th scope="col">{t("value")}</th>
                <th scope="col">{t("target")}</th>
                <th scope="col" className="numeric">
                  {t("growth")}
                </th>
                <th scope="col" className="numeric">
                  {t("needed")}
                </th>
                <th scope="col" className="numeric">
                  {t("ratio")}
                </th>
              </tr>
            </thead>
            <tbody>
              {[...years].reverse().map(({ year, progress }) => {
                const { inputs } = progress;
                const growthApplies = progress.method !== "levels" && progress.method !== "maintain";
                return (
                  <tr key={year}>
                    <th scope="row">{year}</th>
                    <td>
                      <ProgressStatusBadge status={progress.status} />
                      {progress.reason ? <div className="muted">{libText(progress.reason)}</div> : null}
                    </td>
                    <td>
                      {inputs.baseYear
                        ? t("valueInYear", { value: show(inputs.baseValue, format, locale), year: String(inputs.baseYear) })
                        : "—"}
                    </td>
                    <td>{show(inputs.currentValue, format, locale)}</td>
                    <td>
                      {inputs.target
                        ? t("targetBy", { value: show(inputs.target.value, format, locale), year: String(inputs.target.year) })
                        : "—"}
                    </td>
                    <td className="numeric">{growthApplies ? percent(progress.observedGrowth, locale) : "—"}</td>
                    <td className="numeric">{growthApplies ? percent(progress.requiredGrowth, locale) : "—"}</td>
                    <td className="numeric">
                      {progress.method === "target" || progress.method === "levels" ? percent(progress.progressValue, locale) : "—"}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      <p className="muted">
        {t("statuses")} <ProgressStatusList />. <Link href="/methodology">{t("methodologyLink")}</Link>
      </p>
    </section>
  );
}
