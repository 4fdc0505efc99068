import { Paragraph, ShadingType, TextRun } from "docx";
import type { ReportModel } from "../report-model";
import { MUTED } from "./docx-parts";

/** The cover page: workspace, title, framework, years and date; a warning for provisional values and for demo data. */
export function docxCover(model: ReportModel): Paragraph[] {
  return [
    new Paragraph({ spacing: { before: 2800 }, children: [new TextRun({ text: model.workspaceName, size: 22, color: MUTED })] }),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: model.title, size: 52, bold: true, color: "1F4E8C" })] }),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: model.frameworkName, size: 30 })] }),
    new Paragraph({ spacing: { before: 600 }, children: [new TextRun({ text: model.coverLine, size: 22, color: MUTED })] }),
    new Paragraph({
      children: [
        new TextRun({
          text: model.labels.preparedFor,
          size: 22,
          color: MUTED,
        }),
      ],
    }),
    ...(model.provisionalNote
      ? [
          new Paragraph({
            spacing: { before: 400 },
            shading: { type: ShadingType.CLEAR, fill: "FDECDF", color: "auto" },
            children: [new TextRun({ text: model.provisionalNote, bold: true })],
          }),
        ]
      : []),
    ...(model.includeProvisional
      ? [
          new Paragraph({
            spacing: { before: 400 },
            children: [new TextRun({ text: model.labels.includesProvisional, bold: true })],
          }),
        ]
      : []),
    ...(model.isDemo
      ? [
          new Paragraph({
            spacing: { before: 400 },
            shading: { type: ShadingType.CLEAR, fill: "FFF4CE", color: "auto" },
            children: [new TextRun({ text: model.labels.demoNotice })],
          }),
        ]
      : []),
    ...(model.fallbackNote
      ? [new Paragraph({ spacing: { before: 400 }, children: [new TextRun({ text: model.fallbackNote, size: 18, color: MUTED })] })]
      : []),
  ];
}
