import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import type { PdfMarkdown } from "./pdf-markdown";
import { points, score, type PdfParts } from "./pdf-parts";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

/** Section 1: the secretariat's summary (when written), the summary's paragraphs, the table of area scores, the two charts and reporting by institution. */
export function createSummarySection({ Text, View }: ReactPdf, { PdfChart, SectionHeading, Table }: PdfParts, Markdown: PdfMarkdown) {
  return function SummarySection({ model, section, record }: { model: ReportModel; section: ReportSection; record: PageMap }) {
    const yearLabel = model.year === null ? "" : String(model.year);
    const compare = model.comparisonYear;
    return (
      <View break>
        <SectionHeading id="summary" title={section.title} record={record} />
        {model.summaryNarrative ? <Markdown blocks={model.summaryNarrative} /> : null}
        {model.summary.paragraphs.map((paragraph) => (
          <Text key={paragraph} style={styles.p}>
            {paragraph}
          </Text>
        ))}
        <Table
          columns={[
            { header: model.official ? "Domain" : "Area", width: model.official ? 190 : 260 },
            ...(compare === null ? [] : [{ header: String(compare), width: 55, align: "right" as const }]),
            { header: yearLabel || "Score", width: 55, align: "right" },
            ...(compare === null ? [] : [{ header: "Change (points)", width: 70, align: "right" as const }]),
            ...(model.official ? [{ header: "Category", width: 110 }] : []),
          ]}
          rows={model.summary.scores.map((row) => [
            row.code === "_T" ? "All areas" : `${row.code} ${row.name}`,
            ...(compare === null ? [] : [score(row.previous)]),
            score(row.current),
            ...(compare === null ? [] : [points(row.change)]),
            ...(model.official ? [row.category ?? "–"] : []),
          ])}
        />
        <View style={styles.figure} wrap={false}>
          <PdfChart chart={model.charts.areaScores} />
          <Text style={styles.caption}>Figure 1. {model.charts.areaScores.title}. The table above gives the same numbers.</Text>
        </View>
        <View style={styles.figure} wrap={false}>
          <PdfChart chart={model.charts.overall} width={440} />
          <Text style={styles.caption}>Figure 2. {model.charts.overall.title}.</Text>
        </View>
        {model.summary.completeness ? (
          <View wrap={false}>
            <Text style={styles.h2}>Reporting by institution, {yearLabel}</Text>
            <Table
              columns={[
                { header: "Institution", width: 205 },
                { header: "Assigned", width: 48, align: "right" },
                { header: "Approved", width: 48, align: "right" },
                { header: "Submitted", width: 50, align: "right" },
                { header: "Returned", width: 48, align: "right" },
                { header: "Missing", width: 45, align: "right" },
                { header: "% approved", width: 55, align: "right" },
              ]}
              rows={model.summary.completeness.institutions.map((institution) => [
                `${institution.code} ${institution.name}`,
                institution.counts.assigned,
                institution.counts.approved,
                institution.counts.submitted,
                institution.counts.returned,
                institution.counts.missing,
                `${institution.counts.percentApproved} %`,
              ])}
            />
          </View>
        ) : null}
      </View>
    );
  };
}
