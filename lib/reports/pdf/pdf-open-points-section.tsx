import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** The open points of the year: values returned for correction, missing, and not yet approved. */
export function createOpenPointsSection({ Text, View }: ReactPdf, { SectionHeading, Table }: PdfParts) {
  return function OpenPointsSection({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    const { openPoints, labels } = model;
    return (
      <View>
        <SectionHeading id="open-points" title={section.title} record={record} />
        <Text style={styles.p}>{model.openPointsSentence}</Text>
        {openPoints.returned.length > 0 ? (
          <>
            <Text style={styles.h2}>{labels.returnedForCorrection}</Text>
            <Table
              columns={[
                { header: labels.code, width: 38 },
                { header: labels.indicator, width: 200 },
                { header: labels.institution, width: 60 },
                { header: labels.reason, width: 195 },
              ]}
              rows={openPoints.returned.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.reason ?? "–"])}
            />
          </>
        ) : null}
        {openPoints.missing.length > 0 ? (
          <>
            <Text style={styles.h2}>{labels.withoutValue}</Text>
            <Table
              columns={[
                { header: labels.code, width: 38 },
                { header: labels.indicator, width: 355 },
                { header: labels.institution, width: 100 },
              ]}
              rows={openPoints.missing.map((entry) => [entry.code, entry.name, entry.institution ?? "–"])}
            />
          </>
        ) : null}
        {openPoints.notApproved.length > 0 ? (
          <>
            <Text style={styles.h2}>{labels.notYetApproved}</Text>
            <Table
              columns={[
                { header: labels.code, width: 38 },
                { header: labels.indicator, width: 285 },
                { header: labels.institution, width: 70 },
                { header: labels.status, width: 100 },
              ]}
              rows={openPoints.notApproved.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.status])}
            />
          </>
        ) : null}
      </View>
    );
  };
}
