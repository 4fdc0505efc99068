import type { DefinitionDiff } from "@/lib/matrix/definition-diff";
import { diffSentences } from "@/lib/matrix/diff-sentences";
import type { FrameworkData } from "@/lib/progress/load-framework-data";
import { methodologyNote } from "./methodology-note";
import { buildAreaSections } from "./model/build-area-sections";
import { buildOffTrack } from "./model/build-off-track";
import { buildOpenPoints } from "./model/build-open-points";
import { buildReportCharts } from "./model/build-report-charts";
import { buildSummary } from "./model/build-summary";
import { createReportContext } from "./model/report-context";
import { attachNarratives, type ReportNarrativeTexts } from "./model/attach-narratives";
import type { ReportCompleteness, ReportEvidenceValue, ReportModel, YearStatus } from "./report-model";

/**
 * The working-group report of a framework for a year, as data: a summary of completeness
 * and scores with two charts, one section per top-level area (each indicator's value, target,
 * status, trend and comment), the indicators off track, the open points and the method. Pure:
 * PDF, Word and the print page all draw this same model. Each part is one step in
 * lib/reports/model/.
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
}): ReportModel {
  const { data } = input;
  const context = createReportContext(data);
  const { framework, year, official } = context;
  const narrated = attachNarratives(buildAreaSections(context), input.narratives);
  const areas = narrated.areas;
  const allIndicators = areas.flatMap((area) => area.indicators.map((indicator) => ({ ...indicator, areaCode: area.code })));
  return {
    title: `Working-group report${year === null ? "" : ` ${year}`}`,
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
    coverLine: `${framework.code} · version ${framework.version.label} · ${data.years.length > 1 ? `years ${data.years[0]}–${data.years.at(-1)}` : year === null ? "no approved values yet" : `year ${year}`}`,
    summary: buildSummary(context, allIndicators, input.completeness),
    charts: buildReportCharts(context),
    areas,
    ...buildOffTrack(allIndicators, year),
    ...buildOpenPoints({
      framework,
      year,
      yearStatuses: input.yearStatuses,
      detailedStatuses: input.detailedStatuses,
      showReturnReasons: input.showReturnReasons,
    }),
    methodology: methodologyNote({
      official,
      baseYear: framework.baseYear,
      includeProvisional: data.includeProvisional,
      cutoffs: framework.categoryCutoffs,
    }),
    matrixChanges: input.matrixChanges ? diffSentences(input.matrixChanges) : null,
    summaryNarrative: narrated.summary,
    evidenceAnnex: input.evidence ?? [],
  };
}
