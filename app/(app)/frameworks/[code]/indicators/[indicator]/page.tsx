import { nameTranslationsSchema } from "@/lib/frameworks/schemas";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getValueTypeLabels } from "@/app/_i18n/get-status-labels";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { IndicatorValuesTable } from "@/components/indicators/indicator-values-table";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { isAppError } from "@/lib/errors";
import { GCM_OBJECTIVE_NAMES, MGI_DOMAIN_NAMES } from "@/lib/frameworks/builtin/reference-lists";
import { getIndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { buildIndicatorSeries } from "@/lib/indicators/build-indicator-series";
import { formatBaseline, formatIndicatorValue, formatNumber } from "@/lib/indicators/format-value";
import { effectiveLimits, isLevelBased } from "@/lib/indicators/value-types";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { IndicatorProgressSection } from "@/components/progress/indicator-progress-section";
import { progressByYear } from "@/lib/progress/progress-by-year";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { LocalizedText } from "@/components/matrix/localized-text";
import { localizedName, localizedText } from "@/lib/i18n/localized-name";
import { libTranslator } from "@/lib/i18n/lib-translator";

type Props = PageProps<"/frameworks/[code]/indicators/[indicator]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { indicator } = await props.params;
  const t = await getTranslations("IndicatorPage");
  return { title: t("title", { code: decodeURIComponent(indicator) }) };
}

export default async function IndicatorPage(props: Props) {
  const params = await props.params;
  const [access, t, valueTypeLabels, locale] = await Promise.all([
    requirePageAccess(),
    getTranslations("IndicatorPage"),
    getValueTypeLabels(),
    getInterfaceLocale(),
  ]);
  const detail = await getIndicatorDetail(access, decodeURIComponent(params.code), decodeURIComponent(params.indicator)).catch(
    (error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    },
  );
  const { framework, area, indicator, values, memberNames } = detail;
  // Names in other languages (Open SDG imports carry them); the main name is the heading.
  const parsedTranslations = nameTranslationsSchema.safeParse(indicator.nameTranslations ?? {});
  const translations = parsedTranslations.success ? Object.entries(parsedTranslations.data).sort(([a], [b]) => a.localeCompare(b)) : [];
  const progressYears = progressByYear(indicator, values, framework.baseYear, false);
  // The chart's text alternative in the reader's language, with the indicator's name as the heading shows it.
  const builtSeries = buildIndicatorSeries({ ...indicator, name: localizedName(indicator, locale).text }, values, memberNames, locale);
  const lib = await libTranslator(locale);
  const series = { ...builtSeries, summary: builtSeries.summaryTexts.map((text) => lib.text(text)).join(" ") };
  const limits = effectiveLimits(indicator);
  const mappingsOf = (scheme: string) => indicator.mappings.filter((mapping) => mapping.scheme === scheme).map((mapping) => mapping.code);
  const mgiDomains = mappingsOf("MGI_DOMAIN");
  const sdgTargets = mappingsOf("SDG_TARGET");
  const gcmObjectives = mappingsOf("GCM_OBJECTIVE");
  const directionLabels = { INCREASE: t("increase"), DECREASE: t("decrease"), MAINTAIN: t("maintain") };

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: `/frameworks/${encodeURIComponent(framework.code)}`, label: framework.code },
          { label: indicator.code },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          {t("eyebrow", { code: indicator.code })} ·{" "}
          {area.parent ? (
            <>
              <LocalizedText entity={area.parent} />
              {" › "}
            </>
          ) : null}
          <LocalizedText entity={area} />
        </p>
        <h1>
          <LocalizedText entity={indicator} />
        </h1>
        {indicator.definition ? (
          <p className="page-header__lead">
            <LocalizedText text={indicator.definition} translations={indicator.definitionTranslations} />
          </p>
        ) : null}
      </div>

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

      <IndicatorProgressSection years={progressYears} indicator={indicator} baseYear={framework.baseYear} />

      <section className="section" aria-labelledby="about-heading">
        <h2 id="about-heading">{t("about")}</h2>
        <dl className="summary-list">
          <dt>{t("framework")}</dt>
          <dd>{t("frameworkVersion", { name: localizedName(framework, locale).text, label: framework.versionLabel })}</dd>
          {translations.length > 0 ? (
            <>
              <dt>{t("otherLanguages")}</dt>
              <dd>
                <ul className="plain-list">
                  {translations.map(([language, name]) => (
                    <li key={language} lang={language}>
                      <span className="code">{language}</span> {name}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{t("valueType")}</dt>
          <dd>{valueTypeLabels[indicator.valueType]}</dd>
          {indicator.unit ? (
            <>
              <dt>{t("unit")}</dt>
              <dd>
                <LocalizedText text={indicator.unit} translations={indicator.unitTranslations} />
              </dd>
            </>
          ) : null}
          {indicator.direction ? (
            <>
              <dt>{t("direction")}</dt>
              <dd>{directionLabels[indicator.direction]}</dd>
            </>
          ) : null}
          {limits.lower !== null || limits.upper !== null ? (
            <>
              <dt>{t("limits")}</dt>
              <dd>
                {limits.lower !== null ? t("from", { value: formatNumber(limits.lower, null, locale) }) : ""}
                {limits.lower !== null && limits.upper !== null ? " " : ""}
                {limits.upper !== null ? t("to", { value: formatNumber(limits.upper, null, locale) }) : ""}
              </dd>
            </>
          ) : null}
          <dt>{t("baseline")}</dt>
          <dd>{formatBaseline(indicator, locale) ?? t("notSet")}</dd>
          <dt>{t("targets")}</dt>
          <dd>
            {indicator.targets.length === 0 ? (
              t("notSet")
            ) : (
              <ul className="plain-list">
                {indicator.targets.map((target) => (
                  <li key={target.year}>
                    {target.year}:{" "}
                    {formatIndicatorValue({ number: target.number, levelCode: target.levelCode, text: null }, indicator, locale)}
                    {target.isFinal ? ` ${t("finalTarget")}` : ` ${t("milestone")}`}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {isLevelBased(indicator.valueType) ? (
            <>
              <dt>{t("levels")}</dt>
              <dd>
                <ul className="plain-list">
                  {indicator.levels.map((level) => (
                    <li key={level.code}>
                      <LocalizedText text={level.label} translations={level.labelTranslations} />{" "}
                      <span className="muted">{t("score", { score: formatNumber(level.score * 100, 0, locale) })}</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>{t("leadInstitution")}</dt>
          <dd>{indicator.leadInstitution ? `${indicator.leadInstitution.name} (${indicator.leadInstitution.code})` : t("notAssigned")}</dd>
          {indicator.contributors.length > 0 ? (
            <>
              <dt>{t("contributors")}</dt>
              <dd>{indicator.contributors.map((institution) => `${institution.name} (${institution.code})`).join("; ")}</dd>
            </>
          ) : null}
          {indicator.dataSource ? (
            <>
              <dt>{t("dataSource")}</dt>
              <dd>
                <LocalizedText text={indicator.dataSource} translations={indicator.dataSourceTranslations} />
              </dd>
            </>
          ) : null}
          {indicator.verification ? (
            <>
              <dt>{t("verification")}</dt>
              <dd>
                <LocalizedText text={indicator.verification} translations={indicator.verificationTranslations} />
              </dd>
            </>
          ) : null}
          {indicator.dimensions.length > 0 ? (
            <>
              <dt>{t("dimensions")}</dt>
              <dd>
                {indicator.dimensions
                  .map(
                    (dimension) =>
                      `${localizedName(dimension, locale).text} (${dimension.members.map((member) => localizedName(member, locale).text).join(", ")})`,
                  )
                  .join("; ")}
              </dd>
            </>
          ) : null}
          {mgiDomains.length > 0 ? (
            <>
              <dt>{t("mgiDomain")}</dt>
              <dd>{mgiDomains.map((code) => `${code}. ${MGI_DOMAIN_NAMES[Number(code)] ?? ""}`).join("; ")}</dd>
            </>
          ) : null}
          {sdgTargets.length > 0 ? (
            <>
              <dt>{t("sdgTargets")}</dt>
              <dd>{sdgTargets.join(", ")}</dd>
            </>
          ) : null}
          {gcmObjectives.length > 0 ? (
            <>
              <dt>{t("gcmObjectives")}</dt>
              <dd>
                <ul className="plain-list">
                  {gcmObjectives.map((code) => (
                    <li key={code}>
                      {code}. {GCM_OBJECTIVE_NAMES[Number(code)] ?? ""}
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
    </>
  );
}
