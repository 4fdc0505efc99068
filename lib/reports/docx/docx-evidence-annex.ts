import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import { heading, paragraph, table, type DocxBlock } from "./docx-parts";

/** The annex of evidence: each value's files with their type, size, who attached them and when. */
export function docxEvidenceAnnex(model: ReportModel, section: ReportSection): DocxBlock[] {
  return [
    heading(section.title),
    paragraph(`The files attached to the ${model.year} values, as kept in Capacitas; each can be downloaded from its value's page.`),
    table(
      [
        { header: "Indicator", share: 2.4 },
        { header: "File", share: 3.2 },
        { header: "Type", share: 0.8 },
        { header: "Size", share: 1, align: "right" },
        { header: "Attached by", share: 1.6 },
        { header: "On", share: 1.2 },
      ],
      model.evidenceAnnex.flatMap((value) =>
        value.files.map((file) => [`${value.indicatorCode} ${value.breakdown}`, file.name, file.type, file.size, file.who, file.when]),
      ),
    ),
  ];
}
