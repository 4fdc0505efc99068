import type { MarkdownBlock, TextRun } from "@/lib/narratives/markdown-blocks";

function Runs({ runs }: { runs: TextRun[] }) {
  return runs.map((run, index) => {
    let content: React.ReactNode = run.text;
    if (run.italic) content = <em>{content}</em>;
    if (run.bold) content = <strong>{content}</strong>;
    // Targets were kept only when http, https or mailto (lib/narratives/safe-link.ts).
    return run.href ? (
      <a key={index} href={run.href} rel="noopener noreferrer" target="_blank">
        {content}
      </a>
    ) : (
      <span key={index}>{content}</span>
    );
  });
}

/** A narrative's report blocks on the report page: the same blocks the PDF and Word file draw. */
export function ReportMarkdown({ blocks }: { blocks: MarkdownBlock[] }) {
  return (
    <div className="narrative-text">
      {blocks.map((block, index) => {
        if (block.kind === "paragraph")
          return (
            <p key={index}>
              <Runs runs={block.runs} />
            </p>
          );
        const items = block.items.map((item, itemIndex) => (
          <li key={itemIndex}>
            <Runs runs={item} />
          </li>
        ));
        return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>;
      })}
    </div>
  );
}
