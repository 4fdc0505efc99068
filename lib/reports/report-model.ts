import type { DiffAnnex } from "@/lib/matrix/diff-sentences";
import type { ValueStatus } from "@/lib/generated/prisma/enums";
import type { CompletenessCounts } from "@/lib/monitoring/get-cycle-completeness";
import type { ProgressStatus } from "@/lib/progress/progress-status";
import type { MarkdownBlock } from "@/lib/narratives/markdown-blocks";
import type { Locale } from "@/lib/i18n/locales";
import type { Chart } from "./chart-primitives";
import type { ReportLabels } from "./model/build-report-labels";

/** The report as data (lib/reports/build-report-model.ts): the PDF, the Word file and the print page all draw it. */
export type ReportModel = {
  /** The language it is written in, chosen at export (the page's on the report page). */
  locale: Locale;
  /** Headings, table headers and notes that the PDF, Word and the page draw, in that language. */
  labels: ReportLabels;
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
  /**
   * The report's year while its cycle is still open (issue 14, trap 1): "provisional: 17 of 61
   * indicators reported", on the cover and atop the summary; null for a complete year.
   */
  provisionalNote: string | null;
  /** What † means, when some name has no translation in the report's language; else null. */
  fallbackNote: string | null;
  summary: ReportSummary;
  charts: { areaScores: Chart; overall: Chart };
  areas: ReportArea[];
  offTrack: ReportOffTrackIndicator[];
  offTrackSentence: string;
  openPointsSentence: string;
  openPoints: ReportOpenPoints;
  methodology: string[];
  /** What the version in force changed against the one it replaced; null for a first version. */
  matrixChanges: DiffAnnex | null;
  /** The secretariat's overall summary of the year's cycle, up front (decision 034); null when none is written. */
  summaryNarrative: MarkdownBlock[] | null;
  /** The files that back the year's values the reader may read, value by value. */
  evidenceAnnex: ReportEvidenceValue[];
};

export type ReportEvidenceValue = {
  indicatorCode: string;
  indicatorName: string;
  /** The breakdown in words ("Total", "Sex: female"). */
  breakdown: string;
  files: { name: string; type: string; size: string; who: string; when: string }[];
};

export type ReportCompleteness = {
  cycleStatus: "OPEN" | "CLOSED";
  submissionDeadline: Date;
  totals: CompletenessCounts;
  institutions: { code: string; name: string; counts: CompletenessCounts }[];
};

/** Each indicator's total in the report year, whoever may read it: only its status and, for reviewers, the return reason. */
export type YearStatus = { indicatorId: string; status: ValueStatus; returnReason: string | null };

export type ReportSummary = {
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
  /** The reporting institution's explanation of the year; absent when none is written. */
  explanation?: MarkdownBlock[] | null;
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
  /** The secretariat's analysis of the area; absent when none is written. */
  analysis?: MarkdownBlock[] | null;
};

export type ReportOffTrackIndicator = {
  code: string;
  name: string;
  areaCode: string;
  status: ProgressStatus;
  statusLabel: string;
  value: string | null;
  target: string | null;
};

export type ReportOpenPoints = {
  /** False for readers who do not follow reporting: every indicator without an approved value is "missing" to them. */
  detailed: boolean;
  missing: { code: string; name: string; institution: string | null }[];
  notApproved: { code: string; name: string; institution: string | null; status: string }[];
  returned: { code: string; name: string; institution: string | null; reason: string | null }[];
};
