import { Paragraph, TextRun } from "docx";
import type { ReportArea } from "../report-model";
import type { ReportSection } from "../report-sections";
import { heading, MUTED, paragraph, SMALL, table, type DocxBlock } from "./docx-parts";

/** One area's section: its score sentence and a row per indicator (value, target, status, trend, comment). */
export function docxAreaSection(area: ReportArea, section: ReportSection, yearLabel: string): DocxBlock[] {
  return [
    heading(section.title),
    paragraph(area.sentence),
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
  ];
}
