import { HeadingLevel, Paragraph } from "docx";
import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import { docxMarkdown } from "./docx-markdown";
import { reportPercent, reportPoints, reportScore } from "../report-messages";
import { figure, heading, paragraph, table, type DocxBlock } from "./docx-parts";

/** Section 1: the secretariat's summary (when written), the summary's paragraphs, the table of area scores, the two charts and reporting by institution. */
export function docxSummarySection(model: ReportModel, section: ReportSection): DocxBlock[] {
  const { labels, locale } = model;
  const compare = model.comparisonYear;
  const score = (value: number | null) => reportScore(value, locale);
  const body: DocxBlock[] = [
    heading(section.title),
    ...(model.provisionalNote ? [paragraph(model.provisionalNote)] : []),
    ...(model.summaryNarrative ? docxMarkdown(model.summaryNarrative) : []),
  ];
  model.summary.paragraphs.forEach((text) => body.push(paragraph(text)));
  body.push(
    table(
      [
        { header: labels.area, share: 4 },
        ...(compare === null ? [] : [{ header: String(compare), share: 1, align: "right" as const }]),
        { header: labels.scoreColumn, share: 1, align: "right" },
        ...(compare === null ? [] : [{ header: labels.change, share: 1.3, align: "right" as const }]),
        ...(model.official ? [{ header: labels.category, share: 2 }] : []),
      ],
      model.summary.scores.map((row) => [
        row.code === "_T" ? row.name : `${row.code} ${row.name}`,
        ...(compare === null ? [] : [score(row.previous)]),
        score(row.current),
        ...(compare === null ? [] : [reportPoints(row.change, locale)]),
        ...(model.official ? [row.category ?? "–"] : []),
      ]),
    ),
  );
  body.push(new Paragraph({ text: "" }));
  body.push(...figure(model.charts.areaScores, labels.figureAreaScores, 440, labels.chartDescription));
  body.push(...figure(model.charts.overall, labels.figureOverall, 400, labels.chartDescription));
  if (model.summary.completeness) {
    body.push(heading(labels.reportingByInstitution, HeadingLevel.HEADING_2));
    body.push(
      table(
        [
          { header: labels.institution, share: 3.2 },
          { header: labels.assigned, share: 1.25, align: "right" },
          { header: labels.approved, share: 1.3, align: "right" },
          { header: labels.submitted, share: 1.35, align: "right" },
          { header: labels.returned, share: 1.3, align: "right" },
          { header: labels.missing, share: 1.15, align: "right" },
          { header: labels.percentApproved, share: 1.45, align: "right" },
        ],
        model.summary.completeness.institutions.map((institution) => [
          `${institution.code} ${institution.name}`,
          institution.counts.assigned,
          institution.counts.approved,
          institution.counts.submitted,
          institution.counts.returned,
          institution.counts.missing,
          reportPercent(institution.counts.percentApproved, locale),
        ]),
      ),
    );
  }
  return body;
}
