import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { localizedName } from "@/lib/i18n/localized-name";
import { FrameworkTabs } from "@/components/frameworks/framework-tabs";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { AreaScoresSection } from "@/components/progress/area-scores-section";
import { IndicatorHeatmapSection } from "@/components/progress/indicator-heatmap-section";
import { ProvisionalSwitch } from "@/components/progress/provisional-switch";
import { ProvisionalYearsNotice, yearHeadingLabeller } from "@/components/progress/provisional-years";
import { ScoringSettingsForm } from "@/components/progress/scoring-settings-form";
import { can } from "@/lib/auth/authorize";
import { isAppError } from "@/lib/errors";
import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import { chooseArea } from "@/lib/pages/choose-area";
import { matchesSearch } from "@/lib/pages/matches-search";
import { parseAreaViewQuery, SEARCH_RESULT_LIMIT } from "@/lib/pages/parse-area-view-query";
import { DEFAULT_CATEGORY_CUTOFFS } from "@/lib/progress/categories";
import { getFrameworkProgress } from "@/lib/progress/get-framework-progress";

type Props = PageProps<"/frameworks/[code]/progress">;

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { code } = await props.params;
  const t = await getTranslations("Progress");
  return { title: t("metaTitle", { code: decodeURIComponent(code) }) };
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
  const [t, locale] = await Promise.all([getTranslations("Progress"), getInterfaceLocale()]);
  const { framework, years } = progress;
  const yearLabel = await yearHeadingLabeller(progress.coverage);
  const topLevel = framework.areas.filter((area) => area.depth === 0);
  const official = framework.scoringMethod === "SDG_10_7_2";
  const rootOf = topLevelAreaOf(framework.areas);
  // The heatmap of a large framework costs what it shows: one top-level area, or a search's matches.
  const view = parseAreaViewQuery(query);
  const current = view.search ? null : chooseArea(topLevel, view.area);
  const matches = view.search ? progress.indicators.filter((row) => matchesSearch(row.indicator, view.search!)) : [];
  const shownRows = view.search
    ? matches.slice(0, SEARCH_RESULT_LIMIT)
    : progress.indicators.filter((row) => rootOf(row.indicator.areaId).id === current?.id);
  const groups = topLevel
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
          { href: "/frameworks", label: t("breadcrumbFrameworks") },
          { href: frameworkPath, label: framework.code },
          { label: t("breadcrumb") },
        ]}
      />
      <div className="page-header">
        <p className="page-header__eyebrow">{t("eyebrow", { code: framework.code, version: framework.version.label })}</p>
        <h1>{t("heading", { name: localizedName(framework, locale).text })}</h1>
        <p className="page-header__lead">
          {official ? t("leadOfficial") : t("leadAchievement")} <Link href="/methodology">{t("methodologyLink")}</Link>
        </p>
      </div>
      <FrameworkTabs code={framework.code} current="progress" />
      <ProvisionalSwitch includeProvisional={includeProvisional} />
      <ProvisionalYearsNotice coverage={progress.coverage} />
      {includeProvisional ? (
        <div className="notice provisional-notice" role="note">
          <p>
            <strong>{t("provisionalNoticeTitle")}</strong> {t("provisionalNotice")}
          </p>
        </div>
      ) : null}

      <AreaScoresSection
        frameworkCode={framework.code}
        official={official}
        includeProvisional={includeProvisional}
        topLevel={topLevel}
        years={years}
        scores={progress.scores}
        yearLabel={yearLabel}
      />

      <IndicatorHeatmapSection
        frameworkPath={frameworkPath}
        official={official}
        baseYear={framework.baseYear}
        years={years}
        yearLabel={yearLabel}
        picker={{
          areas: topLevel.map((area) => ({
            code: area.code,
            name: area.name,
            nameTranslations: area.nameTranslations,
            count: countOf.get(area.id) ?? 0,
          })),
          currentCode: current?.code ?? null,
          search: view.search,
          found: matches.length,
          keep: includeProvisional ? { provisional: "1" } : {},
        }}
        groups={groups}
      />

      {can(access, "frameworks.manage") ? (
        <section className="section no-print" aria-label={t("settingsLabel")}>
          <details className="card">
            <summary>{t("settingsSummary", { code: framework.code })}</summary>
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
