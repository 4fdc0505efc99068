import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import { heading, paragraph, table, type DocxBlock } from "./docx-parts";

/** The indicators off track, most urgent first. */
export function docxOffTrackSection(model: ReportModel, section: ReportSection): DocxBlock[] {
  const body: DocxBlock[] = [heading(section.title), paragraph(model.offTrackSentence)];
  if (model.offTrack.length > 0) {
    body.push(
      table(
        [
          { header: model.labels.code, share: 0.8 },
          { header: model.labels.indicator, share: 4 },
          { header: model.labels.status, share: 1.8 },
          { header: model.labels.value, share: 1.6 },
          { header: model.labels.target, share: 1.6 },
        ],
        model.offTrack.map((indicator) => [
          indicator.code,
          indicator.name,
          indicator.statusLabel,
          indicator.value ?? "–",
          indicator.target ?? "–",
        ]),
      ),
    );
  }
  return body;
}
