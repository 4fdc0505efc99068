import Link from "next/link";
import type { ReactNode } from "react";
import type { DraftEditor, EditorArea, EditorIndicator } from "@/lib/frameworks/editor/get-draft-editor";
import { VERSION_STATUS_LABELS } from "@/lib/indicators/format-value";
import { VALUE_TYPE_LABELS } from "@/lib/indicators/value-types";
import { CODE_MAPPING_KIND_LABELS } from "@/lib/matrix/code-mapping";

/**
 * A version's matrix as the editor shows it: the area tree, each area's indicators in a table
 * with a link to edit each (a draft) or read it (any other status). Presentational and
 * server-rendered; the page passes the "add an area" form in `addArea`. One table per area,
 * no per-row form, so a 500-indicator matrix stays light.
 */
export function DraftEditorView({ editor, addArea }: { editor: DraftEditor; addArea?: ReactNode }) {
  const { version } = editor;
  const base = `/frameworks/${encodeURIComponent(editor.framework.code)}/versions/${version.number}`;
  return (
    <>
      {version.isEditable ? null : (
        <div className="notice notice--warning" role="status">
          <p>
            This version is <strong>{VERSION_STATUS_LABELS[version.status].toLowerCase()}</strong>: it is shown read-only. Only a draft
            changes; start a new draft from the version in force on the{" "}
            <Link href={`/frameworks/${encodeURIComponent(editor.framework.code)}/versions`}>versions page</Link>.
          </p>
        </div>
      )}
      <dl className="summary-list">
        <>
          <dt>Status</dt>
          <dd>
            <span className="status status--version">{VERSION_STATUS_LABELS[version.status]}</span>
          </dd>
        </>
        <>
          <dt>Based on</dt>
          <dd>{version.basedOn ? `Version ${version.basedOn.number} (${version.basedOn.label})` : "Nothing: the first version"}</dd>
        </>
        <>
          <dt>Size</dt>
          <dd>
            {editor.areaList.length} areas, {editor.indicatorCount} indicators
          </dd>
        </>
      </dl>
      {version.codeMapping.length > 0 ? (
        <section className="section" aria-labelledby="mapping-heading">
          <h2 id="mapping-heading">Codes changed against version {version.basedOn?.number}</h2>
          <ul className="plain-list">
            {version.codeMapping.map((entry, index) => (
              <li key={index}>
                {CODE_MAPPING_KIND_LABELS[entry.kind]}: <span className="code">{[entry.from].flat().join(", ")}</span>
                {entry.kind === "retired" ? (
                  " (its values stay in the series' history)"
                ) : (
                  <>
                    {" "}
                    → <span className="code">{[entry.to].flat().join(", ")}</span>
                  </>
                )}
                {entry.note ? <span className="muted"> — {entry.note}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editor.areas.length === 0 ? <p>This matrix has no area yet. Add the first one below, then its indicators.</p> : null}
      {editor.areas.map((area) => (
        <AreaSection key={area.id} area={area} base={base} isEditable={version.isEditable} />
      ))}
      {addArea}
    </>
  );
}

function AreaSection({ area, base, isEditable }: { area: EditorArea; base: string; isEditable: boolean }) {
  const Heading = (["h2", "h3", "h4", "h5", "h6"] as const)[Math.min(area.depth, 4)]!;
  return (
    <section className={area.depth === 0 ? "section" : "subsection"} aria-labelledby={`area-${area.id}`} id={`area-${area.code}`}>
      <Heading id={`area-${area.id}`}>
        <span className="code">{area.code}</span> {area.name}
      </Heading>
      {area.description ? <p className="muted">{area.description}</p> : null}
      {isEditable ? (
        <ul className="action-list no-print">
          <li>
            <Link href={`${base}/areas/${encodeURIComponent(area.code)}`}>
              Rename, move or delete<span className="visually-hidden"> area {area.code}</span>
            </Link>
          </li>
          <li>
            <Link href={`${base}/indicators/new?area=${encodeURIComponent(area.code)}`}>
              Add an indicator<span className="visually-hidden"> to area {area.code}</span>
            </Link>
          </li>
        </ul>
      ) : null}
      {area.indicators.length > 0 ? (
        <IndicatorTable indicators={area.indicators} base={base} isEditable={isEditable} caption={`Indicators of ${area.code}`} />
      ) : null}
      {area.areas.map((child) => (
        <AreaSection key={child.id} area={child} base={base} isEditable={isEditable} />
      ))}
    </section>
  );
}

function IndicatorTable({
  indicators,
  base,
  isEditable,
  caption,
}: {
  indicators: EditorIndicator[];
  base: string;
  isEditable: boolean;
  caption: string;
}) {
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Indicator</th>
            <th scope="col">Type</th>
            <th scope="col">Lead</th>
            <th scope="col">Targets</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map(({ id, definition }) => (
            <tr key={id} id={`indicator-${definition.code}`}>
              <td className="code-cell">{definition.code}</td>
              <td className="name-cell">
                <Link href={`${base}/indicators/${encodeURIComponent(definition.code)}`}>
                  {definition.name}
                  {isEditable ? <span className="visually-hidden"> (edit)</span> : null}
                </Link>
              </td>
              <td>
                {VALUE_TYPE_LABELS[definition.valueType]}
                {definition.unit && definition.unit !== "%" ? <span className="muted"> ({definition.unit})</span> : null}
              </td>
              <td>{definition.leadInstitution ?? "—"}</td>
              <td className="nowrap">
                {(definition.targets ?? [])
                  .map((target) => `${target.year}: ${target.value}${target.isFinal ? " (final)" : ""}`)
                  .join(", ") || "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
