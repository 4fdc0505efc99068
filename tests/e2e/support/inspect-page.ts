import type { Page } from "@playwright/test";
import { ENGLISH_MONTHS, isDemoData, type EnglishInterfaceTexts } from "./english-interface-texts";

/** What a page shows, read in the browser: its texts and the elements whose text does not fit. */
export type PageInspection = { texts: string[]; overflows: string[] };

/**
 * Reads the page in the browser:
 * - texts: every text node of the body (closed details and screen-reader texts included: they
 *   are interface too) and the placeholder, aria-label, title and alt attributes, except inside
 *   an element marked as written in another language (`lang`), as a name shown in its original
 *   language is (decision 041) and the language menu's own names are;
 * - overflows: elements that clip their text (overflow hidden or clip, or an ellipsis) while it
 *   is wider or taller than their box, and elements that stick out of a 1280 px window, which
 *   makes the page scroll sideways. Whatever sits inside a container that scrolls on purpose
 *   (overflow auto or scroll, as wide tables do) is left out.
 */
export function inspectPage(page: Page): Promise<PageInspection> {
  return page.evaluate(() => {
    const pageLanguage = document.documentElement.lang;
    const describe = (element: Element) => {
      const classes =
        typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
      const text = (element.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 80);
      return `<${element.tagName.toLowerCase()}${classes}> "${text}"`;
    };
    const isForeign = (element: Element | null) => {
      const marked = element?.closest("[lang]");
      return Boolean(marked && marked !== document.documentElement && marked.getAttribute("lang") !== pageLanguage);
    };

    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // A text area's text is what someone typed: data.
      if (!parent || parent.closest("script, style, noscript, template, textarea") || isForeign(parent)) continue;
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      if (text) texts.push(text);
    }
    for (const element of document.body.querySelectorAll("[placeholder], [aria-label], [title], img[alt]")) {
      if (isForeign(element)) continue;
      for (const name of ["placeholder", "aria-label", "title", "alt"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }

    const overflows: string[] = [];
    const isInScroller = (element: Element) => {
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        const { overflowX } = getComputedStyle(ancestor);
        if (overflowX === "auto" || overflowX === "scroll") return true;
      }
      return false;
    };
    const viewportWidth = document.documentElement.clientWidth;
    for (const element of document.body.querySelectorAll("*")) {
      if (element.closest("svg, input, select, textarea, script, style") || !element.checkVisibility()) continue;
      const html = element as HTMLElement;
      const style = getComputedStyle(html);
      const clipsX = style.overflowX === "hidden" || style.overflowX === "clip" || style.textOverflow === "ellipsis";
      const clipsY = style.overflowY === "hidden" || style.overflowY === "clip";
      // Screen-reader-only texts are clipped to a 1 px box on purpose.
      const isVisuallyHidden = html.clientWidth <= 1 || html.clientHeight <= 1;
      if (!isVisuallyHidden && clipsX && html.scrollWidth > html.clientWidth + 1) overflows.push(`clipped sideways: ${describe(html)}`);
      else if (!isVisuallyHidden && clipsY && html.scrollHeight > html.clientHeight + 1) overflows.push(`clipped below: ${describe(html)}`);
      const box = html.getBoundingClientRect();
      if (box.width > 0 && box.right > viewportWidth + 1 && !isInScroller(html)) {
        // Name only the outermost element that sticks out, not each of its children.
        const parentBox = html.parentElement?.getBoundingClientRect();
        if (!parentBox || parentBox.right <= viewportWidth + 1) overflows.push(`wider than the window: ${describe(html)}`);
      }
    }
    if (document.documentElement.scrollWidth > window.innerWidth && !overflows.some((line) => line.startsWith("wider")))
      overflows.push(`the page scrolls sideways: ${document.documentElement.scrollWidth} px in a ${window.innerWidth} px window`);
    return { texts, overflows };
  });
}

/** The English interface texts among a page's texts, each once. */
export function findEnglish(texts: string[], english: EnglishInterfaceTexts): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    if (english.labels.has(text)) found.add(`"${text}"`);
    if (isDemoData(text)) continue;
    // A date is short and has a number; a long sentence naming a month is data ("by 25 January").
    const month = text.length <= 40 && /\d/.test(text) ? ENGLISH_MONTHS.exec(text) : null;
    if (month) found.add(`"${month[0]}" (an English date) in "${text.slice(0, 100)}"`);
    // Romanian and Russian write a decimal comma: "18.8 %" is a share formatted in English.
    if (/^[−+±-]?\d{1,3}\.\d{1,2}\s?%$/.test(text)) found.add(`"${text}" (a number written the English way)`);
    // Nor do they group thousands with a comma: "1,800 persons" (a short text, not a sentence of data).
    else if (text.length <= 40 && /(^|[^\d,.])[1-9]\d{0,2}(,\d{3})+(?![\d,])/.test(text))
      found.add(`"${text}" (a number written the English way)`);
  }
  // Phrases may run across elements (a link inside a sentence): search the whole text.
  const whole = texts.join(" ");
  for (const phrase of english.phrases) if (whole.includes(phrase)) found.add(`"${phrase}"`);
  return [...found];
}
