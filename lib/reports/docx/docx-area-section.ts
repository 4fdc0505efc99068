import { HeadingLevel, Paragraph, TextRun } from "docx";
import type { ReportArea } from "../report-model";
import type { ReportSection } from "../report-sections";
import { docxMarkdown } from "./docx-markdown";
import { heading, MUTED, paragraph, SMALL, table, type DocxBlock } from "./docx-parts";

/**
 * One area's section: its score sentence, the secretariat's analysis, a row per indicator (value,
 * target, status, trend, comment) and the institutions' explanations after the table.
 */
export function docxAreaSection(area: ReportArea, section: ReportSection, yearLabel: string): DocxBlock[] {
  const explained = area.indicators.filter((indicator) => indicator.explanation);
  return [
    heading(section.title),
    paragraph(area.sentence),
    ...(area.analysis ? docxMarkdown(area.analysis) : []),
    table(
      [
        { header: "Code", share: 0.8 },
        { header: "Indicator", share: 3.6 },
        { header: `Value ${yearLabel}`.trim(), share: 1.5 },
        { header: "Target", share: 1.4 },
        { header: "Status", share: 1.5 },
        { header: "Trend", share: 1.8 },
      ],
      area.indicators.map((indicator) => [
        indicator.code,
        [
          new Paragraph({ children: [new TextRun({ text: indicator.name, size: SMALL })] }),
          ...(indicator.comment
            ? [
                new Paragraph({
                  children: [new TextRun({ text: `Comment: ${indicator.comment}`, size: 15, italics: true, color: MUTED })],
                }),
              ]
            : []),
          ...(indicator.leadInstitution
            ? [new Paragraph({ children: [new TextRun({ text: `Lead: ${indicator.leadInstitution}`, size: 14, color: MUTED })] })]
            : []),
        ],
        indicator.value === null ? "–" : `${indicator.value}${indicator.valueIsProvisional ? " *" : ""}`,
        indicator.target ?? "–",
        indicator.statusLabel,
        indicator.trend,
      ]),
    ),
    ...(explained.length > 0 ? [heading("Explanations by the reporting institutions", HeadingLevel.HEADING_2)] : []),
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
