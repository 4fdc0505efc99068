import { createReportDocument } from "./pdf/pdf-report-document";
import type { PageMap } from "./pdf/pdf-theme";
import { registerPdfFonts } from "./pdf/register-pdf-fonts";
import type { ReportModel } from "./report-model";
import { reportSections } from "./report-sections";

/**
 * The report as a PDF (A4): cover, contents with page numbers and links, the summary with
 * its charts (vector), one section per area, the indicators off track, open points and the
 * method; "Page n of N" on every page and a PDF outline. The contents' page numbers come from
 * where the headings actually landed: checked after rendering, and rendered again with the
 * recorded numbers in the rare case they differ. The document's parts are in lib/reports/pdf/.
 */
export async function renderReportPdf(model: ReportModel): Promise<Uint8Array> {
  const pdf = await import("@react-pdf/renderer");
  registerPdfFonts(pdf);
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
