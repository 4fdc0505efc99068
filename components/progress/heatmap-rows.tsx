"use client";

import { LocalizedText } from "@/components/matrix/localized-text";
import { PROGRESS_STATUSES } from "@/lib/progress/progress-status";
import { ProgressStatusMark, type ProgressStatusLabels } from "./progress-status-mark";

/**
 * One heat map row as the page sends it: the status of each year as its index in
 * PROGRESS_STATUSES, and the name with only the reader's translation (LocalizedText reads it).
 */
export type HeatmapRow = {
  code: string;
  name: string;
  nameTranslations?: Record<string, string>;
  statuses: number[];
  provisionalYears: number[];
};

/**
 * The heat map's rows of one area. A client component for the size of the page, not for
 * interaction: a server component's cells travel twice, as HTML and as React's description of
 * every element (about 2 KB a row), while these props are a few dozen bytes a row and the HTML
 * is rendered from them once (decision 050).
 */
export function HeatmapRows({
  rows,
  years,
  indicatorPath,
  labels,
}: {
  rows: HeatmapRow[];
  years: number[];
  /** The framework's indicator pages: `${indicatorPath}/${code}`. */
  indicatorPath: string;
  labels: ProgressStatusLabels;
}) {
  return rows.map((row) => (
    <tr key={row.code}>
      <th scope="row" className="name-cell">
        <a href={`${indicatorPath}/${encodeURIComponent(row.code)}`}>
          <span className="code">{row.code}</span> <LocalizedText entity={row} />
        </a>
      </th>
      {years.map((year, index) => (
        <td key={year}>
          <ProgressStatusMark
            status={PROGRESS_STATUSES[row.statuses[index]!]!}
            short
            provisional={row.provisionalYears.includes(year)}
            labels={labels}
          />
        </td>
      ))}
    </tr>
  ));
}
