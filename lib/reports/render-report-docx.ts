import fs from "node:fs";
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TableOfContents, TextRun } from "docx";
import { estimatePageNumbers } from "docx/layout";
import { docxAreaSection } from "./docx/docx-area-section";
import { docxCover } from "./docx/docx-cover";
import { docxEvidenceAnnex } from "./docx/docx-evidence-annex";
import { docxMatrixChangesAnnex } from "./docx/docx-matrix-changes-annex";
import { docxMethodologySection } from "./docx/docx-methodology-section";
import { docxOffTrackSection } from "./docx/docx-off-track-section";
import { docxOpenPointsSection } from "./docx/docx-open-points-section";
import { MUTED } from "./docx/docx-parts";
import { docxSummarySection } from "./docx/docx-summary-section";
import type { ReportModel } from "./report-model";
import { REPORT_FONT_FAMILY, REPORT_FONT_FILES } from "./report-fonts";
import { reportSections } from "./report-sections";

/** Word's language tags for the report's languages (spelling, hyphenation, quotes). */
const WORD_LANGUAGES = { en: "en-GB", ro: "ro-RO", ru: "ru-RU", fr: "fr-FR", es: "es-ES" } as const;

const PAGE = { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } };

/**
 * The report as an editable Word document: the same sections as the PDF, with real headings
 * (so Word's navigation and table of contents work), a contents field filled with estimated
 * page numbers (Word refreshes them when it updates fields), tables with repeating header rows,
 * the charts as pictures with their description, and the report font embedded. The sections
 * are made in lib/reports/docx/.
 */
export async function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  const sections = reportSections(model);
  const closing = model.areas.length + 1;
  const body = [
    ...docxSummarySection(model, sections[0]!),
    ...model.areas.flatMap((area, index) => docxAreaSection(area, sections[index + 1]!, model.labels)),
    ...docxOffTrackSection(model, sections[closing]!),
    ...docxOpenPointsSection(model, sections[closing + 1]!),
    ...docxMethodologySection(model, sections[closing + 2]!),
    ...(model.evidenceAnnex.length > 0 ? docxEvidenceAnnex(model, sections[closing + 3]!) : []),
    ...(model.matrixChanges ? docxMatrixChangesAnnex(model.matrixChanges) : []),
  ];
  const cover = docxCover(model);

  const document = new Document({
    creator: "Capacitas",
    title: `${model.title}: ${model.frameworkName}`,
    description: model.labels.documentDescription,
    // Without estimatePageNumbers' `listNumbers`, which reads the whole body once more to number the
    // contents' entries of list-numbered headings: the report's headings carry their number in their text.
    pageNumbers: (body, context) => estimatePageNumbers(body, context),
    features: { updateFields: true },
    // Word picks spelling and hyphenation by the text's language; the runs inherit it from the default style.
    fonts: [
      {
        name: REPORT_FONT_FAMILY,
        data: fs.readFileSync(REPORT_FONT_FILES.regular),
        bold: fs.readFileSync(REPORT_FONT_FILES.bold),
        italic: fs.readFileSync(REPORT_FONT_FILES.italic),
        characterSet: "00",
      },
    ],
    styles: {
      default: {
        document: { run: { font: REPORT_FONT_FAMILY, size: 20, language: { value: WORD_LANGUAGES[model.locale] } } },
        heading1: {
          run: { font: REPORT_FONT_FAMILY, size: 30, bold: true, color: "1F4E8C" },
          paragraph: { spacing: { before: 240, after: 120 }, keepNext: true },
        },
        heading2: {
          run: { font: REPORT_FONT_FAMILY, size: 23, bold: true },
          paragraph: { spacing: { before: 200, after: 100 }, keepNext: true },
        },
      },
    },
    sections: [
      { properties: { page: PAGE }, children: cover },
      {
        properties: { page: PAGE },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: `${model.frameworkCode} · ${model.title}${model.isDemo ? ` · ${model.labels.demoData}` : ""} · `,
                    size: 16,
                    color: MUTED,
                  }),
                  new TextRun({
                    children: [
                      model.labels.pageOf.beforePage,
                      PageNumber.CURRENT,
                      model.labels.pageOf.betweenPages,
                      PageNumber.TOTAL_PAGES,
                      model.labels.pageOf.afterTotal,
                    ],
                    size: 16,
                    color: MUTED,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: model.labels.contents, size: 30, bold: true, color: "1F4E8C" })],
          }),
          new TableOfContents(model.labels.contents, { hyperlink: true, headingStyleRange: "1-1" }),
          // Each level-1 heading starts its own page, so the contents need no page break after them.
          ...body,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
