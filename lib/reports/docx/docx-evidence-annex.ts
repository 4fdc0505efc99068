import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import { heading, paragraph, table, type DocxBlock } from "./docx-parts";

/** The annex of evidence: each value's files with their type, size, who attached them and when. */
export function docxEvidenceAnnex(model: ReportModel, section: ReportSection): DocxBlock[] {
  return [
    heading(section.title),
    paragraph(model.labels.evidenceIntro),
    table(
      [
        { header: model.labels.indicator, share: 2.4 },
        { header: model.labels.file, share: 3.2 },
        { header: model.labels.type, share: 0.8 },
        { header: model.labels.size, share: 1, align: "right" },
        { header: model.labels.attachedBy, share: 1.6 },
        { header: model.labels.attachedOn, share: 1.2 },
      ],
      model.evidenceAnnex.flatMap((value) =>
        value.files.map((file) => [`${value.indicatorCode} ${value.breakdown}`, file.name, file.type, file.size, file.who, file.when]),
      ),
    ),
  ];
}
