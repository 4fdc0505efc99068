import { createTranslator } from "use-intl/core";
import { reportMessages } from "./report-messages";
import type { ReportModel } from "./report-model";

export type ReportSection = { id: string; title: string };

/** The report's numbered sections, in order: the same headings in the PDF, Word and the print page. */
export function reportSections(model: ReportModel): ReportSection[] {
  const t = createTranslator({ ...reportMessages(model.locale), namespace: "ReportSections" });
  const titles: ReportSection[] = [
    { id: "summary", title: t("summary") },
    ...model.areas.map((area) => ({
      id: `area-${area.code.replace(/[^A-Za-z0-9_-]/g, "-")}`,
      title: model.official ? t("domain", { code: area.code, name: area.name }) : t("area", { code: area.code, name: area.name }),
    })),
    { id: "off-track", title: t("offTrack") },
    { id: "open-points", title: t("openPoints") },
    { id: "methodology", title: t("methodology") },
    // Only when some value the reader may read has files (decision 034).
    ...(model.evidenceAnnex.length > 0 ? [{ id: "evidence", title: t("evidence") }] : []),
  ];
  return titles.map((section, index) => ({ id: section.id, title: `${index + 1}. ${section.title}` }));
}
