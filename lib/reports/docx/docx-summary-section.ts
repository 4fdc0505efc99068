import { HeadingLevel, Paragraph } from "docx";
import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import { docxMarkdown } from "./docx-markdown";
import { figure, heading, paragraph, points, score, table, type DocxBlock } from "./docx-parts";

/** Section 1: the secretariat's summary (when written), the summary's paragraphs, the table of area scores, the two charts and reporting by institution. */
export function docxSummarySection(model: ReportModel, section: ReportSection): DocxBlock[] {
  const yearLabel = model.year === null ? "" : String(model.year);
  const compare = model.comparisonYear;
  const body: DocxBlock[] = [heading(section.title), ...(model.summaryNarrative ? docxMarkdown(model.summaryNarrative) : [])];
  model.summary.paragraphs.forEach((text) => body.push(paragraph(text)));
  body.push(
    table(
      [
        { header: model.official ? "Domain" : "Area", share: 4 },
        ...(compare === null ? [] : [{ header: String(compare), share: 1, align: "right" as const }]),
        { header: yearLabel || "Score", share: 1, align: "right" },
        ...(compare === null ? [] : [{ header: "Change (points)", share: 1.3, align: "right" as const }]),
        ...(model.official ? [{ header: "Category", share: 2 }] : []),
      ],
      model.summary.scores.map((row) => [
        row.code === "_T" ? "All areas" : `${row.code} ${row.name}`,
        ...(compare === null ? [] : [score(row.previous)]),
        score(row.current),
        ...(compare === null ? [] : [points(row.change)]),
        ...(model.official ? [row.category ?? "–"] : []),
      ]),
    ),
  );
  body.push(new Paragraph({ text: "" }));
  body.push(...figure(model.charts.areaScores, `Figure 1. ${model.charts.areaScores.title}. The table above gives the same numbers.`, 440));
  body.push(...figure(model.charts.overall, `Figure 2. ${model.charts.overall.title}.`, 400));
  if (model.summary.completeness) {
    body.push(heading(`Reporting by institution, ${yearLabel}`, HeadingLevel.HEADING_2));
    body.push(
      table(
        [
          { header: "Institution", share: 3.2 },
          { header: "Assigned", share: 1.25, align: "right" },
          { header: "Approved", share: 1.3, align: "right" },
          { header: "Submitted", share: 1.35, align: "right" },
          { header: "Returned", share: 1.3, align: "right" },
          { header: "Missing", share: 1.15, align: "right" },
          { header: "% approved", share: 1.45, align: "right" },
        ],
        model.summary.completeness.institutions.map((institution) => [
          `${institution.code} ${institution.name}`,
          institution.counts.assigned,
          institution.counts.approved,
          institution.counts.submitted,
          institution.counts.returned,
          institution.counts.missing,
          `${institution.counts.percentApproved} %`,
        ]),
      ),
    );
  }
  return body;
}
