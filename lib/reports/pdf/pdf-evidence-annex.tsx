import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** The annex of evidence: each value's files with their type, size, who attached them and when. */
export function createEvidenceAnnex({ Text, View }: ReactPdf, { SectionHeading, Table }: PdfParts) {
  return function EvidenceAnnex({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    return (
      <View break>
        <SectionHeading id={section.id} title={section.title} record={record} />
        <Text style={styles.p}>
          The files attached to the {model.year} values, as kept in Capacitas; each can be downloaded from its value&apos;s page.
        </Text>
        <Table
          columns={[
            { header: "Indicator", width: 120 },
            { header: "File", width: 160 },
            { header: "Type", width: 40 },
            { header: "Size", width: 50, align: "right" },
            { header: "Attached by", width: 70 },
            { header: "On", width: 59 },
          ]}
          rows={model.evidenceAnnex.flatMap((value) =>
            value.files.map((file) => [`${value.indicatorCode} ${value.breakdown}`, file.name, file.type, file.size, file.who, file.when]),
          )}
        />
      </View>
    );
  };
}
