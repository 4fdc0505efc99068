import { nameTranslationsSchema } from "@/lib/frameworks/schemas";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IndicatorChart } from "@/components/charts/indicator-chart";
import { IndicatorValuesTable } from "@/components/indicators/indicator-values-table";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { isAppError } from "@/lib/errors";
import { GCM_OBJECTIVE_NAMES, MGI_DOMAIN_NAMES } from "@/lib/frameworks/builtin/reference-lists";
import { getIndicatorDetail } from "@/lib/frameworks/get-indicator-detail";
import { buildIndicatorSeries } from "@/lib/indicators/build-indicator-series";
import { formatBaseline, formatIndicatorValue, formatNumber } from "@/lib/indicators/format-value";
import { DIRECTION_LABELS, effectiveLimits, isLevelBased, VALUE_TYPE_LABELS } from "@/lib/indicators/value-types";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { IndicatorProgressSection } from "@/components/progress/indicator-progress-section";
import { progressByYear } from "@/lib/progress/progress-by-year";

type Props = PageProps<"/frameworks/[code]/indicators/[indicator]">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { indicator } = await props.params;
  return { title: `Indicator ${decodeURIComponent(indicator)}` };
}

export default async function IndicatorPage(props: Props) {
  const params = await props.params;
  const access = await requirePageAccess();
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
  const series = buildIndicatorSeries(indicator, values, memberNames);
  const limits = effectiveLimits(indicator);
  const mappingsOf = (scheme: string) => indicator.mappings.filter((mapping) => mapping.scheme === scheme).map((mapping) => mapping.code);
  const mgiDomains = mappingsOf("MGI_DOMAIN");
  const sdgTargets = mappingsOf("SDG_TARGET");
  const gcmObjectives = mappingsOf("GCM_OBJECTIVE");

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: "Frameworks" },
          { href: `/frameworks/${encodeURIComponent(framework.code)}`, label: framework.code },
          { label: indicator.code },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          Indicator {indicator.code} · {area.parent ? `${area.parent.name} › ` : ""}
          {area.name}
        </p>
        <h1>{indicator.name}</h1>
        {indicator.definition ? <p className="page-header__lead">{indicator.definition}</p> : null}
      </div>

      <section aria-labelledby="values-heading">
        <h2 id="values-heading">Values over time</h2>
        {series.kind !== "none" && series.points.length > 0 ? (
          <figure className="chart-figure">
            <figcaption>
              <span className="chart-figure__title">
                {indicator.name}
                {series.kind === "number" && indicator.unit ? ` (${indicator.unit})` : ""}
              </span>
              <span id="chart-summary">{series.summary}</span>
            </figcaption>
            <IndicatorChart
              data={series}
              title={`Chart of ${indicator.name}; use the arrow keys to move between years`}
              describedBy="chart-summary"
            />
            <p className="chart-legend-note">
              The same values are listed in the table below.
              {series.hiddenSeries > 0
                ? ` The chart shows ${series.series.length === 1 ? "the total" : `${series.series.length} of the breakdowns`}; the ${series.hiddenSeries} other breakdowns are in the table.`
                : ""}
              {series.baseline ? " The grey dashed line marks the baseline;" : ""}
              {series.target ? " the green dashed line marks the target" : ""}
              {series.baseline && series.target
                ? ", and the green dotted line the path from the baseline to the target."
                : series.target
                  ? "."
                  : ""}
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
        <h2 id="about-heading">About this indicator</h2>
        <dl className="summary-list">
          <dt>Framework</dt>
          <dd>
            {framework.name} (version {framework.versionLabel})
          </dd>
          {translations.length > 0 ? (
            <>
              <dt>Name in other languages</dt>
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
          <dt>Value type</dt>
          <dd>{VALUE_TYPE_LABELS[indicator.valueType]}</dd>
          {indicator.unit ? (
            <>
              <dt>Unit</dt>
              <dd>{indicator.unit}</dd>
            </>
          ) : null}
          {indicator.direction ? (
            <>
              <dt>Desired direction</dt>
              <dd>{DIRECTION_LABELS[indicator.direction]}</dd>
            </>
          ) : null}
          {limits.lower !== null || limits.upper !== null ? (
            <>
              <dt>Natural limits</dt>
              <dd>
                {limits.lower !== null ? `from ${formatNumber(limits.lower)}` : ""}
                {limits.lower !== null && limits.upper !== null ? " " : ""}
                {limits.upper !== null ? `to ${formatNumber(limits.upper)}` : ""}
              </dd>
            </>
          ) : null}
          <dt>Baseline</dt>
          <dd>{formatBaseline(indicator) ?? "Not set"}</dd>
          <dt>Targets</dt>
          <dd>
            {indicator.targets.length === 0 ? (
              "Not set"
            ) : (
              <ul className="plain-list">
                {indicator.targets.map((target) => (
                  <li key={target.year}>
                    {target.year}: {formatIndicatorValue({ number: target.number, levelCode: target.levelCode, text: null }, indicator)}
                    {target.isFinal ? " (final target)" : " (milestone)"}
                  </li>
                ))}
              </ul>
            )}
          </dd>
          {isLevelBased(indicator.valueType) ? (
            <>
              <dt>Answer levels</dt>
              <dd>
                <ul className="plain-list">
                  {indicator.levels.map((level) => (
                    <li key={level.code}>
                      {level.label} <span className="muted">(score {formatNumber(level.score * 100, 0)} %)</span>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          ) : null}
          <dt>Lead institution</dt>
          <dd>{indicator.leadInstitution ? `${indicator.leadInstitution.name} (${indicator.leadInstitution.code})` : "Not assigned"}</dd>
          {indicator.contributors.length > 0 ? (
            <>
              <dt>Contributing institutions</dt>
              <dd>{indicator.contributors.map((institution) => `${institution.name} (${institution.code})`).join("; ")}</dd>
            </>
          ) : null}
          {indicator.dataSource ? (
            <>
              <dt>Data source</dt>
              <dd>{indicator.dataSource}</dd>
            </>
          ) : null}
          {indicator.verification ? (
            <>
              <dt>Means of verification</dt>
              <dd>{indicator.verification}</dd>
            </>
          ) : null}
          {indicator.dimensions.length > 0 ? (
            <>
              <dt>Disaggregations</dt>
              <dd>
                {indicator.dimensions
                  .map((dimension) => `${dimension.name} (${dimension.members.map((member) => member.name).join(", ")})`)
                  .join("; ")}
              </dd>
            </>
          ) : null}
          {mgiDomains.length > 0 ? (
            <>
              <dt>MGI domain</dt>
              <dd>{mgiDomains.map((code) => `${code}. ${MGI_DOMAIN_NAMES[Number(code)] ?? ""}`).join("; ")}</dd>
            </>
          ) : null}
          {sdgTargets.length > 0 ? (
            <>
              <dt>SDG targets</dt>
              <dd>{sdgTargets.join(", ")}</dd>
            </>
          ) : null}
          {gcmObjectives.length > 0 ? (
            <>
              <dt>GCM objectives</dt>
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
