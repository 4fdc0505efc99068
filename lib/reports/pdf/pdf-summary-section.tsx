import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfMarkdown } from "./pdf-markdown";
import { reportPercent, reportPoints, reportScore } from "../report-messages";
import type { PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** Section 1: the secretariat's summary (when written), the summary's paragraphs, the table of area scores, the two charts and reporting by institution. */
export function createSummarySection({ Text, View }: ReactPdf, { PdfChart, SectionHeading, Table }: PdfParts, Markdown: PdfMarkdown) {
  return function SummarySection({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    const { labels, locale } = model;
    const compare = model.comparisonYear;
    const score = (value: number | null) => reportScore(value, locale);
    return (
      <View>
        <SectionHeading id="summary" title={section.title} record={record} />
        {model.provisionalNote ? <Text style={[styles.p, { fontWeight: 700 }]}>{model.provisionalNote}</Text> : null}
        {model.summaryNarrative ? <Markdown blocks={model.summaryNarrative} /> : null}
        {model.summary.paragraphs.map((paragraph) => (
          <Text key={paragraph} style={styles.p}>
            {paragraph}
          </Text>
        ))}
        <Table
          columns={[
            { header: labels.area, width: model.official ? 190 : 260 },
            ...(compare === null ? [] : [{ header: String(compare), width: 55, align: "right" as const }]),
            { header: labels.scoreColumn, width: 55, align: "right" },
            ...(compare === null ? [] : [{ header: labels.change, width: 70, align: "right" as const }]),
            ...(model.official ? [{ header: labels.category, width: 110 }] : []),
          ]}
          rows={model.summary.scores.map((row) => [
            row.code === "_T" ? row.name : `${row.code} ${row.name}`,
            ...(compare === null ? [] : [score(row.previous)]),
            score(row.current),
            ...(compare === null ? [] : [reportPoints(row.change, locale)]),
            ...(model.official ? [row.category ?? "–"] : []),
          ])}
        />
        <View style={styles.figure} wrap={false}>
          <PdfChart chart={model.charts.areaScores} />
          <Text style={styles.caption}>{labels.figureAreaScores}</Text>
        </View>
        <View style={styles.figure} wrap={false}>
          <PdfChart chart={model.charts.overall} width={440} />
          <Text style={styles.caption}>{labels.figureOverall}</Text>
        </View>
        {model.summary.completeness ? (
          <View wrap={false}>
            <Text style={styles.h2}>{labels.reportingByInstitution}</Text>
            <Table
              columns={[
                { header: labels.institution, width: 205 },
                { header: labels.assigned, width: 48, align: "right" },
                { header: labels.approved, width: 48, align: "right" },
                { header: labels.submitted, width: 50, align: "right" },
                { header: labels.returned, width: 48, align: "right" },
                { header: labels.missing, width: 45, align: "right" },
                { header: labels.percentApproved, width: 55, align: "right" },
              ]}
              rows={model.summary.completeness.institutions.map((institution) => [
                `${institution.code} ${institution.name}`,
                institution.counts.assigned,
                institution.counts.approved,
                institution.counts.submitted,
                institution.counts.returned,
                institution.counts.missing,
                reportPercent(institution.counts.percentApproved, locale),
              ])}
            />
          </View>
        ) : null}
      </View>
    );
  };
}
