/** Narratives' Markdown becomes the report's blocks: paragraphs, lists, emphasis and safe links only (decision 034). */
import { describe, expect, it } from "vitest";
import { markdownBlocks } from "@/lib/narratives/markdown-blocks";
import { safeLinkTarget } from "@/lib/narratives/safe-link";

describe("markdownBlocks", () => {
  it("turns paragraphs, emphasis and links into runs", () => {
    expect(markdownBlocks("Coverage rose **sharply** in *2025*.\n\nSee [the decree](https://gov.example/decree).")).toEqual([
      {
        kind: "paragraph",
        runs: [
          { text: "Coverage rose " },
          { text: "sharply", bold: true },
          { text: " in " },
          { text: "2025", italic: true },
          { text: "." },
        ],
      },
      { kind: "paragraph", runs: [{ text: "See " }, { text: "the decree", href: "https://gov.example/decree" }, { text: "." }] },
    ]);
  });

  it("keeps bulleted and numbered lists", () => {
    expect(markdownBlocks("- first\n- second\n\n1. one\n2. two")).toEqual([
      { kind: "list", ordered: false, items: [[{ text: "first" }], [{ text: "second" }]] },
      { kind: "list", ordered: true, items: [[{ text: "one" }], [{ text: "two" }]] },
    ]);
  });

  it("drops raw HTML and images, and keeps unsafe links as plain text", () => {
    const blocks = markdownBlocks(
      "<script>alert(1)</script>\n\nText <b>bold</b> ![x](https://x.example/a.png) [click](javascript:alert(1)) [mail](mailto:focal@gov.example)",
    );
    expect(blocks).toEqual([
      {
        kind: "paragraph",
        runs: [
          { text: "Text " },
          { text: "bold" },
          { text: " " },
          { text: " " },
          { text: "click" },
          { text: " " },
          { text: "mail", href: "mailto:focal@gov.example" },
        ],
      },
    ]);
    expect(JSON.stringify(blocks)).not.toContain("script");
  });

  it("makes headings and quotes paragraphs", () => {
    expect(markdownBlocks("# Title\n\n> quoted")).toEqual([
      { kind: "paragraph", runs: [{ text: "Title" }] },
      { kind: "paragraph", runs: [{ text: "quoted" }] },
    ]);
  });
});

describe("safeLinkTarget", () => {
  it.each([
    ["https://gov.example", "https://gov.example"],
    ["HTTP://gov.example", "HTTP://gov.example"],
    ["mailto:a@b.example", "mailto:a@b.example"],
    ["javascript:alert(1)", null],
    [" data:text/html,<b>x</b>", null],
    ["/admin/users", null],
    ["//evil.example", null],
  ])("%s -> %s", (url, expected) => {
    expect(safeLinkTarget(url)).toBe(expected);
  });
});
