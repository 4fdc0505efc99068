import type { ReportArea } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfParts } from "./pdf-parts";
import { MUTED, styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** One area's section: its score sentence and a row per indicator (value, target, status, trend, comment). */
export function createAreaSection({ Text, View }: ReactPdf, { SectionHeading, StatusCell, Table }: PdfParts) {
  return function AreaSection(props: { area: ReportArea; section: ReportSection; yearLabel: string; record: PageMap }) {
    const { area, section, yearLabel, record } = props;
    return (
      <View break>
        <SectionHeading id={section.id} title={section.title} record={record} />
        <Text style={styles.p}>{area.sentence}</Text>
        <Table
          columns={[
            { header: "Code", width: 38 },
            { header: "Indicator", width: 165 },
            { header: `Value ${yearLabel}`.trim(), width: 70 },
            { header: "Target", width: 66 },
            { header: "Status", width: 72 },
            { header: "Trend", width: 88 },
          ]}
          rows={area.indicators.map((indicator) => [
            indicator.code,
            <View key="name">
              <Text style={{ fontSize: 8, lineHeight: 1.3 }}>{indicator.name}</Text>
              {indicator.comment ? (
                <Text style={{ fontSize: 7.5, lineHeight: 1.3, color: MUTED, fontStyle: "italic" }}>Comment: {indicator.comment}</Text>
              ) : null}
              {indicator.leadInstitution ? (
                <Text style={{ fontSize: 7, lineHeight: 1.3, color: MUTED }}>Lead: {indicator.leadInstitution}</Text>
              ) : null}
            </View>,
            indicator.value === null ? "–" : `${indicator.value}${indicator.valueIsProvisional ? " *" : ""}`,
            indicator.target ?? "–",
            <StatusCell key="status" status={indicator.status} label={indicator.statusLabel} />,
            indicator.trend,
          ])}
        />
      </View>
    );
  };
}
