import { Paragraph, TextRun } from "docx";
import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import { heading, MUTED, paragraph, SMALL, type DocxBlock } from "./docx-parts";

/** The methodology note, and where and when the report was made. */
export function docxMethodologySection(model: ReportModel, section: ReportSection): DocxBlock[] {
  return [
    heading(section.title),
    ...model.methodology.map((text) => paragraph(text)),
    new Paragraph({
      children: [
        new TextRun({
          text: `${model.labels.generatedBy} ${model.labels.rounded}`,
          size: SMALL,
          color: MUTED,
        }),
      ],
    }),
  ];
}
