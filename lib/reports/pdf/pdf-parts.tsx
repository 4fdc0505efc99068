import type { ReactNode } from "react";
import type { ProgressStatus } from "@/lib/progress/progress-status";
import { createPdfChart } from "./pdf-chart";
import { bookmark, STATUS_COLOURS, styles, type PageMap, type ReactPdf } from "./pdf-theme";

export type PdfColumn = { header: string; width: number; align?: "right" };

/** The pieces every section of the PDF is made of: charts, tables, status cells and headings. */
export function createPdfParts(pdf: ReactPdf) {
  const { Text, View } = pdf;

  /** A table whose header row repeats on every page it runs over; rows never split. */
  function Table({ columns, rows }: { columns: PdfColumn[]; rows: ReactNode[][] }) {
    return (
      <View style={styles.table}>
        <View style={[styles.tr, styles.th]} fixed>
          {columns.map((column) => (
            <Text key={column.header} style={[styles.td, { width: column.width, fontWeight: 700, textAlign: column.align ?? "left" }]}>
              {column.header}
            </Text>
          ))}
        </View>
        {rows.map((cells, rowIndex) => (
          <View key={rowIndex} style={styles.tr} wrap={false}>
            {/* A text cell is one <Text> rather than a <View> around it: fewer nodes for react-pdf to lay out again at each page. */}
            {cells.map((content, index) =>
              typeof content === "string" || typeof content === "number" ? (
                <Text key={index} style={[styles.td, { width: columns[index]!.width, textAlign: columns[index]!.align ?? "left" }]}>
                  {content}
                </Text>
              ) : (
                <View key={index} style={[styles.td, { width: columns[index]!.width }]}>
                  {content}
                </View>
              ),
            )}
          </View>
        ))}
      </View>
    );
  }

  function StatusCell({ status, label }: { status: ProgressStatus; label: string }) {
    return (
      <View style={{ flexDirection: "row", alignItems: "flex-start" }}>
        <View style={{ width: 6, height: 6, marginTop: 2, marginRight: 3, backgroundColor: STATUS_COLOURS[status] }} />
        <Text style={{ fontSize: 8, lineHeight: 1.3, flex: 1 }}>{label}</Text>
      </View>
    );
  }

  /**
   * A heading that records the page it lands on, for the table of contents, and links to itself.
   * The recording is an empty text beside the heading rather than the heading's own render prop:
   * react-pdf measures a render-prop text as empty before it renders it, and the height it then
   * gains squeezed every line of a section's first page when the section ran over several pages.
   */
  function SectionHeading({ id, title, record }: { id: string; title: string; record: PageMap }) {
    return (
      <View wrap={false} minPresenceAhead={80}>
        <Text id={id} style={styles.h1} {...bookmark(title)}>
          {title}
        </Text>
        <Text
          style={styles.pageRecorder}
          render={({ pageNumber }) => {
            record[id] = pageNumber;
            return "";
          }}
        />
      </View>
    );
  }

  return { PdfChart: createPdfChart(pdf), Table, StatusCell, SectionHeading };
}

export type PdfParts = ReturnType<typeof createPdfParts>;
