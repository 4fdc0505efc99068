import Markdown from "react-markdown";
import { safeLinkTarget } from "@/lib/narratives/safe-link";

/** What a narrative may show: paragraphs, lists, emphasis and links. Anything else is unwrapped to its text. */
const ALLOWED = ["p", "ul", "ol", "li", "a", "strong", "em", "br"];

/**
 * A narrative's Markdown as HTML. Raw HTML in the text is dropped (skipHtml), never rendered;
 * images and headings are unwrapped to text; links keep only http, https and mailto targets
 * and open without handing our page to the target (rel=noopener). No dangerouslySetInnerHTML.
 */
export function MarkdownText({ text }: { text: string }) {
  return (
    <div className="narrative-text">
      <Markdown
        skipHtml
        allowedElements={ALLOWED}
        unwrapDisallowed
        urlTransform={(url) => safeLinkTarget(url) ?? ""}
        components={{
          a: ({ href, children }) =>
            href ? (
              <a href={href} rel="noopener noreferrer" target="_blank">
                {children}
              </a>
            ) : (
              <>{children}</>
            ),
        }}
      >
        {text}
      </Markdown>
    </div>
  );
}
