import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompareBarsChart, CompareRadarChart } from "@/components/charts/compare-charts";
import { AreaComparisonTable } from "@/components/progress/area-comparison-table";
import { cookies } from "next/headers";
import { ProvisionalYearsNotice, yearHeadingLabeller } from "@/components/progress/provisional-years";
import { MoversTable } from "@/components/progress/movers-table";
import { RememberComparison } from "@/components/progress/remember-comparison";
import { ComparisonText } from "@/components/progress/scores-summary";
import { comparisonCookieName } from "@/lib/progress/comparison-cookie";
import { defaultComparisonYears } from "@/lib/progress/year-coverage";
import { FrameworkTabs } from "@/components/frameworks/framework-tabs";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { isAppError } from "@/lib/errors";
import { libTranslator } from "@/lib/i18n/lib-translator";
import { FORMAT_LOCALES, type Locale } from "@/lib/i18n/locales";
import { issueProblem } from "@/lib/validation/parse-input";
import type { z } from "zod";
import { categoryFor } from "@/lib/progress/categories";
import { compareChartRows, compareYears, compareYearsSchema } from "@/lib/progress/compare-years";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";
import { summarizeComparison } from "@/lib/progress/summarize-scores";

type Props = PageProps<"/frameworks/[code]/compare">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code } = await props.params;
  const t = await getTranslations("Compare");
  return { title: t("metaTitle", { code: decodeURIComponent(code) }) };
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
  const t = await getTranslations("Compare");
  const { framework } = progress;
  const requested = [query.year ?? [], typeof query.years === "string" ? query.years.split(",") : []].flat().filter(Boolean);
  const parsed = compareYearsSchema.safeParse(requested);
  const available = progress.years;
  // Without a choice, the last two complete years: an open cycle's year is still being reported.
  const chosen =
    parsed.success && parsed.data.length > 0
      ? parsed.data.filter((year) => available.includes(year))
      : defaultComparisonYears(progress.coverage);
  const locale = await getInterfaceLocale();
  const problem = !parsed.success
    ? await yearsProblem(parsed.error.issues[0], locale)
    : requested.length > 0 && chosen.length < (parsed.data?.length ?? 0)
      ? t("yearsLeftOut")
      : null;
  const comparison = compareYears(progress, chosen);
  const official = framework.scoringMethod === "SDG_10_7_2";
  const summary = summarizeComparison(comparison.areas, chosen);
  const rows = compareChartRows(comparison.areas, chosen);
  const base = `/frameworks/${encodeURIComponent(framework.code)}`;
  const yearLabel = await yearHeadingLabeller(progress.coverage);
  // "2022, 2023 and 2024" in the reader's language.
  const yearList = new Intl.ListFormat(FORMAT_LOCALES[locale], { type: "conjunction" }).format(chosen.map(yearLabel));
  const chosenQuery = requested.length > 0 && parsed.success ? comparisonQuery(chosen, includeProvisional) : null;

  return (
    <>
      <Breadcrumbs
        items={[
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: base, label: framework.code },
          { label: t("breadcrumb") },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">{t("eyebrow", { code: framework.code })}</p>
        <h1>{t("heading", { name: framework.name })}</h1>
        <p className="page-header__lead">
          {official ? t("leadDomains") : t("leadAreas")} <Link href="/methodology">{t("methodologyLink")}</Link>
        </p>
      </div>
      <FrameworkTabs code={framework.code} current="compare" />
      <RememberComparison frameworkCode={framework.code} query={chosenQuery} />
      <ProvisionalYearsNotice coverage={progress.coverage} years={chosen} />

      <form method="get" className="card no-print" aria-labelledby="choose-years">
        <fieldset className="year-picker">
          <legend id="choose-years">{t("yearsLegend")}</legend>
          {available.map((year) => (
            <label key={year}>
              <input type="checkbox" name="year" value={year} defaultChecked={chosen.includes(year)} /> {yearLabel(year)}
            </label>
          ))}
        </fieldset>
        <fieldset className="year-picker">
          <legend>{t("valuesLegend")}</legend>
          <label>
            <input type="radio" name="provisional" value="0" defaultChecked={!includeProvisional} /> {t("approvedOnly")}
          </label>
          <label>
            <input type="radio" name="provisional" value="1" defaultChecked={includeProvisional} /> {t("alsoProvisional")}
          </label>
        </fieldset>
        {problem ? (
          <p className="field__error" role="alert">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="button button--primary">
          {t("submit")}
        </button>
      </form>

      {chosen.length < 2 ? (
        <p>{t("notEnoughYears")}</p>
      ) : (
        <>
          <section className="section" aria-labelledby="comparison-heading">
            <h2 id="comparison-heading">{includeProvisional ? t("yearsWithProvisional", { years: yearList }) : yearList}</h2>
            <p id="compare-summary">
              <ComparisonText summary={summary} />
            </p>
            <div className="two-columns">
              <figure className="chart-figure">
                <figcaption className="chart-figure__title">{official ? t("barsCaptionDomains") : t("barsCaptionAreas")}</figcaption>
                <CompareBarsChart
                  rows={rows}
                  years={chosen}
                  title={t("barsTitle", { code: framework.code, years: yearList })}
                  describedBy="compare-summary"
                />
              </figure>
              <figure className="chart-figure">
                <figcaption className="chart-figure__title">{t("radarCaption")}</figcaption>
                <CompareRadarChart
                  rows={rows}
                  years={chosen}
                  title={t("radarTitle", { code: framework.code, years: yearList })}
                  describedBy="compare-summary"
                />
              </figure>
            </div>
            <AreaComparisonTable
              captionId="compare-table-caption"
              caption={t("tableCaption")}
              areaLabel={official ? t("domain") : t("area")}
              years={chosen}
              areas={[...comparison.areas, comparison.overall]}
              changeHeader={t("changeHeader", { from: String(chosen[0]), to: String(chosen.at(-1)) })}
              categoryOf={official ? (score) => categoryFor(score, framework.categoryCutoffs ?? undefined) : undefined}
            />
          </section>

          <section className="section" aria-labelledby="movers-heading">
            <h2 id="movers-heading">{t("moversHeading", { from: String(chosen[0]), to: String(chosen.at(-1)) })}</h2>
            <p className="muted">{t("moversLead")}</p>
            <div className="two-columns">
              <MoversTable title={t("mostImproved")} moves={comparison.improved} frameworkCode={framework.code} />
              <MoversTable title={t("mostWorsened")} moves={comparison.worsened} frameworkCode={framework.code} />
            </div>
          </section>
        </>
      )}
    </>
  );
}

type Query = Record<string, string | string[] | undefined>;

/** Why the years in the address cannot be compared, in the page's language (the schema's message is keyed, decision 035). */
async function yearsProblem(issue: z.core.$ZodIssue | undefined, locale: Locale): Promise<string | undefined> {
  if (!issue) return undefined;
  const [worded] = (await libTranslator(locale)).problems([issueProblem(issue, {})]);
  return worded?.message;
}

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
