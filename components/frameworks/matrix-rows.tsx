"use client";

import { LocalizedText } from "@/components/matrix/localized-text";
import { VALUE_STATUS_CLASS_NAMES } from "@/components/indicators/value-status-badge";
import type { ValueStatus } from "@/lib/generated/prisma/enums";

/** One matrix row as the page sends it: every text already in the reader's language. */
export type MatrixRow = {
  code: string;
  name: string;
  /** The reader's translation of the name only (LocalizedText reads it). */
  nameTranslations?: Record<string, string>;
  type: string;
  lead: { code: string; name: string } | null;
  baseline: string | null;
  target: string | null;
  latest: { text: string; year: number; status: ValueStatus } | null;
};

/**
 * The rows of a matrix area's table. A client component for the size of the page, not for
 * interaction: a server component's cells travel twice, as HTML and as React's description of
 * each element, while these props are the row's texts once (decision 050).
 */
export function MatrixRows({
  rows,
  indicatorPath,
  statusLabels,
  noValue,
}: {
  rows: MatrixRow[];
  /** The framework's indicator pages: `${indicatorPath}/${code}`. */
  indicatorPath: string;
  statusLabels: Record<ValueStatus, string>;
  noValue: string;
}) {
  return rows.map((row) => (
    <tr key={row.code}>
      <td className="code-cell">{row.code}</td>
      <th scope="row" className="name-cell">
        <a href={`${indicatorPath}/${encodeURIComponent(row.code)}`}>
          <LocalizedText entity={row} />
        </a>
      </th>
      <td>{row.type}</td>
      <td>
        {row.lead ? (
          <a href={`/institutions/${encodeURIComponent(row.lead.code)}`} title={row.lead.name}>
            {row.lead.code}
          </a>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>{row.baseline ?? <span className="muted">—</span>}</td>
      <td>{row.target ?? <span className="muted">—</span>}</td>
      <td>
        {row.latest ? (
          <>
            <span className="latest-value">{row.latest.text}</span> <span className="muted nowrap">({row.latest.year})</span>
          </>
        ) : (
          <span className="muted">{noValue}</span>
        )}
      </td>
      <td>{row.latest ? <span className={VALUE_STATUS_CLASS_NAMES[row.latest.status]}>{statusLabels[row.latest.status]}</span> : null}</td>
    </tr>
  ));
}
