import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** The annex of evidence: each value's files with their type, size, who attached them and when. */
export function createEvidenceAnnex({ Text, View }: ReactPdf, { SectionHeading, Table }: PdfParts) {
  return function EvidenceAnnex({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    return (
      <View>
        <SectionHeading id={section.id} title={section.title} record={record} />
        <Text style={styles.p}>{model.labels.evidenceIntro}</Text>
        <Table
          columns={[
            { header: model.labels.indicator, width: 120 },
            { header: model.labels.file, width: 160 },
            { header: model.labels.type, width: 40 },
            { header: model.labels.size, width: 50, align: "right" },
            { header: model.labels.attachedBy, width: 70 },
            { header: model.labels.attachedOn, width: 59 },
          ]}
          rows={model.evidenceAnnex.flatMap((value) =>
            value.files.map((file) => [`${value.indicatorCode} ${value.breakdown}`, file.name, file.type, file.size, file.who, file.when]),
          )}
        />
      </View>
    );
  };
}
