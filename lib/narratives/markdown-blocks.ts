import { fromMarkdown } from "mdast-util-from-markdown";
import { safeLinkTarget } from "./safe-link";

/** A stretch of text with its emphasis, and its link when it is one. */
export type TextRun = { text: string; bold?: boolean; italic?: boolean; href?: string };

/** What a report draws of a narrative: paragraphs and lists of text runs (decision 034). */
export type MarkdownBlock = { kind: "paragraph"; runs: TextRun[] } | { kind: "list"; ordered: boolean; items: TextRun[][] };

type Node = { type: string; value?: string; url?: string; ordered?: boolean | null; children?: Node[] };

/**
 * A narrative's Markdown as report blocks, for the PDF and the Word file. Only what the
 * interface renders survives: paragraphs, lists (nested ones flattened into their item),
 * bold, italic and http/https/mailto links; headings and quotes become paragraphs, raw HTML and
 * images are dropped to their text, so nothing the writer types can become markup.
 */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const tree = fromMarkdown(markdown) as Node;
  return (tree.children ?? []).flatMap(blocksOf);
}

function blocksOf(node: Node): MarkdownBlock[] {
  if (node.type === "list") {
    const items = (node.children ?? []).map((item) =>
      (item.children ?? []).flatMap((child, index) => [...(index > 0 && child.type !== "list" ? [{ text: " " }] : []), ...itemRuns(child)]),
    );
    return [{ kind: "list", ordered: node.ordered === true, items: items.filter((runs) => runs.length > 0) }];
  }
  if (node.type === "thematicBreak" || node.type === "html") return [];
  if (node.type === "code") return node.value ? [{ kind: "paragraph", runs: [{ text: node.value }] }] : [];
  if (node.type === "blockquote") return (node.children ?? []).flatMap(blocksOf);
  const runs = runsOf(node, {});
  return runs.length > 0 ? [{ kind: "paragraph", runs }] : [];
}

/** An item's paragraphs joined by a space; a nested list's items follow, each after a dash. */
function itemRuns(node: Node): TextRun[] {
  if (node.type === "list") return (node.children ?? []).flatMap((item) => [{ text: " – " }, ...(item.children ?? []).flatMap(itemRuns)]);
  return runsOf(node, {});
}

function runsOf(node: Node, style: Omit<TextRun, "text">): TextRun[] {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value ? [{ text: node.value, ...style }] : [];
    case "break":
      return [{ text: "\n", ...style }];
    case "html":
    case "image":
    case "imageReference":
      return [];
    case "strong":
      return childRuns(node, { ...style, bold: true });
    case "emphasis":
      return childRuns(node, { ...style, italic: true });
    case "link": {
      const href = safeLinkTarget(node.url ?? "");
      return childRuns(node, href ? { ...style, href } : style);
    }
    default:
      return childRuns(node, style);
  }
}

function childRuns(node: Node, style: Omit<TextRun, "text">): TextRun[] {
  return (node.children ?? []).flatMap((child) => runsOf(child, style));
}
