import { formatPoints, formatScore } from "@/lib/progress/format-score";
import fs from "node:fs";
import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { estimatePageNumbers } from "docx/layout";
import { formatDate } from "@/lib/indicators/format-value";
import type { ReportModel } from "./report-model";
import { chartToPng } from "./chart-png";
import type { Chart } from "./chart-primitives";
import { REPORT_FONT_FAMILY, REPORT_FONT_FILES } from "./report-fonts";
import { reportSections } from "./report-sections";

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9638;
const SMALL = 17;
const MUTED = "4A5361";

type Column = { header: string; share: number; align?: "right" };
type Cell = string | number | Paragraph[];

/** A table whose header row repeats on each page; rows do not split across pages. */
function table(columns: Column[], rows: Cell[][]): Table {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  const widths = columns.map((column) => Math.round((column.share / total) * TEXT_WIDTH));
  const cell = (content: Cell, index: number, header: boolean) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 70, right: 70 },
      shading: header ? { type: ShadingType.CLEAR, fill: "E8ECF1", color: "auto" } : undefined,
      children: Array.isArray(content)
        ? content
        : [
            new Paragraph({
              alignment: columns[index]!.align === "right" ? AlignmentType.RIGHT : AlignmentType.LEFT,
              children: [new TextRun({ text: String(content), bold: header, size: SMALL })],
            }),
          ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column.header, index, true)) }),
      ...rows.map((cells) => new TableRow({ cantSplit: true, children: cells.map((content, index) => cell(content, index, false)) })),
    ],
  });
}

function figure(chart: Chart, caption: string, widthPt: number): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: chartToPng(chart),
          transformation: { width: widthPt * (4 / 3), height: ((widthPt * chart.height) / chart.width) * (4 / 3) },
          altText: { name: chart.title, title: chart.title, description: `${chart.title}. The table next to it gives the same numbers.` },
        }),
      ],
    }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: caption, italics: true, size: SMALL, color: MUTED })] }),
  ];
}

const paragraph = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, pageBreakBefore: level === HeadingLevel.HEADING_1, children: [new TextRun(text)] });
// The report's dash for "none" is an en dash, as in the PDF.
const points = (value: number | null) => formatPoints(value, "–");
const score = (value: number | null) => formatScore(value, "–");

/**
 * The report as an editable Word document: the same sections as the PDF, with real headings
 * (so Word's navigation and table of contents work), a contents field filled with estimated
 * page numbers (Word refreshes them when it updates fields), tables with repeating header rows,
 * the charts as pictures with their description, and the report font embedded.
 */
export async function renderReportDocx(model: ReportModel): Promise<Uint8Array> {
  const sections = reportSections(model);
  const yearLabel = model.year === null ? "" : String(model.year);
  const compare = model.comparisonYear;
  const areaWord = model.official ? "Domain" : "Area";
  const body: (Paragraph | Table | TableOfContents)[] = [];

  body.push(heading(sections[0]!.title));
  model.summary.paragraphs.forEach((text) => body.push(paragraph(text)));
  body.push(
    table(
      [
        { header: areaWord, share: 4 },
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

  model.areas.forEach((area, index) => {
    body.push(heading(sections[index + 1]!.title));
    body.push(paragraph(area.sentence));
    body.push(
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
    );
  });

  body.push(heading(sections[model.areas.length + 1]!.title));
  body.push(paragraph(model.offTrackSentence));
  if (model.offTrack.length > 0) {
    body.push(
      table(
        [
          { header: "Code", share: 0.8 },
          { header: "Indicator", share: 4 },
          { header: "Status", share: 1.8 },
          { header: `Value ${yearLabel}`.trim(), share: 1.6 },
          { header: "Target", share: 1.6 },
        ],
        model.offTrack.map((indicator) => [
          indicator.code,
          indicator.name,
          indicator.statusLabel,
          indicator.value ?? "–",
          indicator.target ?? "–",
        ]),
      ),
    );
  }

  body.push(heading(sections[model.areas.length + 2]!.title));
  body.push(paragraph(model.openPointsSentence));
  if (model.openPoints.returned.length > 0) {
    body.push(heading("Returned for correction", HeadingLevel.HEADING_2));
    body.push(
      table(
        [
          { header: "Code", share: 0.8 },
          { header: "Indicator", share: 3.5 },
          { header: "Institution", share: 1.2 },
          { header: "Reason", share: 3.5 },
        ],
        model.openPoints.returned.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.reason ?? "–"]),
      ),
    );
  }
  if (model.openPoints.missing.length > 0) {
    body.push(heading(model.openPoints.detailed ? "Without a value" : "Without an approved value", HeadingLevel.HEADING_2));
    body.push(
      table(
        [
          { header: "Code", share: 0.8 },
          { header: "Indicator", share: 6 },
          { header: "Institution", share: 1.6 },
        ],
        model.openPoints.missing.map((entry) => [entry.code, entry.name, entry.institution ?? "–"]),
      ),
    );
  }
  if (model.openPoints.notApproved.length > 0) {
    body.push(heading("Not yet approved", HeadingLevel.HEADING_2));
    body.push(
      table(
        [
          { header: "Code", share: 0.8 },
          { header: "Indicator", share: 5 },
          { header: "Institution", share: 1.3 },
          { header: "Status", share: 1.6 },
        ],
        model.openPoints.notApproved.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.status]),
      ),
    );
  }

  body.push(heading(sections[model.areas.length + 3]!.title));
  model.methodology.forEach((text) => body.push(paragraph(text)));
  body.push(
    new Paragraph({
      children: [
        new TextRun({
          text: `Generated by Capacitas on ${formatDate(model.generatedAt)} from the data of ${model.workspaceName}.`,
          size: SMALL,
          color: MUTED,
        }),
      ],
    }),
  );

  const cover: Paragraph[] = [
    new Paragraph({ spacing: { before: 2800 }, children: [new TextRun({ text: model.workspaceName, size: 22, color: MUTED })] }),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: model.title, size: 52, bold: true, color: "1F4E8C" })] }),
    new Paragraph({ spacing: { before: 200 }, children: [new TextRun({ text: model.frameworkName, size: 30 })] }),
    new Paragraph({
      spacing: { before: 600 },
      children: [
        new TextRun({
          text: model.coverLine,
          size: 22,
          color: MUTED,
        }),
      ],
    }),
    new Paragraph({
      children: [
        new TextRun({
          text: `Prepared for the interministerial working group on ${formatDate(model.generatedAt)}`,
          size: 22,
          color: MUTED,
        }),
      ],
    }),
    ...(model.includeProvisional
      ? [
          new Paragraph({
            spacing: { before: 400 },
            children: [new TextRun({ text: "Includes provisional values, not yet approved (marked *).", bold: true })],
          }),
        ]
      : []),
    ...(model.isDemo
      ? [
          new Paragraph({
            spacing: { before: 400 },
            shading: { type: ShadingType.CLEAR, fill: "FFF4CE", color: "auto" },
            children: [
              new TextRun({
                text: `Demo data: ${model.workspaceName} is a fictional government; every institution, value and comment in this report is invented.`,
              }),
            ],
          }),
        ]
      : []),
  ];

  const document = new Document({
    creator: "Capacitas",
    title: `${model.title}: ${model.frameworkName}`,
    description: `${model.frameworkCode} working-group report`,
    pageNumbers: estimatePageNumbers,
    features: { updateFields: true },
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
        document: { run: { font: REPORT_FONT_FAMILY, size: 20 } },
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
      { properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children: cover },
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({
                    text: `${model.frameworkCode} · ${model.title}${model.isDemo ? " · demo data" : ""} · `,
                    size: 16,
                    color: MUTED,
                  }),
                  new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES], size: 16, color: MUTED }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: "Contents", size: 30, bold: true, color: "1F4E8C" })],
          }),
          new TableOfContents("Contents", { hyperlink: true, headingStyleRange: "1-1" }),
          // Each level-1 heading starts its own page, so the contents need no page break after them.
          ...body,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
