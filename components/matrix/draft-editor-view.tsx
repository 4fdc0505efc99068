import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { DraftEditor, EditorArea, EditorIndicator } from "@/lib/frameworks/editor/get-draft-editor";
import { useCodeMappingKindLabels, useValueTypeLabels, useVersionStatusLabels } from "./use-matrix-labels";

/**
 * A version's matrix as the editor shows it: the area tree, each area's indicators in a table
 * with a link to edit each (a draft) or read it (any other status). Presentational and
 * server-rendered; the page passes the "add an area" form in `addArea`. One table per area,
 * no per-row form, so a 500-indicator matrix stays light.
 */
const hidden = (chunks: ReactNode) => <span className="visually-hidden">{chunks}</span>;

export function DraftEditorView({ editor, addArea }: { editor: DraftEditor; addArea?: ReactNode }) {
  const t = useTranslations("DraftEditorView");
  const statusLabels = useVersionStatusLabels();
  const kindLabels = useCodeMappingKindLabels();
  const { version } = editor;
  const base = `/frameworks/${encodeURIComponent(editor.framework.code)}/versions/${version.number}`;
  return (
    <>
      {version.isEditable ? null : (
        <div className="notice notice--warning" role="status">
          <p>
            {t.rich("readOnly", {
              status: statusLabels[version.status].toLowerCase(),
              strong: (chunks) => <strong>{chunks}</strong>,
              link: (chunks) => <Link href={`/frameworks/${encodeURIComponent(editor.framework.code)}/versions`}>{chunks}</Link>,
            })}
          </p>
        </div>
      )}
      <dl className="summary-list">
        <>
          <dt>{t("status")}</dt>
          <dd>
            <span className="status status--version">{statusLabels[version.status]}</span>
          </dd>
        </>
        <>
          <dt>{t("basedOn")}</dt>
          <dd>
            {version.basedOn ? t("basedOnVersion", { number: version.basedOn.number, label: version.basedOn.label }) : t("firstVersion")}
          </dd>
        </>
        <>
          <dt>{t("size")}</dt>
          <dd>{t("sizeValue", { areas: editor.areaList.length, indicators: editor.indicatorCount })}</dd>
        </>
      </dl>
      {version.codeMapping.length > 0 ? (
        <section className="section" aria-labelledby="mapping-heading">
          <h2 id="mapping-heading">{t("codesChanged", { number: version.basedOn?.number ?? "" })}</h2>
          <ul className="plain-list">
            {version.codeMapping.map((entry, index) => (
              <li key={index}>
                {kindLabels[entry.kind]}: <span className="code">{[entry.from].flat().join(", ")}</span>
                {entry.kind === "retired" ? (
                  ` ${t("retiredKept")}`
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
      {editor.areas.length === 0 ? <p>{t("noArea")}</p> : null}
      {editor.areas.map((area) => (
        <AreaSection key={area.id} area={area} base={base} isEditable={version.isEditable} />
      ))}
      {addArea}
    </>
  );
}

function AreaSection({ area, base, isEditable }: { area: EditorArea; base: string; isEditable: boolean }) {
  const t = useTranslations("DraftEditorView");
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
            <Link href={`${base}/areas/${encodeURIComponent(area.code)}`}>{t.rich("editArea", { code: area.code, hidden })}</Link>
          </li>
          <li>
            <Link href={`${base}/indicators/new?area=${encodeURIComponent(area.code)}`}>
              {t.rich("addIndicator", { code: area.code, hidden })}
            </Link>
          </li>
        </ul>
      ) : null}
      {area.indicators.length > 0 ? (
        <IndicatorTable indicators={area.indicators} base={base} isEditable={isEditable} caption={t("caption", { code: area.code })} />
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
  const t = useTranslations("DraftEditorView");
  const valueTypeLabels = useValueTypeLabels();
  return (
    <div className="table-wrapper">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("code")}</th>
            <th scope="col">{t("indicator")}</th>
            <th scope="col">{t("type")}</th>
            <th scope="col">{t("lead")}</th>
            <th scope="col">{t("targets")}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map(({ id, definition }) => (
            <tr key={id} id={`indicator-${definition.code}`}>
              <td className="code-cell">{definition.code}</td>
              <td className="name-cell">
                <Link href={`${base}/indicators/${encodeURIComponent(definition.code)}`}>
                  {definition.name}
                  {isEditable ? <span className="visually-hidden"> {t("edit")}</span> : null}
                </Link>
              </td>
              <td>
                {valueTypeLabels[definition.valueType]}
                {definition.unit && definition.unit !== "%" ? <span className="muted"> ({definition.unit})</span> : null}
              </td>
              <td>{definition.leadInstitution ?? "—"}</td>
              <td className="nowrap">
                {(definition.targets ?? [])
                  .map((target) => `${target.year}: ${target.value}${target.isFinal ? ` ${t("final")}` : ""}`)
                  .join(", ") || "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
