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
          <Text style={{ fontSize: 11, marginTop: 4, color: MUTED }}>{model.labels.preparedFor}</Text>
          {model.provisionalNote ? <Text style={[styles.demo, { backgroundColor: "#fdecdf" }]}>{model.provisionalNote}</Text> : null}
          {model.includeProvisional ? (
            <Text style={[styles.demo, { backgroundColor: "#fdecdf" }]}>{model.labels.includesProvisional}</Text>
          ) : null}
          {model.fallbackNote ? <Text style={{ fontSize: 9, marginTop: 16, color: MUTED }}>{model.fallbackNote}</Text> : null}
          {model.isDemo ? <Text style={styles.demo}>{model.labels.demoNotice}</Text> : null}
        </View>
      </Page>
    );
  };
}
