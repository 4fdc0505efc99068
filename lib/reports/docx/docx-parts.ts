import { AlignmentType, HeadingLevel, ImageRun, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { chartToPng } from "../chart-png";
import type { Chart } from "../chart-primitives";

/** Text width of an A4 page with 2 cm margins, in twentieths of a point. */
const TEXT_WIDTH = 9638;
/** Half-points: 8.5 pt, the size of table text and captions. */
export const SMALL = 17;
export const MUTED = "4A5361";

/** What the body of the document is made of. */
export type DocxBlock = Paragraph | Table;

type Column = { header: string; share: number; align?: "right" };
type Cell = string | number | Paragraph[];

/** A table whose header row repeats on each page; rows do not split across pages. */
export function table(columns: Column[], rows: Cell[][]): Table {
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

/** A chart as a PNG picture with its description, and its caption below. */
export function figure(chart: Chart, caption: string, widthPt: number, description: string): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: "png",
          data: chartToPng(chart),
          transformation: { width: widthPt * (4 / 3), height: ((widthPt * chart.height) / chart.width) * (4 / 3) },
          altText: { name: chart.title, title: chart.title, description: `${chart.title}. ${description}` },
        }),
      ],
    }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun({ text: caption, italics: true, size: SMALL, color: MUTED })] }),
  ];
}

export const paragraph = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(text)] });
/** A heading; each level-1 heading starts a new page. */
export const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) =>
  new Paragraph({ heading: level, pageBreakBefore: level === HeadingLevel.HEADING_1, children: [new TextRun(text)] });
