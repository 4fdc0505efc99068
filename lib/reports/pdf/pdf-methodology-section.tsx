import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** The methodology note, and where and when the report was made. */
export function createMethodologySection({ Text, View }: ReactPdf, { SectionHeading }: PdfParts) {
  return function MethodologySection({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    return (
      <View>
        <SectionHeading id="methodology" title={section.title} record={record} />
        {model.methodology.map((paragraph) => (
          <Text key={paragraph} style={styles.p}>
            {paragraph}
          </Text>
        ))}
        <Text style={styles.muted}>
          {model.labels.generatedBy} {model.labels.rounded}
        </Text>
      </View>
    );
  };
}
