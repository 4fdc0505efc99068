import { markdownBlocks, type MarkdownBlock } from "@/lib/narratives/markdown-blocks";
import type { ReportArea } from "../report-model";

/** The cycle's narratives as Markdown: the summary, analyses by area code, explanations by indicator code. */
export type ReportNarrativeTexts = {
  summary: string | null;
  areas: Record<string, string>;
  indicators: Record<string, string>;
};

/** Puts each narrative beside what it speaks of: the summary up front, an analysis with its area, an explanation with its indicator. */
export function attachNarratives(
  areas: ReportArea[],
  texts: ReportNarrativeTexts | undefined,
): { summary: MarkdownBlock[] | null; areas: ReportArea[] } {
  if (!texts) return { summary: null, areas };
  const blocks = (text: string | null) => (text ? markdownBlocks(text) : null);
  // Own keys only: a code such as "constructor" must not reach Object.prototype.
  const own = (record: Record<string, string>, key: string) => (Object.hasOwn(record, key) ? record[key]! : null);
  return {
    summary: blocks(texts.summary),
    areas: areas.map((area) => ({
      ...area,
      analysis: blocks(own(texts.areas, area.code)),
      indicators: area.indicators.map((indicator) => ({ ...indicator, explanation: blocks(own(texts.indicators, indicator.code)) })),
    })),
  };
}
