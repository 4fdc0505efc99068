import { createTranslator } from "use-intl/core";
import { formatDate } from "@/lib/indicators/format-value";
import type { Locale } from "@/lib/i18n/locales";
import { reportMessages } from "../report-messages";

const PAGE = "\u0000";
const TOTAL = "\u0001";

/**
 * The report's headings, table headers and notes in its language, made once with the model so
 * that the PDF, the Word file and the page draw the same words. Sentences that carry the
 * report's own figures are made here too; the renderers only place them.
 */
export function buildReportLabels(input: {
  locale: Locale;
  year: number | null;
  official: boolean;
  detailedStatuses: boolean;
  generatedAt: Date;
  workspaceName: string;
  frameworkCode: string;
  chartTitles: { areaScores: string; overall: string };
}) {
  const t = createTranslator({ ...reportMessages(input.locale), namespace: "ReportLabels" });
  const date = formatDate(input.generatedAt, input.locale);
  const yearLabel = input.year === null ? "" : String(input.year);
  // "Page {page} of {total}" cut where the numbers go: Word and the PDF put live page numbers there.
  const [beforePage = "", betweenPages = "", afterTotal = ""] = t("pageOf", { page: PAGE, total: TOTAL }).split(/[\u0000\u0001]/);
  return {
    code: t("code"),
    indicator: t("indicator"),
    value: input.year === null ? t("value") : t("valueInYear", { year: input.year }),
    target: t("target"),
    status: t("status"),
    trend: t("trend"),
    comment: t("comment"),
    lead: t("lead"),
    explanations: t("explanations"),
    area: input.official ? t("domain") : t("area"),
    scoreColumn: yearLabel || t("score"),
    change: t("change"),
    category: t("category"),
    figureAreaScores: t("figureAreaScores", { title: input.chartTitles.areaScores }),
    figureOverall: t("figureOverall", { title: input.chartTitles.overall }),
    chartDescription: t("chartDescription"),
    scoresCaption: input.official ? t("domainScores") : t("areaScores"),
    reportingByInstitution: t("reportingByInstitution", { year: yearLabel }),
    institution: t("institution"),
    assigned: t("assigned"),
    approved: t("approved"),
    submitted: t("submitted"),
    returned: t("returned"),
    missing: t("missing"),
    percentApproved: t("percentApproved"),
    returnedForCorrection: t("returnedForCorrection"),
    withoutValue: input.detailedStatuses ? t("withoutValue") : t("withoutApprovedValue"),
    notYetApproved: t("notYetApproved"),
    reason: t("reason"),
    evidenceIntro: t("evidenceIntro", { year: yearLabel }),
    file: t("file"),
    type: t("type"),
    size: t("size"),
    attachedBy: t("attachedBy"),
    attachedOn: t("attachedOn"),
    preparedFor: t("preparedFor", { date }),
    preparedOn: t("preparedOn", { date }),
    includesProvisional: t("includesProvisional"),
    demoNotice: t("demoNotice", { workspace: input.workspaceName }),
    demoData: t("demoData"),
    contents: t("contents"),
    pageOf: { beforePage, betweenPages, afterTotal },
    generatedBy: t("generatedBy", { date, workspace: input.workspaceName }),
    rounded: t("rounded"),
    documentDescription: t("documentDescription", { code: input.frameworkCode }),
  };
}

export type ReportLabels = ReturnType<typeof buildReportLabels>;
