import { formatPoints, formatScore } from "@/lib/progress/format-score";
import type { ReactNode } from "react";
import { formatDate } from "@/lib/indicators/format-value";
import type { ProgressStatus } from "@/lib/progress/progress-status";
import type { ReportModel } from "./report-model";
import { INK, type Chart } from "./chart-primitives";
import { REPORT_FONT_FILES } from "./report-fonts";
import { reportSections } from "./report-sections";

type ReactPdf = typeof import("@react-pdf/renderer");
type PageMap = Record<string, number>;

const FAMILY = "PublicSans";
let fontsRegistered = false;
function registerFonts({ Font }: ReactPdf) {
  if (fontsRegistered) return;
  Font.register({
    family: FAMILY,
    fonts: [
      { src: REPORT_FONT_FILES.regular, fontWeight: 400 },
      { src: REPORT_FONT_FILES.italic, fontWeight: 400, fontStyle: "italic" },
      { src: REPORT_FONT_FILES.bold, fontWeight: 700 },
    ],
  });
  // English hyphenation rules would cut Romanian (and other) words wrongly: break at spaces only.
  Font.registerHyphenationCallback((word) => [word]);
  fontsRegistered = true;
}

const BRAND = "#1f4e8c";
const MUTED = "#4a5361";
const RULE = "#cdd3db";

// Every lineHeight sits next to its fontSize: react-pdf resolves a unitless lineHeight against
// the same style's fontSize (default 18), not the inherited one.
const styles = {
  page: { fontFamily: FAMILY, fontSize: 9.5, color: INK, paddingTop: 48, paddingBottom: 60, paddingHorizontal: 48 },
  cover: { fontFamily: FAMILY, color: INK, padding: 64 },
  h1: { fontSize: 15, fontWeight: 700, color: BRAND, marginBottom: 8 },
  h2: { fontSize: 11.5, fontWeight: 700, marginTop: 12, marginBottom: 5 },
  p: { fontSize: 9.5, lineHeight: 1.45, marginBottom: 6 },
  muted: { fontSize: 8.5, lineHeight: 1.4, color: MUTED },
  tocRow: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: RULE, paddingVertical: 3 },
  // An explicit height keeps react-pdf from growing a fixed footer page after page (its issue #3416).
  footer: { position: "absolute", bottom: 26, left: 48, right: 48, height: 12, fontSize: 8, color: MUTED, flexDirection: "row" },
  table: { marginTop: 4, marginBottom: 8 },
  tr: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: RULE },
  th: { backgroundColor: "#e8ecf1", fontWeight: 700 },
  td: { paddingVertical: 3, paddingHorizontal: 3, fontSize: 8, lineHeight: 1.3 },
  figure: { marginVertical: 6 },
  caption: { fontSize: 8, lineHeight: 1.3, color: MUTED, marginTop: 2 },
  demo: { fontSize: 9, lineHeight: 1.4, backgroundColor: "#fff4ce", padding: 6, marginTop: 16 },
} as const;

const STATUS_COLOURS: Record<ProgressStatus, string> = {
  target_achieved: "#146c2e",
  on_track: "#4d9a5f",
  acceleration_needed: "#d9a400",
  limited_progress: "#e07b39",
  deterioration: "#b42318",
  not_available: "#c4cad3",
};

// `bookmark` (the PDF outline) works on any element but is typed on <Page> only.
const bookmark = (title: string) => ({ bookmark: { title, fit: true } }) as object;

/**
 * The document's components. @react-pdf/renderer is an ES module that must be loaded with
 * import() from our CommonJS-compiled code (a plain import would be turned into require()),
 * so the components are made once it is loaded.
 */
function createReportDocument(pdf: ReactPdf) {
  const { Circle, Document, Line, Link, Page, Path, Rect, Svg, Text, View } = pdf;

  function ChartSvg({ chart, width = 495 }: { chart: Chart; width?: number }) {
    return (
      <Svg width={width} height={(width * chart.height) / chart.width} viewBox={`0 0 ${chart.width} ${chart.height}`}>
        {chart.primitives.map((primitive, index) => {
          switch (primitive.kind) {
            case "rect":
              return (
                <Rect key={index} x={primitive.x} y={primitive.y} width={primitive.width} height={primitive.height} fill={primitive.fill} />
              );
            case "line":
              return (
                <Line
                  key={index}
                  x1={primitive.x1}
                  y1={primitive.y1}
                  x2={primitive.x2}
                  y2={primitive.y2}
                  stroke={primitive.stroke}
                  strokeWidth={primitive.strokeWidth}
                  strokeDasharray={primitive.dash}
                />
              );
            case "path":
              return (
                <Path
                  key={index}
                  d={primitive.d}
                  stroke={primitive.stroke}
                  strokeWidth={primitive.strokeWidth}
                  fill="none"
                  strokeDasharray={primitive.dash}
                />
              );
            case "circle":
              return <Circle key={index} cx={primitive.cx} cy={primitive.cy} r={primitive.r} fill={primitive.fill} />;
            case "text":
              return (
                <Text
                  key={index}
                  x={primitive.x}
                  y={primitive.y}
                  textAnchor={primitive.anchor ?? "start"}
                  fill={primitive.fill ?? INK}
                  style={{ fontSize: primitive.size, fontFamily: FAMILY, fontWeight: primitive.bold ? 700 : 400 }}
                >
                  {primitive.text}
                </Text>
              );
          }
        })}
      </Svg>
    );
  }

  type Column = { header: string; width: number; align?: "right" };

  /** A table whose header row repeats on every page it runs over; rows never split. */
  function Table({ columns, rows }: { columns: Column[]; rows: ReactNode[][] }) {
    return (
      <View style={styles.table}>
        <View style={[styles.tr, styles.th]} fixed>
          {columns.map((column) => (
            <Text key={column.header} style={[styles.td, { width: column.width, fontWeight: 700, textAlign: column.align ?? "left" }]}>
              {column.header}
            </Text>
          ))}
        </View>
        {rows.map((cells, rowIndex) => (
          <View key={rowIndex} style={styles.tr} wrap={false}>
            {cells.map((content, index) => (
              <View key={index} style={[styles.td, { width: columns[index]!.width }]}>
                {typeof content === "string" || typeof content === "number" ? (
                  <Text style={{ fontSize: 8, lineHeight: 1.3, textAlign: columns[index]!.align ?? "left" }}>{content}</Text>
                ) : (
                  content
                )}
              </View>
            ))}
          </View>
        ))}
      </View>
    );
  }

  function StatusCell({ status, label }: { status: ProgressStatus; label: string }) {
    return (
      <View style={{ flexDirection: "row", alignItems: "flex-start" }}>
        <View style={{ width: 6, height: 6, marginTop: 2, marginRight: 3, backgroundColor: STATUS_COLOURS[status] }} />
        <Text style={{ fontSize: 8, lineHeight: 1.3, flex: 1 }}>{label}</Text>
      </View>
    );
  }

  const points = (value: number | null) => formatPoints(value, "–");
  const score = (value: number | null) => formatScore(value, "–");

  /** A heading that records the page it lands on, for the table of contents, and links to itself. */
  function SectionHeading({ id, title, record }: { id: string; title: string; record: PageMap }) {
    return (
      <Text
        id={id}
        style={styles.h1}
        minPresenceAhead={80}
        {...bookmark(title)}
        render={({ pageNumber }) => {
          record[id] = pageNumber;
          return title;
        }}
      />
    );
  }

  function ReportDocument({ model, toc, record, printed }: { model: ReportModel; toc: PageMap; record: PageMap; printed: PageMap }) {
    const sections = reportSections(model);
    const yearLabel = model.year === null ? "" : String(model.year);
    const compare = model.comparisonYear;
    const areaWord = model.official ? "Domain" : "Area";
    return (
      <Document
        title={`${model.title}: ${model.frameworkName}`}
        author="Capacitas"
        subject={model.frameworkName}
        language="en"
        creator="Capacitas"
      >
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
        <Page size="A4" style={styles.page}>
          <Text style={styles.h1} {...bookmark("Contents")}>
            Contents
          </Text>
          {sections.map((section) => (
            <Link key={section.id} src={`#${section.id}`} style={{ textDecoration: "none", color: INK }}>
              <View style={styles.tocRow}>
                <Text style={{ flexGrow: 1, fontSize: 10.5 }}>{section.title}</Text>
                {/* Re-run in react-pdf's last pass, after every heading recorded its page. */}
                <Text
                  style={{ width: 30, fontSize: 10.5, textAlign: "right" }}
                  render={() => {
                    const page = toc[section.id] ?? record[section.id];
                    printed[section.id] = page ?? 0;
                    // A placeholder of two digits keeps room for the number in the first layout pass.
                    return page ? String(page) : "00";
                  }}
                />
              </View>
            </Link>
          ))}

          <View break>
            <SectionHeading id="summary" title={sections[0]!.title} record={record} />
            {model.summary.paragraphs.map((paragraph) => (
              <Text key={paragraph} style={styles.p}>
                {paragraph}
              </Text>
            ))}
            <Table
              columns={[
                { header: areaWord, width: model.official ? 190 : 260 },
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
              <ChartSvg chart={model.charts.areaScores} />
              <Text style={styles.caption}>Figure 1. {model.charts.areaScores.title}. The table above gives the same numbers.</Text>
            </View>
            <View style={styles.figure} wrap={false}>
              <ChartSvg chart={model.charts.overall} width={440} />
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

          {model.areas.map((area, index) => {
            const section = sections[index + 1]!;
            return (
              <View key={area.code} break>
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
                        <Text style={{ fontSize: 7.5, lineHeight: 1.3, color: MUTED, fontStyle: "italic" }}>
                          Comment: {indicator.comment}
                        </Text>
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
          })}

          <View break>
            <SectionHeading id="off-track" title={sections[model.areas.length + 1]!.title} record={record} />
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

          <View break>
            <SectionHeading id="open-points" title={sections[model.areas.length + 2]!.title} record={record} />
            <Text style={styles.p}>{model.openPointsSentence}</Text>
            {model.openPoints.returned.length > 0 ? (
              <>
                <Text style={styles.h2}>Returned for correction</Text>
                <Table
                  columns={[
                    { header: "Code", width: 38 },
                    { header: "Indicator", width: 200 },
                    { header: "Institution", width: 60 },
                    { header: "Reason", width: 195 },
                  ]}
                  rows={model.openPoints.returned.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.reason ?? "–"])}
                />
              </>
            ) : null}
            {model.openPoints.missing.length > 0 ? (
              <>
                <Text style={styles.h2}>{model.openPoints.detailed ? "Without a value" : "Without an approved value"}</Text>
                <Table
                  columns={[
                    { header: "Code", width: 38 },
                    { header: "Indicator", width: 355 },
                    { header: "Institution", width: 100 },
                  ]}
                  rows={model.openPoints.missing.map((entry) => [entry.code, entry.name, entry.institution ?? "–"])}
                />
              </>
            ) : null}
            {model.openPoints.notApproved.length > 0 ? (
              <>
                <Text style={styles.h2}>Not yet approved</Text>
                <Table
                  columns={[
                    { header: "Code", width: 38 },
                    { header: "Indicator", width: 285 },
                    { header: "Institution", width: 70 },
                    { header: "Status", width: 100 },
                  ]}
                  rows={model.openPoints.notApproved.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.status])}
                />
              </>
            ) : null}
          </View>

          <View break>
            <SectionHeading id="methodology" title={sections[model.areas.length + 3]!.title} record={record} />
            {model.methodology.map((paragraph) => (
              <Text key={paragraph} style={styles.p}>
                {paragraph}
              </Text>
            ))}
            <Text style={styles.muted}>
              Generated by Capacitas on {formatDate(model.generatedAt)} from the data of {model.workspaceName}. Figures are rounded to one
              decimal.
            </Text>
          </View>

          <View style={styles.footer} fixed>
            <Text style={{ flexGrow: 1 }}>
              {model.frameworkCode} · {model.title}
              {model.isDemo ? " · demo data" : ""}
            </Text>
            <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
          </View>
        </Page>
      </Document>
    );
  }

  return ReportDocument;
}

/**
 * The report as a PDF (A4): cover, contents with page numbers and links, the summary with
 * its charts (vector), one section per area, the indicators off track, open points and the
 * method; "Page n of N" on every page and a PDF outline. The contents' page numbers come from
 * where the headings actually landed: checked after rendering, and rendered again with the
 * recorded numbers in the rare case they differ.
 */
export async function renderReportPdf(model: ReportModel): Promise<Uint8Array> {
  const pdf = await import("@react-pdf/renderer");
  registerFonts(pdf);
  const ReportDocument = createReportDocument(pdf);
  let toc: PageMap = {};
  const ids = reportSections(model).map((section) => section.id);
  for (let pass = 1; pass <= 3; pass += 1) {
    const record: PageMap = {};
    const printed: PageMap = {};
    const buffer = await pdf.renderToBuffer(<ReportDocument model={model} toc={toc} record={record} printed={printed} />);
    if (ids.every((id) => record[id] !== undefined && printed[id] === record[id])) return new Uint8Array(buffer);
    toc = record;
  }
  throw new Error("The report's table of contents did not settle");
}
