import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { DefinitionDiff } from "@/lib/matrix/definition-diff";
import { diffSentences } from "@/lib/matrix/diff-sentences";
import type { FrameworkData } from "@/lib/progress/load-framework-data";
import { methodologyNote } from "./methodology-note";
import { attachNarratives, type ReportNarrativeTexts } from "./model/attach-narratives";
import { buildAreaSections } from "./model/build-area-sections";
import { buildOffTrack } from "./model/build-off-track";
import { buildOpenPoints } from "./model/build-open-points";
import { buildReportCharts } from "./model/build-report-charts";
import { buildReportLabels } from "./model/build-report-labels";
import { buildSummary } from "./model/build-summary";
import { FALLBACK_MARK, localizeFrameworkData } from "./model/localize-matrix-texts";
import { createReportContext } from "./model/report-context";
import { reportMessages } from "./report-messages";
import type { ReportCompleteness, ReportEvidenceValue, ReportModel, YearStatus } from "./report-model";

/**
 * The working-group report of a framework for a year, as data, in the language asked for: a
 * summary of completeness and scores with two charts, one section per top-level area (each
 * indicator's value, target, status, trend and comment), the indicators off track, the open
 * points and the method. Pure: PDF, Word and the print page all draw this same model. Each
 * part is one step in lib/reports/model/.
 */
export function buildReportModel(input: {
  data: FrameworkData;
  completeness: ReportCompleteness | null;
  yearStatuses: YearStatus[];
  showReturnReasons: boolean;
  /** Whether the reader may see which indicators have drafts or submitted values (completeness). */
  detailedStatuses: boolean;
  /** The changes of the version in force against the one before it, when there is one. */
  matrixChanges?: DefinitionDiff | null;
  /** The cycle's narratives in Markdown (decision 034). */
  narratives?: ReportNarrativeTexts;
  evidence?: ReportEvidenceValue[];
  /** The report's language; English when not given. */
  locale?: Locale;
}): ReportModel {
  const locale = input.locale ?? DEFAULT_LOCALE;
  const t = createTranslator({ ...reportMessages(locale), namespace: "ReportCover" });
  const localized = localizeFrameworkData(input.data, locale, FALLBACK_MARK);
  const data = localized.data;
  const context = createReportContext(data, locale);
  const { framework, year, official, terms } = context;
  const narrated = attachNarratives(buildAreaSections(context), input.narratives);
  const areas = narrated.areas;
  const allIndicators = areas.flatMap((area) => area.indicators.map((indicator) => ({ ...indicator, areaCode: area.code })));
  const coverage = year === null ? undefined : data.progress.coverage.find((entry) => entry.year === year);
  const charts = buildReportCharts(context);
  const period =
    data.years.length > 1
      ? t("years", { from: data.years[0]!, to: data.years.at(-1)! })
      : year === null
        ? t("noApprovedValues")
        : t("year", { year });
  return {
    locale,
    labels: buildReportLabels({
      locale,
      year,
      official,
      detailedStatuses: input.detailedStatuses,
      generatedAt: data.generatedAt,
      workspaceName: data.workspace.name,
      frameworkCode: framework.code,
      chartTitles: { areaScores: charts.areaScores.title, overall: charts.overall.title },
    }),
    title: year === null ? t("titleNoYear") : t("title", { year }),
    frameworkCode: framework.code,
    frameworkName: framework.name,
    versionLabel: framework.version.label,
    workspaceName: data.workspace.name,
    isDemo: data.workspace.isDemo,
    year,
    comparisonYear: context.comparisonYear,
    years: data.years,
    generatedAt: data.generatedAt,
    includeProvisional: data.includeProvisional,
    official,
    coverLine: t("coverLine", { code: framework.code, version: framework.version.label, period }),
    provisionalNote: coverage?.isProvisional
      ? t("provisional", { year: coverage.year, reported: coverage.reported, indicators: coverage.indicators })
      : null,
    fallbackNote: localized.hasFallback ? t("fallback") : null,
    summary: buildSummary(context, allIndicators, input.completeness),
    charts,
    areas,
    ...buildOffTrack(allIndicators, year, locale),
    ...buildOpenPoints({
      framework,
      year,
      yearStatuses: input.yearStatuses,
      detailedStatuses: input.detailedStatuses,
      showReturnReasons: input.showReturnReasons,
      locale,
      terms,
    }),
    methodology: methodologyNote({
      official,
      baseYear: framework.baseYear,
      includeProvisional: data.includeProvisional,
      cutoffs: framework.categoryCutoffs,
      locale,
    }),
    matrixChanges: input.matrixChanges ? diffSentences(input.matrixChanges, locale) : null,
    summaryNarrative: narrated.summary,
    evidenceAnnex: input.evidence ?? [],
  };
}
