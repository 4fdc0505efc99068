import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CompareBarsChart, CompareRadarChart } from "@/components/charts/compare-charts";
import { AreaComparisonTable } from "@/components/progress/area-comparison-table";
import { cookies } from "next/headers";
import { ProvisionalYearsNotice, yearHeadingLabeller } from "@/components/progress/provisional-years";
import { RememberComparison } from "@/components/progress/remember-comparison";
import { comparisonCookieName } from "@/lib/progress/comparison-cookie";
import { defaultComparisonYears } from "@/lib/progress/year-coverage";
import { FrameworkTabs } from "@/components/frameworks/framework-tabs";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { isAppError } from "@/lib/errors";
import { categoryFor, CATEGORY_LABELS } from "@/lib/progress/categories";
import { compareChartRows, compareYears, compareYearsSchema, type IndicatorMove } from "@/lib/progress/compare-years";
import { describeComparison } from "@/lib/progress/describe-scores";
import { formatPoints } from "@/lib/progress/format-score";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";

type Props = PageProps<"/frameworks/[code]/compare">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code } = await props.params;
  return { title: `Compare ${decodeURIComponent(code)} years` };
}

export default async function ComparePage(props: Props) {
  const { code } = await props.params;
  const query = await rememberedQuery(decodeURIComponent(code), await props.searchParams);
  const includeProvisional = query.provisional === "1";
  const access = await requirePageAccess();
  const progress = await getFrameworkProgress(access, decodeURIComponent(code), { includeProvisional }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { framework } = progress;
  const requested = [query.year ?? [], typeof query.years === "string" ? query.years.split(",") : []].flat().filter(Boolean);
  const parsed = compareYearsSchema.safeParse(requested);
  const available = progress.years;
  // Without a choice, the last two complete years: an open cycle's year is still being reported.
  const chosen =
    parsed.success && parsed.data.length > 0
      ? parsed.data.filter((year) => available.includes(year))
      : defaultComparisonYears(progress.coverage);
  const problem = !parsed.success
    ? parsed.error.issues[0]?.message
    : requested.length > 0 && chosen.length < (parsed.data?.length ?? 0)
      ? "Some years have no data and were left out"
      : null;
  const comparison = compareYears(progress, chosen);
  const official = framework.scoringMethod === "SDG_10_7_2";
  const summary = describeComparison(comparison.areas, chosen);
  const rows = compareChartRows(comparison.areas, chosen);
  const base = `/frameworks/${encodeURIComponent(framework.code)}`;
  const yearLabel = await yearHeadingLabeller(progress.coverage);
  const chosenQuery = requested.length > 0 && parsed.success ? comparisonQuery(chosen, includeProvisional) : null;

  return (
    <>
      <Breadcrumbs
        items={[{ href: "/frameworks", label: "Frameworks" }, { href: base, label: framework.code }, { label: "Compare years" }]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">Framework {framework.code}</p>
        <h1>Compare years: {framework.name}</h1>
        <p className="page-header__lead">
          Each {official ? "domain" : "area"} side by side in the years you choose. <Link href="/methodology">How scores are computed</Link>
        </p>
      </div>
      <FrameworkTabs code={framework.code} current="compare" />
      <RememberComparison frameworkCode={framework.code} query={chosenQuery} />
      <ProvisionalYearsNotice coverage={progress.coverage} years={chosen} />

      <form method="get" className="card no-print" aria-labelledby="choose-years">
        <fieldset className="year-picker">
          <legend id="choose-years">Years to compare (two to five)</legend>
          {available.map((year) => (
            <label key={year}>
              <input type="checkbox" name="year" value={year} defaultChecked={chosen.includes(year)} /> {yearLabel(year)}
            </label>
          ))}
        </fieldset>
        <fieldset className="year-picker">
          <legend>Values counted</legend>
          <label>
            <input type="radio" name="provisional" value="0" defaultChecked={!includeProvisional} /> Approved only
          </label>
          <label>
            <input type="radio" name="provisional" value="1" defaultChecked={includeProvisional} /> Also provisional (marked *)
          </label>
        </fieldset>
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button button--primary">
          Compare
        </button>
      </form>

      {chosen.length < 2 ? (
        <p>There are not yet two years with data to compare.</p>
      ) : (
        <>
          <section className="section" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">
              {chosen
                .map(yearLabel)
                .join(" and ")
                .replace(/ and (?=.* and )/g, ", ")}
              {includeProvisional ? " (with provisional values)" : ""}
            </h2>
            <p id="compare-summary">{summary}</p>
            <div className="two-columns">
              <figure className="chart-figure">
                <figcaption className="chart-figure__title">Scores by {official ? "domain" : "area"} and year</figcaption>
                <CompareBarsChart
                  rows={rows}
                  years={chosen}
                  title={`Grouped bars of ${framework.code} scores in ${chosen.join(", ")}`}
                  describedBy="compare-summary"
                />
              </figure>
              <figure className="chart-figure">
                <figcaption className="chart-figure__title">The same scores as a radar</figcaption>
                <CompareRadarChart
                  rows={rows}
                  years={chosen}
                  title={`Radar of ${framework.code} scores in ${chosen.join(", ")}`}
                  describedBy="compare-summary"
                />
              </figure>
            </div>
            <AreaComparisonTable
              captionId="compare-table-caption"
              caption="Scores (%) and change in points"
              areaLabel={official ? "Domain" : "Area"}
              years={chosen}
              areas={[...comparison.areas, comparison.overall]}
              changeHeader={`Change ${chosen[0]}–${chosen.at(-1)}`}
              categoryOf={official ? (score) => CATEGORY_LABELS[categoryFor(score, framework.categoryCutoffs ?? undefined) - 1] : undefined}
            />
          </section>

          <section className="section" aria-labelledby="movers-heading">
            <h2 id="movers-heading">
              Indicators that moved most, {chosen[0]} to {chosen.at(-1)}
            </h2>
            <p className="muted">Achievement towards each indicator&apos;s target (or its level score), in points.</p>
            <div className="two-columns">
              <MoversTable title="Most improved" moves={comparison.improved} frameworkCode={framework.code} />
              <MoversTable title="Most worsened" moves={comparison.worsened} frameworkCode={framework.code} />
            </div>
          </section>
        </>
      )}
    </>
  );
}

type Query = Record<string, string | string[] | undefined>;

function comparisonQuery(years: readonly number[], includeProvisional: boolean): string {
  const params = new URLSearchParams(years.map((year) => ["year", String(year)]));
  if (includeProvisional) params.set("provisional", "1");
  return params.toString();
}

/** The page's query, or, when it names no years, the comparison the person chose last time (cookie). */
async function rememberedQuery(frameworkCode: string, query: Query): Promise<Query> {
  if (query.year !== undefined || query.years !== undefined) return query;
  const saved = (await cookies()).get(comparisonCookieName(frameworkCode))?.value;
  if (!saved) return query;
  const params = new URLSearchParams(decodeURIComponent(saved));
  return { ...query, year: params.getAll("year"), provisional: query.provisional ?? params.get("provisional") ?? undefined };
}

function MoversTable({ title, moves, frameworkCode }: { title: string; moves: IndicatorMove[]; frameworkCode: string }) {
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            <th scope="col" className="numeric">
              From
            </th>
            <th scope="col" className="numeric">
              To
            </th>
            <th scope="col" className="numeric">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {moves.length === 0 ? (
            <tr>
              <td colSpan={4} className="muted">
                None
              </td>
            </tr>
          ) : (
            moves.map((move) => (
              <tr key={move.code}>
                <th scope="row" style={{ fontWeight: 400 }}>
                  <Link href={`/frameworks/${encodeURIComponent(frameworkCode)}/indicators/${encodeURIComponent(move.code)}`}>
                    <span className="code">{move.code}</span> {move.name}
                  </Link>
                </th>
                <td className="numeric">{move.from} %</td>
                <td className="numeric">{move.to} %</td>
                <td className={`numeric ${move.change > 0 ? "change-up" : "change-down"}`}>{formatPoints(move.change)}</td>
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}
