import { ExternalHyperlink, Paragraph, TextRun } from "docx";
import type { MarkdownBlock, TextRun as MarkdownRun } from "@/lib/narratives/markdown-blocks";

/** A narrative's blocks as Word paragraphs: paragraphs, bulleted or numbered items, bold, italic and links. */
export function docxMarkdown(blocks: MarkdownBlock[]): Paragraph[] {
  return blocks.flatMap((block) =>
    block.kind === "paragraph"
      ? [new Paragraph({ spacing: { after: 120 }, children: runs(block.runs) })]
      : block.items.map(
          (item, index) =>
            // A hanging indent with the bullet or number typed in: no numbering definition to keep in step.
            new Paragraph({
              spacing: { after: 60 },
              indent: { left: 360, hanging: 360 },
              children: [new TextRun(block.ordered ? `${index + 1}.\t` : "•\t"), ...runs(item)],
            }),
        ),
  );
}

function runs(parts: MarkdownRun[]) {
  return parts.map((part) => {
    const run = new TextRun({ text: part.text, bold: part.bold, italics: part.italic, ...(part.href ? { style: "Hyperlink" } : {}) });
    return part.href ? new ExternalHyperlink({ link: part.href, children: [run] }) : run;
  });
}
