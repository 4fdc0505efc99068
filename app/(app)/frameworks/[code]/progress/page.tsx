import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AreaScoresChart } from "@/components/charts/area-scores-chart";
import { ProvisionalYearsNotice, yearHeadingLabeller } from "@/components/progress/provisional-years";
import { FrameworkTabs } from "@/components/frameworks/framework-tabs";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ProgressLegend, ProgressStatusBadge } from "@/components/progress/progress-status-badge";
import { ProvisionalSwitch } from "@/components/progress/provisional-switch";
import { ScoringSettingsForm } from "@/components/progress/scoring-settings-form";
import { can } from "@/lib/auth/authorize";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { AreaPicker } from "@/components/frameworks/area-picker";
import { SearchStatus } from "@/components/frameworks/search-status";
import { chooseArea } from "@/lib/pages/choose-area";
import { matchesSearch } from "@/lib/pages/matches-search";
import { parseAreaViewQuery, SEARCH_RESULT_LIMIT } from "@/lib/pages/parse-area-view-query";
import { DEFAULT_CATEGORY_CUTOFFS } from "@/lib/progress/categories";
import { isAppError } from "@/lib/errors";
import { CATEGORY_LABELS } from "@/lib/progress/categories";
import { describeScoresOverTime } from "@/lib/progress/describe-scores";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";

type Props = PageProps<"/frameworks/[code]/progress">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code } = await props.params;
  return { title: `${decodeURIComponent(code)} progress` };
}

export default async function FrameworkProgressPage(props: Props) {
  const { code } = await props.params;
  const query = await props.searchParams;
  const includeProvisional = query.provisional === "1";
  const access = await requirePageAccess();
  const progress = await getFrameworkProgress(access, decodeURIComponent(code), { includeProvisional }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { framework, years } = progress;
  const yearLabel = await yearHeadingLabeller(progress.coverage);
  const topLevel = framework.areas.filter((area) => area.depth === 0);
  const seriesCodes = [...topLevel.map((area) => area.code), "_T"];
  const chartRows = years.map((year) => ({
    year,
    ...Object.fromEntries(
      seriesCodes.map((areaCode) => [
        areaCode,
        progress.scores.find((score) => score.areaCode === areaCode && score.year === year)?.score ?? null,
      ]),
    ),
  }));
  const summary = describeScoresOverTime(
    progress.scores,
    topLevel.map((area) => area.code),
  );
  const official = framework.scoringMethod === "SDG_10_7_2";
  const scoreOf = (areaCode: string, year: number) => progress.scores.find((score) => score.areaCode === areaCode && score.year === year);
  const rootOf = topLevelAreaOf(framework.areas);
  // The heatmap of a large framework costs what it shows: one top-level area, or a search's matches.
  const view = parseAreaViewQuery(query);
  const current = view.search ? null : chooseArea(topLevel, view.area);
  const matches = view.search ? progress.indicators.filter((row) => matchesSearch(row.indicator, view.search!)) : [];
  const shownRows = view.search
    ? matches.slice(0, SEARCH_RESULT_LIMIT)
    : progress.indicators.filter((row) => rootOf(row.indicator.areaId).id === current?.id);
  const byArea = topLevel
    .map((area) => ({ area, rows: shownRows.filter((row) => rootOf(row.indicator.areaId).id === area.id) }))
    .filter(({ area, rows }) => rows.length > 0 || area.id === current?.id);
  const countOf = new Map<string, number>();
  for (const row of progress.indicators)
    countOf.set(rootOf(row.indicator.areaId).id, (countOf.get(rootOf(row.indicator.areaId).id) ?? 0) + 1);
  const frameworkPath = `/frameworks/${encodeURIComponent(framework.code)}`;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: "Frameworks" },
          { href: `/frameworks/${encodeURIComponent(framework.code)}`, label: framework.code },
          { label: "Progress" },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">
          Framework {framework.code} · version {framework.version.label}
        </p>
        <h1>Progress: {framework.name}</h1>
        <p className="page-header__lead">
          {official
            ? "Each domain's score is the mean of its sub-category answers × 100, with its category."
            : "Each area's score is the mean achievement of its indicators towards their targets, from 0 to 100 %."}{" "}
          <Link href="/methodology">How progress is measured</Link>
        </p>
      </div>
      <FrameworkTabs code={framework.code} current="progress" />
      <ProvisionalSwitch includeProvisional={includeProvisional} />
      <ProvisionalYearsNotice coverage={progress.coverage} />
      {includeProvisional ? (
        <div className="notice provisional-notice" role="note">
          <p>
            <strong>Provisional.</strong> Values not yet approved are counted; results that use them are marked *.
          </p>
        </div>
      ) : null}

      <section aria-labelledby="scores-heading">
        <h2 id="scores-heading">{official ? "Domain scores" : "Area scores"} over the years</h2>
        {years.length === 0 ? (
          <p>No {includeProvisional ? "" : "approved "}value has been recorded yet.</p>
        ) : (
          <>
            <figure className="chart-figure">
              <figcaption>
                <span id="scores-summary">{summary}</span>
              </figcaption>
              <AreaScoresChart
                years={years}
                series={seriesCodes.map((areaCode) => ({
                  code: areaCode,
                  name: topLevel.find((area) => area.code === areaCode)?.name ?? "All areas",
                }))}
                rows={chartRows}
                title={`${official ? "Domain" : "Area"} scores of ${framework.code} over the years; the arrow keys move between years`}
                describedBy="scores-summary"
              />
            </figure>
            <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="scores-table-caption">
              <table className="data-table">
                <caption id="scores-table-caption">
                  {official ? "Domain" : "Area"} scores (%) by year
                  <span className="caption-note">
                    Where not every scored indicator has a value, the small figure says how many were counted.
                  </span>
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{official ? "Domain" : "Area"}</th>
                    {years.map((year) => (
                      <th key={year} scope="col" className="numeric">
                        {yearLabel(year)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {seriesCodes.map((areaCode) => (
                    <tr key={areaCode}>
                      <th scope="row">
                        {areaCode === "_T" ? "All areas" : `${areaCode} ${topLevel.find((area) => area.code === areaCode)?.name ?? ""}`}
                      </th>
                      {years.map((year) => {
                        const score = scoreOf(areaCode, year);
                        return (
                          <td key={year} className="numeric">
                            {score?.score !== null && score?.score !== undefined ? (
                              <>
                                {score.score}
                                {score.provisional ? <span className="provisional-mark">*</span> : null}
                                {score.category ? <div className="muted">{CATEGORY_LABELS[score.category - 1]}</div> : null}
                                {score.indicatorsCounted < score.indicatorsTotal ? (
                                  <div className="coverage">
                                    {score.indicatorsCounted} of {score.indicatorsTotal}
                                  </div>
                                ) : null}
                              </>
                            ) : (
                              <span
                                className="muted"
                                title={score ? `${score.indicatorsCounted} of ${score.indicatorsTotal} indicators have a value` : undefined}
                              >
                                —
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section className="section" aria-labelledby="heatmap-heading">
        <h2 id="heatmap-heading">Progress of each indicator</h2>
        <p className="muted">
          The status in each year compares the value with the base year {framework.baseYear ?? "(each indicator's first year)"} and the
          target.
        </p>
        <AreaPicker
          basePath={`${frameworkPath}/progress`}
          areas={topLevel.map((area) => ({ code: area.code, name: area.name, count: countOf.get(area.id) ?? 0 }))}
          currentCode={current?.code ?? null}
          search={view.search}
          keep={includeProvisional ? { provisional: "1" } : {}}
          label={`${official ? "Domains" : "Areas"} of the progress table`}
        />
        <SearchStatus search={view.search} found={matches.length} />
        <ProgressLegend />
        <div className="table-wrapper" tabIndex={0} role="region" aria-labelledby="heatmap-caption">
          <table className="data-table heatmap">
            <caption id="heatmap-caption" className="visually-hidden">
              Progress status of each indicator by year
            </caption>
            <thead>
              <tr>
                <th scope="col">Indicator</th>
                {years.map((year) => (
                  <th key={year} scope="col">
                    {yearLabel(year)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {byArea.map(({ area, rows }) => (
                <FragmentRows key={area.id} label={`${area.code} ${area.name}`} colSpan={years.length + 1}>
                  {rows.map((row) => (
                    <tr key={row.indicator.id}>
                      <th scope="row" className="name-cell" style={{ fontWeight: 400 }}>
                        <a href={`${frameworkPath}/indicators/${encodeURIComponent(row.indicator.code)}`}>
                          <span className="code">{row.indicator.code}</span> {row.indicator.name}
                        </a>
                      </th>
                      {years.map((year) => (
                        <td key={year}>
                          <ProgressStatusBadge
                            status={row.statuses[year] ?? "not_available"}
                            short
                            provisional={row.provisionalYears.includes(year)}
                          />
                        </td>
                      ))}
                    </tr>
                  ))}
                </FragmentRows>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {can(access, "frameworks.manage") ? (
        <section className="section no-print" aria-label="Progress settings">
          <details className="card">
            <summary>Progress settings of {framework.code}</summary>
            <ScoringSettingsForm
              frameworkCode={framework.code}
              baseYear={framework.baseYear}
              cutoffs={framework.categoryCutoffs ?? DEFAULT_CATEGORY_CUTOFFS}
            />
          </details>
        </section>
      ) : null}
    </>
  );
}

function FragmentRows({ label, colSpan, children }: { label: string; colSpan: number; children: React.ReactNode }) {
  return (
    <>
      <tr className="area-row">
        <th scope="colgroup" colSpan={colSpan}>
          {label}
        </th>
      </tr>
      {children}
    </>
  );
}
