import { HeadingLevel, Paragraph, TextRun } from "docx";
import type { ReportArea, ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import { docxMarkdown } from "./docx-markdown";
import { heading, MUTED, paragraph, SMALL, table, type DocxBlock } from "./docx-parts";

/**
 * One area's section: its score sentence, the secretariat's analysis, a row per indicator (value,
 * target, status, trend, comment) and the institutions' explanations after the table.
 */
export function docxAreaSection(area: ReportArea, section: ReportSection, labels: ReportModel["labels"]): DocxBlock[] {
  const explained = area.indicators.filter((indicator) => indicator.explanation);
  return [
    heading(section.title),
    paragraph(area.sentence),
    ...(area.analysis ? docxMarkdown(area.analysis) : []),
    table(
      [
        { header: labels.code, share: 0.8 },
        { header: labels.indicator, share: 3.6 },
        { header: labels.value, share: 1.5 },
        { header: labels.target, share: 1.4 },
        { header: labels.status, share: 1.5 },
        { header: labels.trend, share: 1.8 },
      ],
      area.indicators.map((indicator) => [
        indicator.code,
        [
          new Paragraph({ children: [new TextRun({ text: indicator.name, size: SMALL })] }),
          ...(indicator.comment
            ? [
                new Paragraph({
                  children: [new TextRun({ text: `${labels.comment}: ${indicator.comment}`, size: 15, italics: true, color: MUTED })],
                }),
              ]
            : []),
          ...(indicator.leadInstitution
            ? [new Paragraph({ children: [new TextRun({ text: `${labels.lead}: ${indicator.leadInstitution}`, size: 14, color: MUTED })] })]
            : []),
        ],
        indicator.value === null ? "–" : `${indicator.value}${indicator.valueIsProvisional ? " *" : ""}`,
        indicator.target ?? "–",
        indicator.statusLabel,
        indicator.trend,
      ]),
    ),
    ...(explained.length > 0 ? [heading(labels.explanations, HeadingLevel.HEADING_2)] : []),
    ...explained.flatMap((indicator) => [
      new Paragraph({
        keepNext: true,
        spacing: { before: 120, after: 60 },
        children: [new TextRun({ text: `${indicator.code} ${indicator.name}`, bold: true })],
      }),
      ...docxMarkdown(indicator.explanation!),
    ]),
  ];
}
