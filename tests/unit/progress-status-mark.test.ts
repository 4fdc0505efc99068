/**
 * The heat map's cells read the status words once per table (decision 045): the mark they
 * render must be exactly the badge every other page shows.
 */
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderInEnglish } from "../fixtures/render-in-english";
import { IndicatorHeatmapSection } from "@/components/progress/indicator-heatmap-section";
import { ProgressStatusBadge, useStatusLabels } from "@/components/progress/progress-status-badge";
import { ProgressStatusMark } from "@/components/progress/progress-status-mark";
import type { IndicatorProgressRow } from "@/lib/progress/get-framework-progress";
import { PROGRESS_STATUSES } from "@/lib/progress/progress-status";

function MarkWithLabels(props: { status: (typeof PROGRESS_STATUSES)[number]; short: boolean; provisional: boolean }) {
  return createElement(ProgressStatusMark, { ...props, labels: useStatusLabels() });
}

describe("progress status mark", () => {
  it("renders the same HTML as the badge, for every status, short or not, provisional or not", () => {
    for (const status of PROGRESS_STATUSES)
      for (const short of [true, false])
        for (const provisional of [true, false])
          expect(renderInEnglish(createElement(MarkWithLabels, { status, short, provisional }))).toBe(
            renderInEnglish(createElement(ProgressStatusBadge, { status, short, provisional })),
          );
  });

  it("gives each heat map cell its status words and marks provisional years", () => {
    const row = {
      indicator: { id: "i1", code: "A.1", name: "Share of migrants" },
      areaCode: "A",
      statuses: { 2023: "on_track", 2024: "deterioration" },
      provisionalYears: [2024],
      achievement: {},
    } as unknown as IndicatorProgressRow;
    const html = renderInEnglish(
      createElement(IndicatorHeatmapSection, {
        frameworkPath: "/frameworks/X",
        official: false,
        baseYear: 2020,
        years: [2022, 2023, 2024],
        yearLabel: String,
        picker: { areas: [{ code: "A", name: "Area A", count: 1 }], currentCode: "A", search: null, found: 0, keep: {} },
        groups: [{ area: { id: "a", code: "A", name: "Area A" }, rows: [row] }],
      }),
    );
    const cells = [...html.matchAll(/<td>(.*?)<\/td>/g)].map((match) => match[1]);
    expect(cells).toEqual([
      renderInEnglish(createElement(ProgressStatusBadge, { status: "not_available", short: true })),
      renderInEnglish(createElement(ProgressStatusBadge, { status: "on_track", short: true })),
      renderInEnglish(createElement(ProgressStatusBadge, { status: "deterioration", short: true, provisional: true })),
    ]);
    expect(html).toContain('title="On track"');
  });
});
