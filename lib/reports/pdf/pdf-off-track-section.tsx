import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** The indicators off track, most urgent first. */
export function createOffTrackSection({ Text, View }: ReactPdf, { SectionHeading, StatusCell, Table }: PdfParts) {
  return function OffTrackSection({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    const { labels } = model;
    return (
      <View>
        <SectionHeading id="off-track" title={section.title} record={record} />
        <Text style={styles.p}>{model.offTrackSentence}</Text>
        {model.offTrack.length === 0 ? null : (
          <>
            <Table
              columns={[
                { header: labels.code, width: 38 },
                { header: labels.indicator, width: 190 },
                { header: labels.status, width: 90 },
                { header: labels.value, width: 85 },
                { header: labels.target, width: 90 },
              ]}
              rows={model.offTrack.map((indicator) => [
                indicator.code,
                indicator.name,
                <StatusCell key="status" status={indicator.status} label={indicator.statusLabel} />,
                indicator.value ?? "–",
                indicator.target ?? "–",
              ])}
            />
          </>
        )}
      </View>
    );
  };
}
