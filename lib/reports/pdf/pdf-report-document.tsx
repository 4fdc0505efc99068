import type { ReactNode } from "react";
import type { ReportModel } from "../report-model";
import { reportSections } from "../report-sections";
import { createAreaSection } from "./pdf-area-section";
import { createContents } from "./pdf-contents";
import { createCoverPage } from "./pdf-cover-page";
import { createEvidenceAnnex } from "./pdf-evidence-annex";
import { createPdfMarkdown } from "./pdf-markdown";
import { createMatrixChangesAnnex } from "./pdf-matrix-changes-annex";
import { createMethodologySection } from "./pdf-methodology-section";
import { createOffTrackSection } from "./pdf-off-track-section";
import { createOpenPointsSection } from "./pdf-open-points-section";
import { createPdfParts } from "./pdf-parts";
import { createSummarySection } from "./pdf-summary-section";
import { styles, type PageMap, type ReactPdf } from "./pdf-theme";

export type ReportDocumentProps = { model: ReportModel; toc: PageMap; record: PageMap; printed: PageMap };

/**
 * The whole document: the cover page, then the contents, the summary, one section per area,
 * the indicators off track, the open points and the method, each starting a new page, under a
 * fixed footer with the page number; then the annexes of evidence and of the matrix's changes.
 */
export function createReportDocument(pdf: ReactPdf) {
  const { Document, Page, Text, View } = pdf;
  const parts = createPdfParts(pdf);
  const CoverPage = createCoverPage(pdf);
  const Contents = createContents(pdf);
  const PdfMarkdown = createPdfMarkdown(pdf);
  const SummarySection = createSummarySection(pdf, parts, PdfMarkdown);
  const AreaSection = createAreaSection(pdf, parts, PdfMarkdown);
  const EvidenceAnnex = createEvidenceAnnex(pdf, parts);
  const OffTrackSection = createOffTrackSection(pdf, parts);
  const OpenPointsSection = createOpenPointsSection(pdf, parts);
  const MethodologySection = createMethodologySection(pdf, parts);
  const MatrixChangesAnnex = createMatrixChangesAnnex(pdf, parts);

  return function ReportDocument({ model, toc, record, printed }: ReportDocumentProps) {
    const sections = reportSections(model);
    const closing = model.areas.length + 1;
    // Each section starts a page of its own, so each is its own <Page>: react-pdf lays out the
    // whole rest of a <Page> again at every page break, which made one flowing page of the whole
    // report cost the square of its length (decision 046).
    const footer = (
      <View style={styles.footer} fixed>
        <Text style={{ flexGrow: 1 }}>
          {model.frameworkCode} · {model.title}
          {model.isDemo ? ` · ${model.labels.demoData}` : ""}
        </Text>
        <Text
          render={({ pageNumber, totalPages }) => {
            const { beforePage, betweenPages, afterTotal } = model.labels.pageOf;
            return `${beforePage}${pageNumber}${betweenPages}${totalPages}${afterTotal}`;
          }}
        />
      </View>
    );
    const page = (key: string, content: ReactNode) => (
      <Page key={key} size="A4" style={styles.page}>
        {content}
        {footer}
      </Page>
    );
    return (
      <Document
        title={`${model.title}: ${model.frameworkName}`}
        author="Capacitas"
        subject={model.frameworkName}
        language={model.locale}
        creator="Capacitas"
      >
        <CoverPage model={model} />
        {page("contents", <Contents title={model.labels.contents} sections={sections} toc={toc} record={record} printed={printed} />)}
        {page("summary", <SummarySection model={model} section={sections[0]!} record={record} />)}
        {model.areas.map((area, index) =>
          page(area.code, <AreaSection area={area} section={sections[index + 1]!} labels={model.labels} record={record} />),
        )}
        {page("off-track", <OffTrackSection model={model} section={sections[closing]!} record={record} />)}
        {page("open-points", <OpenPointsSection model={model} section={sections[closing + 1]!} record={record} />)}
        {page("methodology", <MethodologySection model={model} section={sections[closing + 2]!} record={record} />)}
        {model.evidenceAnnex.length > 0
          ? page("evidence", <EvidenceAnnex model={model} section={sections[closing + 3]!} record={record} />)
          : null}
        {model.matrixChanges ? page("matrix-changes", <MatrixChangesAnnex annex={model.matrixChanges} />) : null}
      </Document>
    );
  };
}
