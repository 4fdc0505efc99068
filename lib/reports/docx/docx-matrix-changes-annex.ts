import { HeadingLevel } from "docx";
import type { DiffAnnex } from "@/lib/matrix/diff-sentences";
import { heading, paragraph, table, type DocxBlock } from "./docx-parts";

/** The annex on what the version in force changed in the matrix, for the working group's record. */
export function docxMatrixChangesAnnex(annex: DiffAnnex): DocxBlock[] {
  const body: DocxBlock[] = [heading(annex.heading), ...annex.summary.map(paragraph)];
  for (const section of annex.sections) {
    body.push(heading(section.heading, HeadingLevel.HEADING_2), ...section.paragraphs.map(paragraph));
    for (const part of section.tables) {
      body.push(paragraph(part.caption));
      body.push(
        table(
          part.columns.map((header) => ({ header, share: 1 })),
          part.rows,
        ),
      );
    }
  }
  return body;
}
