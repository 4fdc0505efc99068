import { HeadingLevel } from "docx";
import type { ReportModel } from "../report-model";
import type { ReportSection } from "../report-sections";
import { heading, paragraph, table, type DocxBlock } from "./docx-parts";

/** The open points of the year: values returned for correction, missing, and not yet approved. */
export function docxOpenPointsSection(model: ReportModel, section: ReportSection): DocxBlock[] {
  const { openPoints, labels } = model;
  const body: DocxBlock[] = [heading(section.title), paragraph(model.openPointsSentence)];
  if (openPoints.returned.length > 0) {
    body.push(heading(labels.returnedForCorrection, HeadingLevel.HEADING_2));
    body.push(
      table(
        [
          { header: labels.code, share: 0.8 },
          { header: labels.indicator, share: 3.5 },
          { header: labels.institution, share: 1.2 },
          { header: labels.reason, share: 3.5 },
        ],
        openPoints.returned.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.reason ?? "–"]),
      ),
    );
  }
  if (openPoints.missing.length > 0) {
    body.push(heading(labels.withoutValue, HeadingLevel.HEADING_2));
    body.push(
      table(
        [
          { header: labels.code, share: 0.8 },
          { header: labels.indicator, share: 6 },
          { header: labels.institution, share: 1.6 },
        ],
        openPoints.missing.map((entry) => [entry.code, entry.name, entry.institution ?? "–"]),
      ),
    );
  }
  if (openPoints.notApproved.length > 0) {
    body.push(heading(labels.notYetApproved, HeadingLevel.HEADING_2));
    body.push(
      table(
        [
          { header: labels.code, share: 0.8 },
          { header: labels.indicator, share: 5 },
          { header: labels.institution, share: 1.3 },
          { header: labels.status, share: 1.6 },
        ],
        openPoints.notApproved.map((entry) => [entry.code, entry.name, entry.institution ?? "–", entry.status]),
      ),
    );
  }
  return body;
}
