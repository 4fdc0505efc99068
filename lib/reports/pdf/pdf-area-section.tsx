import type { ReportArea, ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfMarkdown } from "./pdf-markdown";
import type { PdfParts } from "./pdf-parts";
import { MUTED, styles, type PageMap, type ReactPdf } from "./pdf-theme";

/**
 * One area's section: its score sentence, the secretariat's analysis, a row per indicator (value,
 * target, status, trend, comment) and the institutions' explanations after the table.
 */
export function createAreaSection({ Text, View }: ReactPdf, { SectionHeading, StatusCell, Table }: PdfParts, Markdown: PdfMarkdown) {
  return function AreaSection(props: { area: ReportArea; section: ReportSection; labels: ReportModel["labels"]; record: PageMap }) {
    const { area, section, labels, record } = props;
    return (
      <View>
        <SectionHeading id={section.id} title={section.title} record={record} />
        <Text style={styles.p}>{area.sentence}</Text>
        {area.analysis ? <Markdown blocks={area.analysis} /> : null}
        <Table
          columns={[
            { header: labels.code, width: 38 },
            { header: labels.indicator, width: 165 },
            { header: labels.value, width: 70 },
            { header: labels.target, width: 66 },
            { header: labels.status, width: 72 },
            { header: labels.trend, width: 88 },
          ]}
          rows={area.indicators.map((indicator) => [
            indicator.code,
            <View key="name">
              <Text style={{ fontSize: 8, lineHeight: 1.3 }}>{indicator.name}</Text>
              {indicator.comment ? (
                <Text style={{ fontSize: 7.5, lineHeight: 1.3, color: MUTED, fontStyle: "italic" }}>
                  {labels.comment}: {indicator.comment}
                </Text>
              ) : null}
              {indicator.leadInstitution ? (
                <Text style={{ fontSize: 7, lineHeight: 1.3, color: MUTED }}>
                  {labels.lead}: {indicator.leadInstitution}
                </Text>
              ) : null}
            </View>,
            indicator.value === null ? "–" : `${indicator.value}${indicator.valueIsProvisional ? " *" : ""}`,
            indicator.target ?? "–",
            <StatusCell key="status" status={indicator.status} label={indicator.statusLabel} />,
            indicator.trend,
          ])}
        />
        {area.indicators.some((indicator) => indicator.explanation) ? <Text style={styles.h2}>{labels.explanations}</Text> : null}
        {area.indicators.map((indicator) =>
          indicator.explanation ? (
            <View key={indicator.code}>
              <Text style={{ ...styles.p, fontWeight: 700, marginBottom: 2 }}>
                {indicator.code} {indicator.name}
              </Text>
              <Markdown blocks={indicator.explanation} />
            </View>
          ) : null,
        )}
      </View>
    );
  };
}
