import { topLevelAreaOf } from "@/lib/frameworks/top-level-area-of";
import type { StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import { formatNumber, formatTarget, levelLabel, pickFinalTarget, VALUE_STATUS_LABELS } from "@/lib/indicators/format-value";
import { isLevelBased, isQuantitative } from "@/lib/indicators/value-types";
import type { CompletenessCounts } from "@/lib/monitoring/get-cycle-completeness";
import { CATEGORY_LABELS } from "@/lib/progress/categories";
import { formatPercent, formatPoints, formatScore } from "@/lib/progress/format-score";
import { describeComparison, describeScoresOverTime, compareAreas } from "@/lib/progress/describe-scores";
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from "@/lib/progress/progress-status";
import type { FrameworkData, FrameworkDataValue } from "@/lib/progress/load-framework-data";
import { groupedBarChart, scoreLineChart, type Chart } from "./chart-primitives";
import { methodologyNote } from "./methodology-note";

export type ReportCompleteness = {
  cycleStatus: "OPEN" | "CLOSED";
  submissionDeadline: Date;
  totals: CompletenessCounts;
  institutions: { code: string; name: string; counts: CompletenessCounts }[];
};

/** Each indicator's total in the report year, whoever may read it: only its status and, for reviewers, the return reason. */
export type YearStatus = { indicatorId: string; status: ValueStatus; returnReason: string | null };

export type ReportIndicator = {
  code: string;
  name: string;
  leadInstitution: string | null;
  value: string | null;
  valueIsProvisional: boolean;
  target: string | null;
  status: ProgressStatus;
  statusLabel: string;
  trend: string;
  comment: string | null;
};

export type ReportArea = {
  code: string;
  name: string;
  /** One sentence: the score, its change and how many indicators it counts. */
  sentence: string;
  score: number | null;
  previousScore: number | null;
  change: number | null;
  category: string | null;
  counted: string;
  indicators: ReportIndicator[];
};

export type ReportModel = {
  title: string;
  frameworkCode: string;
  frameworkName: string;
  versionLabel: string;
  workspaceName: string;
  isDemo: boolean;
  year: number | null;
  /** The earlier year the summary compares with (the previous year that has scores). */
  comparisonYear: number | null;
  years: number[];
  generatedAt: Date;
  includeProvisional: boolean;
  official: boolean;
  /** "DMD · version 2018 · years 2016–2024", for the cover. */
  coverLine: string;
  summary: {
    paragraphs: string[];
    scores: {
      code: string;
      name: string;
      previous: number | null;
      current: number | null;
      change: number | null;
      category: string | null;
    }[];
    completeness: ReportCompleteness | null;
  };
  charts: { areaScores: Chart; overall: Chart };
  areas: ReportArea[];
  offTrack: {
    code: string;
    name: string;
    areaCode: string;
    status: ProgressStatus;
    statusLabel: string;
    value: string | null;
    target: string | null;
  }[];
  offTrackSentence: string;
  openPointsSentence: string;
  openPoints: {
    /** False for readers who do not follow reporting: every indicator without an approved value is "missing" to them. */
    detailed: boolean;
    missing: { code: string; name: string; institution: string | null }[];
    notApproved: { code: string; name: string; institution: string | null; status: string }[];
    returned: { code: string; name: string; institution: string | null; reason: string | null }[];
  };
  methodology: string[];
};

const OFF_TRACK: readonly ProgressStatus[] = ["deterioration", "limited_progress", "acceleration_needed"];
const pct = formatPercent;

/**
 * The working-group report of a framework for a year, as data: a summary of completeness
 * and scores with two charts, one section per top-level area (each indicator's value, target,
 * status, trend and comment), the indicators off track, the open points and the method. Pure:
 * PDF, Word and the print page all draw this same model.
 */
export function buildReportModel(input: {
  data: FrameworkData;
  completeness: ReportCompleteness | null;
  yearStatuses: YearStatus[];
  showReturnReasons: boolean;
  /** Whether the reader may see which indicators have drafts or submitted values (completeness). */
  detailedStatuses: boolean;
}): ReportModel {
  const inYear = (text: string, otherwise: string) => (input.data.reportYear === null ? otherwise : text);
  const { data } = input;
  const { framework, scores } = data.progress;
  const year = data.reportYear;
  const official = framework.scoringMethod === "SDG_10_7_2";
  const overallYears = scores.filter((score) => score.areaCode === "_T" && score.score !== null).map((score) => score.year);
  const comparisonYear = year === null ? null : (overallYears.filter((candidate) => candidate < year).at(-1) ?? null);
  const compared = year === null ? [] : comparisonYear === null ? [year] : [comparisonYear, year];
  const topCodes = data.topLevelAreas.map((area) => area.code);
  const areaComparison = compareAreas(scores, [...topCodes, "_T"], compared);
  const scoreOf = (code: string, at: number | null) =>
    at === null ? undefined : scores.find((score) => score.areaCode === code && score.year === at);
  const categoryText = (code: string) => {
    const category = scoreOf(code, year)?.category;
    return category ? `${category} ${CATEGORY_LABELS[category - 1]}` : null;
  };

  const totals = new Map<string, FrameworkDataValue[]>();
  for (const value of data.values) {
    if (value.disaggregationKey !== "") continue;
    const list = totals.get(value.indicator.id) ?? [];
    list.push(value);
    totals.set(value.indicator.id, list);
  }
  const statuses = new Map(data.progress.indicators.map((row) => [row.indicator.id, row.statuses]));
  const describeIndicator = (indicator: StructureIndicator): ReportIndicator => {
    const series = (totals.get(indicator.id) ?? []).sort((a, b) => a.year - b.year);
    const current = year === null ? undefined : series.find((value) => value.year === year);
    const previous = year === null ? undefined : series.filter((value) => value.year < year).at(-1);
    const status = (year === null ? undefined : statuses.get(indicator.id)?.[year]) ?? "not_available";
    return {
      code: indicator.code,
      name: indicator.name,
      leadInstitution: indicator.leadInstitution?.code ?? null,
      value: current?.display ?? null,
      valueIsProvisional: current !== undefined && current.status !== "APPROVED",
      target: formatTarget(pickFinalTarget(indicator.targets), indicator),
      status,
      statusLabel: PROGRESS_STATUS_LABELS[status],
      trend: describeTrend(indicator, current, previous),
      comment: current?.comment ?? null,
    };
  };

  const rootOf = topLevelAreaOf(framework.areas);
  const areas: ReportArea[] = data.topLevelAreas.map((area) => {
    const current = scoreOf(area.code, year);
    const areaScore = current?.score ?? null;
    const previousScore = comparisonYear === null ? null : (scoreOf(area.code, comparisonYear)?.score ?? null);
    const change = areaComparison.find((entry) => entry.areaCode === area.code)?.change ?? null;
    return {
      code: area.code,
      name: area.name,
      sentence:
        year === null
          ? "No score yet: no value of the framework has been approved."
          : areaScore === null
            ? `No score for ${year}: none of the area's scored indicators has a counted value.`
            : `Score ${formatScore(areaScore)} % in ${year}${previousScore !== null ? ` (${formatScore(previousScore)} % in ${comparisonYear}, ${formatPoints(change)} points)` : ""}${categoryText(area.code) ? `, category ${categoryText(area.code)}` : ""}; ${current!.indicatorsCounted} of ${current!.indicatorsTotal} scored indicators counted.`,
      score: areaScore,
      previousScore,
      change,
      category: categoryText(area.code),
      counted: current ? `${current.indicatorsCounted} of ${current.indicatorsTotal}` : "0",
      indicators: framework.areas
        .filter((candidate) => rootOf(candidate.id).id === area.id)
        .flatMap((candidate) => candidate.indicators)
        .map(describeIndicator),
    };
  });
  const allIndicators = areas.flatMap((area) => area.indicators.map((indicator) => ({ ...indicator, areaCode: area.code })));

  const institutionOf = new Map(
    framework.areas.flatMap((area) => area.indicators.map((indicator) => [indicator.id, indicator.leadInstitution?.code ?? null] as const)),
  );
  // Readers who do not follow reporting learn nothing of drafts: only approved values are known to them.
  const statusById = new Map(
    input.yearStatuses.filter((entry) => input.detailedStatuses || entry.status === "APPROVED").map((entry) => [entry.indicatorId, entry]),
  );
  const everyIndicator = framework.areas.flatMap((area) => area.indicators);
  const missing = everyIndicator.filter((indicator) => !statusById.has(indicator.id));
  const notApproved = everyIndicator.filter((indicator) => ["DRAFT", "SUBMITTED"].includes(statusById.get(indicator.id)?.status ?? ""));
  const returned = everyIndicator.filter((indicator) => statusById.get(indicator.id)?.status === "RETURNED");

  const overall = areaComparison.find((entry) => entry.areaCode === "_T");
  const paragraphs: string[] = [];
  if (year === null) paragraphs.push("No value of this framework has been approved yet, so the report has no figures.");
  else {
    paragraphs.push(describeScoresOverTime(scores, topCodes));
    if (comparisonYear !== null)
      paragraphs.push(
        describeComparison(
          areaComparison.filter((entry) => entry.areaCode !== "_T"),
          compared,
        ),
      );
    const offTrackCount = allIndicators.filter((indicator) => OFF_TRACK.includes(indicator.status)).length;
    const onTrackCount = allIndicators.filter(
      (indicator) => indicator.status === "on_track" || indicator.status === "target_achieved",
    ).length;
    paragraphs.push(
      `In ${year}, ${onTrackCount} of ${allIndicators.length} indicators have achieved their target or are on track, ${offTrackCount} are off track and ${allIndicators.length - onTrackCount - offTrackCount} have no status (no value, no target, or a narrative indicator).`,
    );
    if (input.completeness) {
      const { totals: counts } = input.completeness;
      paragraphs.push(
        `Reporting for ${year}: ${counts.approved} of ${counts.assigned} indicators approved (${pct(counts.percentApproved)}), ${counts.submitted} awaiting review, ${counts.returned} returned for correction and ${counts.missing} without a value; the cycle is ${input.completeness.cycleStatus === "OPEN" ? "open" : "closed"}.`,
      );
    }
    if (overall?.scores.at(-1) === null || overall?.scores.at(-1) === undefined)
      paragraphs.push(`No overall score can be computed for ${year}.`);
  }
  if (data.includeProvisional)
    paragraphs.push("This report includes provisional values that are not approved yet; they are marked with an asterisk (*).");

  const chartYears = compared.map(String);
  return {
    title: `Working-group report${year === null ? "" : ` ${year}`}`,
    frameworkCode: framework.code,
    frameworkName: framework.name,
    versionLabel: framework.version.label,
    workspaceName: data.workspace.name,
    isDemo: data.workspace.isDemo,
    year,
    comparisonYear,
    years: data.years,
    generatedAt: data.generatedAt,
    includeProvisional: data.includeProvisional,
    official,
    coverLine: `${framework.code} · version ${framework.version.label} · ${data.years.length > 1 ? `years ${data.years[0]}–${data.years.at(-1)}` : year === null ? "no approved values yet" : `year ${year}`}`,
    summary: {
      paragraphs,
      scores: areaComparison.map((entry) => ({
        code: entry.areaCode,
        name: entry.areaCode === "_T" ? "All areas" : entry.areaName,
        previous: comparisonYear === null ? null : (entry.scores[0] ?? null),
        current: entry.scores.at(-1) ?? null,
        change: entry.change,
        category: categoryText(entry.areaCode),
      })),
      completeness: input.completeness,
    },
    charts: {
      areaScores: groupedBarChart({
        title: `${official ? "Domain" : "Area"} scores (%)${compared.length > 0 ? `, ${chartYears.join(" and ")}` : ""}`,
        labels: topCodes,
        series: compared.map((chartYear) => ({
          name: String(chartYear),
          values: topCodes.map((code) => scoreOf(code, chartYear)?.score ?? null),
        })),
      }),
      overall: scoreLineChart({
        title: "Overall score (%) over the years",
        points: data.years.map((chartYear) => ({ year: chartYear, value: scoreOf("_T", chartYear)?.score ?? null })),
      }),
    },
    areas,
    offTrack: allIndicators
      .filter((indicator) => OFF_TRACK.includes(indicator.status))
      .sort((a, b) => OFF_TRACK.indexOf(a.status) - OFF_TRACK.indexOf(b.status) || a.code.localeCompare(b.code, "en", { numeric: true }))
      .map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        areaCode: indicator.areaCode,
        status: indicator.status,
        statusLabel: indicator.statusLabel,
        value: indicator.value,
        target: indicator.target,
      })),
    offTrackSentence: offTrackSentence(allIndicators.filter((indicator) => OFF_TRACK.includes(indicator.status)).length, year),
    openPointsSentence: inYear(
      input.detailedStatuses
        ? `For ${year}: ${missing.length} indicators have no value, ${notApproved.length} have a value not yet approved and ${returned.length} were returned to their institution for correction.`
        : `For ${year}: ${missing.length} indicators have no approved value yet.`,
      "No reporting year yet.",
    ),
    openPoints: {
      detailed: input.detailedStatuses,
      missing: missing.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        institution: institutionOf.get(indicator.id) ?? null,
      })),
      notApproved: notApproved.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        institution: institutionOf.get(indicator.id) ?? null,
        status: VALUE_STATUS_LABELS[statusById.get(indicator.id)!.status],
      })),
      returned: returned.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        institution: institutionOf.get(indicator.id) ?? null,
        reason: input.showReturnReasons ? (statusById.get(indicator.id)?.returnReason ?? null) : null,
      })),
    },
    methodology: methodologyNote({
      official,
      baseYear: framework.baseYear,
      includeProvisional: data.includeProvisional,
      cutoffs: framework.categoryCutoffs,
    }),
  };
}

function offTrackSentence(count: number, year: number | null): string {
  if (year === null) return "No status yet: no value of the framework has been approved.";
  if (count === 0) return `No indicator is off track in ${year}.`;
  return `${count} ${count === 1 ? "indicator needs" : "indicators need"} attention in ${year}: deteriorated, too little progress, or progress that must accelerate to reach the target on time.`;
}

/**
 * "+12 % since 2023 (better)", "Unchanged since 2023", "Down from Fully present (2023)", or why
 * there is none. Words and signs, not arrows: the report font has no arrow glyphs, and words
 * read out well.
 */
export function describeTrend(indicator: StructureIndicator, current: FrameworkDataValue | undefined, previous: FrameworkDataValue | undefined): string {
  if (!current) return "No value this year";
  if (!previous) return "No earlier value";
  if (isQuantitative(indicator.valueType) && current.number !== null && previous.number !== null) {
    const change = current.number - previous.number;
    if (change === 0) return `Unchanged since ${previous.year}`;
    const amount =
      previous.number !== 0 && indicator.valueType !== "PERCENTAGE"
        ? `${change > 0 ? "+" : "−"}${pct(Math.abs((change / Math.abs(previous.number)) * 100))}`
        : `${change > 0 ? "+" : "−"}${formatNumber(Math.abs(change), indicator.decimals ?? (Number.isInteger(change) ? 0 : 1))}${indicator.valueType === "PERCENTAGE" ? " points" : ""}`;
    const better = indicator.direction === "INCREASE" ? change > 0 : indicator.direction === "DECREASE" ? change < 0 : null;
    return `${amount} since ${previous.year}${better === null ? "" : better ? " (better)" : " (worse)"}`;
  }
  if (isLevelBased(indicator.valueType) && current.levelCode !== null && previous.levelCode !== null) {
    const scoreOf = (code: string) => indicator.levels.find((level) => level.code === code)?.score ?? 0;
    const change = scoreOf(current.levelCode) - scoreOf(previous.levelCode);
    if (change === 0) return `Unchanged since ${previous.year}`;
    return `${change > 0 ? "Up" : "Down"} from ${levelLabel(previous.levelCode, indicator.levels)} (${previous.year})`;
  }
  return `Reported; last also in ${previous.year}`;
}
