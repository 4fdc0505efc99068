import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** The indicators off track, most urgent first. */
export function createOffTrackSection({ Text, View }: ReactPdf, { SectionHeading, StatusCell, Table }: PdfParts) {
  return function OffTrackSection({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    const yearLabel = model.year === null ? "" : String(model.year);
    return (
      <View break>
        <SectionHeading id="off-track" title={section.title} record={record} />
        <Text style={styles.p}>{model.offTrackSentence}</Text>
        {model.offTrack.length === 0 ? null : (
          <>
            <Table
              columns={[
                { header: "Code", width: 38 },
                { header: "Indicator", width: 190 },
                { header: "Status", width: 90 },
                { header: `Value ${yearLabel}`.trim(), width: 85 },
                { header: "Target", width: 90 },
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
