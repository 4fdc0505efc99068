import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** The open points of the year: values returned for correction, missing, and not yet approved. */
export function createOpenPointsSection({ Text, View }: ReactPdf, { SectionHeading, Table }: PdfParts) {
  return function OpenPointsSection({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    const { openPoints } = model;
    return (
      <View break>
        <SectionHeading id="open-points" title={section.title} record={record} />
        <Text style={styles.p}>{model.openPointsSentence}</Text>
        {openPoints.returned.length > 0 ? (
          <>
            <Text style={styles.h2}>Returned for correction</Text>
            <Table
              columns={[
                { header: "Code", width: 38 },
                { header: "Indicator", width: 200 },
                { header: "Institution", width: 60 },
                { header: "Reason", width: 195 },
              ]}
              rows={openPoints.returned.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.reason ?? "–"])}
            />
          </>
        ) : null}
        {openPoints.missing.length > 0 ? (
          <>
            <Text style={styles.h2}>{openPoints.detailed ? "Without a value" : "Without an approved value"}</Text>
            <Table
              columns={[
                { header: "Code", width: 38 },
                { header: "Indicator", width: 355 },
                { header: "Institution", width: 100 },
              ]}
              rows={openPoints.missing.map((entry) => [entry.code, entry.name, entry.institution ?? "–"])}
            />
          </>
        ) : null}
        {openPoints.notApproved.length > 0 ? (
          <>
            <Text style={styles.h2}>Not yet approved</Text>
            <Table
              columns={[
                { header: "Code", width: 38 },
                { header: "Indicator", width: 285 },
                { header: "Institution", width: 70 },
                { header: "Status", width: 100 },
              ]}
              rows={openPoints.notApproved.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.status])}
            />
          </>
        ) : null}
      </View>
    );
  };
}
