import type { DiffAnnex } from "@/lib/matrix/diff-sentences";
import type { PdfParts } from "./pdf-parts";
import { bookmark, styles, type ReactPdf } from "./pdf-theme";

/** A table's caption names the indicator it is about: a small bold line, as close to its table as Word's. */
const CAPTION = { ...styles.p, fontWeight: 700, marginTop: 4, marginBottom: 0 } as const;

/** The printable width of an A4 page inside the report's margins, shared by a table's columns. */
const TABLE_WIDTH = 493;

/**
 * The annex on what the version in force changed in the matrix, as the Word report prints it
 * (docx-matrix-changes-annex.ts): its heading, the summary, then each section's sentences and
 * tables, in the report's language (diffSentences). Like Word's, it is not a numbered section.
 */
export function createMatrixChangesAnnex({ Text, View }: ReactPdf, { Table }: PdfParts) {
  return function MatrixChangesAnnex({ annex }: { annex: DiffAnnex }) {
    return (
      <View>
        <Text style={styles.h1} {...bookmark(annex.heading)}>
          {annex.heading}
        </Text>
        {annex.summary.map((paragraph, index) => (
          <Text key={index} style={styles.p}>
            {paragraph}
          </Text>
        ))}
        {annex.sections.map((section, sectionIndex) => (
          <View key={sectionIndex}>
            <Text style={styles.h2} minPresenceAhead={40}>
              {section.heading}
            </Text>
            {section.paragraphs.map((paragraph, index) => (
              <Text key={index} style={styles.p}>
                {paragraph}
              </Text>
            ))}
            {section.tables.map((table, index) => (
              <View key={index}>
                <Text style={CAPTION} minPresenceAhead={30}>
                  {table.caption}
                </Text>
                <Table columns={table.columns.map((header) => ({ header, width: TABLE_WIDTH / table.columns.length }))} rows={table.rows} />
              </View>
            ))}
          </View>
        ))}
      </View>
    );
  };
}
