import type { MarkdownBlock, TextRun } from "@/lib/narratives/markdown-blocks";
import { BRAND, styles, type ReactPdf } from "./pdf-theme";

/** A narrative's blocks in the PDF: paragraphs, bulleted or numbered lists, bold, italic and live links. */
export function createPdfMarkdown({ Link, Text, View }: ReactPdf) {
  function Runs({ runs }: { runs: TextRun[] }) {
    return runs.map((run, index) => {
      const style = { fontWeight: run.bold ? 700 : 400, fontStyle: run.italic ? ("italic" as const) : ("normal" as const) };
      return run.href ? (
        <Link key={index} src={run.href} style={{ ...style, color: BRAND, textDecoration: "underline" }}>
          {run.text}
        </Link>
      ) : (
        <Text key={index} style={style}>
          {run.text}
        </Text>
      );
    });
  }

  return function PdfMarkdown({ blocks }: { blocks: MarkdownBlock[] }) {
    return (
      <View>
        {blocks.map((block, index) =>
          block.kind === "paragraph" ? (
            <Text key={index} style={styles.p}>
              <Runs runs={block.runs} />
            </Text>
          ) : (
            <View key={index} style={{ marginBottom: 6 }}>
              {block.items.map((item, itemIndex) => (
                <View key={itemIndex} style={{ flexDirection: "row", marginBottom: 2 }}>
                  <Text style={{ width: 14, fontSize: 9.5 }}>{block.ordered ? `${itemIndex + 1}.` : "•"}</Text>
                  <Text style={{ flex: 1, fontSize: 9.5, lineHeight: 1.45 }}>
                    <Runs runs={item} />
                  </Text>
                </View>
              ))}
            </View>
          ),
        )}
      </View>
    );
  };
}

export type PdfMarkdown = ReturnType<typeof createPdfMarkdown>;
