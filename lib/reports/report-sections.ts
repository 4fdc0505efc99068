import type { ReportModel } from "./report-model";

export type ReportSection = { id: string; title: string };

/** The report's numbered sections, in order: the same headings in the PDF, Word and the print page. */
export function reportSections(model: ReportModel): ReportSection[] {
  const areaWord = model.official ? "Domain" : "Area";
  const titles: ReportSection[] = [
    { id: "summary", title: "Summary" },
    ...model.areas.map((area) => ({
      id: `area-${area.code.replace(/[^A-Za-z0-9_-]/g, "-")}`,
      title: `${areaWord} ${area.code}: ${area.name}`,
    })),
    { id: "off-track", title: "Indicators off track" },
    { id: "open-points", title: "Open points" },
    { id: "methodology", title: "Methodology note" },
    // Only when some value the reader may read has files (decision 034).
    ...(model.evidenceAnnex.length > 0 ? [{ id: "evidence", title: "Annex: evidence files" }] : []),
  ];
  return titles.map((section, index) => ({ id: section.id, title: `${index + 1}. ${section.title}` }));
}
