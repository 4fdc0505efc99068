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
          { header: "Code", share: 0.8 },
          { header: "Indicator", share: 4 },
          { header: "Status", share: 1.8 },
          { header: `Value ${model.year === null ? "" : String(model.year)}`.trim(), share: 1.6 },
          { header: "Target", share: 1.6 },
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
