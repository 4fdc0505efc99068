import { formatDate } from "@/lib/indicators/format-value";
import type { ReportModel } from "../report-model";
import { BRAND, MUTED, styles, type ReactPdf } from "./pdf-theme";

/** The cover: workspace, title, framework, years and date; a warning for provisional values and for demo data. */
export function createCoverPage({ Page, Text, View }: ReactPdf) {
  return function CoverPage({ model }: { model: ReportModel }) {
    return (
      <Page size="A4" style={styles.cover}>
        <View style={{ marginTop: 140 }}>
          <Text style={{ fontSize: 11, color: MUTED, marginBottom: 10 }}>{model.workspaceName}</Text>
          <Text style={{ fontSize: 26, fontWeight: 700, color: BRAND, lineHeight: 1.2 }}>{model.title}</Text>
          <Text style={{ fontSize: 15, marginTop: 12, lineHeight: 1.3 }}>{model.frameworkName}</Text>
          <Text style={{ fontSize: 11, marginTop: 30, color: MUTED }}>{model.coverLine}</Text>
          <Text style={{ fontSize: 11, marginTop: 4, color: MUTED }}>
            Prepared for the interministerial working group on {formatDate(model.generatedAt)}
          </Text>
          {model.includeProvisional ? (
            <Text style={[styles.demo, { backgroundColor: "#fdecdf" }]}>Includes provisional values, not yet approved (marked *).</Text>
          ) : null}
          {model.isDemo ? (
            <Text style={styles.demo}>
              Demo data: {model.workspaceName} is a fictional government; every institution, value and comment in this report is invented.
            </Text>
          ) : null}
        </View>
      </Page>
    );
  };
}
