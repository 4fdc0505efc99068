import type { ReactNode } from "react";
import { formatNumber } from "@/lib/indicators/format-value";
import { changeKindOf } from "@/lib/matrix/change-kind";
import type { DefinitionDiff, FieldChange, IndicatorRef } from "@/lib/matrix/definition-diff";
import { describeVersion } from "@/lib/matrix/describe-version";
import { groupDiffByArea, type AreaDiffGroup } from "@/lib/matrix/group-diff-by-area";

/** Long definitions wrap inside their column instead of widening the table. */
const FIXED_TABLE = { tableLayout: "fixed", overflowWrap: "anywhere" } as const;

/**
 * Two versions of a matrix compared, for the page of a version and the consultation: the
 * counts, the framework's and areas' changes, then area by area the indicators added,
 * removed, split, merged, retired and changed (a field | before | after table each).
 * Presentational and server-rendered; every kind of change is said in words, not colour.
 */
export function VersionDiff({ diff }: { diff: DefinitionDiff }) {
  const groups = groupDiffByArea(diff);
  return (
    <section className="section" aria-labelledby="version-diff-heading">
      <h2 id="version-diff-heading">
        Changes from version {diff.before.number ?? "?"} to version {diff.after.number ?? "?"}
      </h2>
      <p className="muted">
        {describeVersion(diff.before)} compared with {describeVersion(diff.after)}.
      </p>
      {diff.summary.isEmpty ? (
        <div className="notice" role="status">
          <p>The two versions define the same matrix: no framework field, area or indicator changed.</p>
        </div>
      ) : (
        <>
          <SummaryCounts diff={diff} />
          {diff.framework.length > 0 ? <ChangeTable caption="Framework fields changed" changes={diff.framework} /> : null}
          <AreaChanges diff={diff} />
          {groups.map((group) => (
            <AreaIndicatorChanges key={group.areaCode} group={group} />
          ))}
        </>
      )}
    </section>
  );
}

function SummaryCounts({ diff }: { diff: DefinitionDiff }) {
  const { indicators, areas } = diff.summary;
  const counts: [string, number][] = [
    ["Indicators added", indicators.added],
    ["Indicators removed", indicators.removed],
    ["Indicators changed", indicators.changed],
    ["Split", indicators.split],
    ["Merged", indicators.merged],
    ["Retired", indicators.retired],
    ["Indicators unchanged", indicators.unchanged],
    ["Areas added", areas.added],
    ["Areas removed", areas.removed],
    ["Areas changed", areas.changed],
  ];
  return (
    <>
      <h3 className="visually-hidden">Summary</h3>
      <dl className="stat-list">
        {counts.map(([label, count]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatNumber(count)}</dd>
          </div>
        ))}
      </dl>
      {indicators.changed > 0 ? (
        <p className="muted">
          Of the changed indicators, {formatNumber(indicators.renamed)} have a new code, {formatNumber(indicators.moved)} moved to another
          area and {formatNumber(indicators.reordered)} changed place within their area.
        </p>
      ) : null}
    </>
  );
}

const Shown = ({ value }: { value: string | null }) => (value === null ? <span className="muted">Not set</span> : <>{value}</>);

function ChangeTable({ caption, changes }: { caption: ReactNode; changes: readonly FieldChange[] }) {
  return (
    <div className="table-wrapper">
      <table className="data-table" style={FIXED_TABLE}>
        {/* One size below the area's heading: these tables sit inside an area. */}
        <caption style={{ fontSize: "1rem" }}>{caption}</caption>
        <colgroup>
          <col style={{ width: "13rem" }} />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{change.label}</th>
              <td>
                <Shown value={change.before} />
              </td>
              <td>
                <Shown value={change.after} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AreaChanges({ diff }: { diff: DefinitionDiff }) {
  const { added, removed, changed } = diff.areas;
  if (added.length + removed.length + changed.length === 0) return null;
  const rows = [
    ...changed.flatMap((area) =>
      area.changes.map((change) => ({
        key: `${area.code}|${change.field}`,
        area: area.path,
        kind: changeKindOf("area", change.field),
        change,
      })),
    ),
    ...added.map((area) => ({ key: `${area.code}|added`, area: area.path, kind: "Added", change: null })),
    ...removed.map((area) => ({ key: `${area.code}|removed`, area: area.path, kind: "Removed", change: null })),
  ];
  return (
    <div className="table-wrapper">
      <table className="data-table" style={FIXED_TABLE}>
        <caption>Areas added, removed and changed</caption>
        <colgroup>
          <col style={{ width: "30%" }} />
          <col style={{ width: "9rem" }} />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Change</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={{ fontWeight: 400 }}>
                {row.area}
              </th>
              <td>
                {row.kind}
                {row.change && row.kind === "Changed" ? `: ${row.change.label}` : null}
              </td>
              <td>{row.change ? <Shown value={row.change.before} /> : null}</td>
              <td>{row.change ? <Shown value={row.change.after} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const Named = ({ indicator }: { indicator: IndicatorRef }) => (
  <>
    <span className="code">{indicator.code}</span> {indicator.name}
  </>
);

function AreaIndicatorChanges({ group }: { group: AreaDiffGroup }) {
  const headingId = `version-diff-area-${group.areaCode}`;
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="code">{group.areaCode}</span> {group.areaName}
      </h3>
      <RefList title="Added" items={group.added.map((ref) => ({ key: ref.code, content: <Named indicator={ref} /> }))} />
      <RefList title="Removed" items={group.removed.map((ref) => ({ key: ref.code, content: <Named indicator={ref} /> }))} />
      <RefList
        title="Split"
        items={group.split.map((split) => ({
          key: split.from.code,
          content: (
            <>
              <Named indicator={split.from} /> into {split.to.map((ref) => ref.code).join(", ")}; each continues its series.
              {split.note ? ` ${split.note}` : null}
            </>
          ),
        }))}
      />
      <RefList
        title="Merged"
        items={group.merged.map((merge) => ({
          key: merge.to.code,
          content: (
            <>
              {merge.from.map((ref) => ref.code).join(", ")} into <Named indicator={merge.to} />, which continues their series.
              {merge.note ? ` ${merge.note}` : null}
            </>
          ),
        }))}
      />
      <RefList
        title="Retired"
        items={group.retired.map((ref) => ({
          key: ref.code,
          content: (
            <>
              <Named indicator={ref} />; its values stay in the history.{ref.note ? ` ${ref.note}` : null}
            </>
          ),
        }))}
      />
      {group.changed.length > 0 ? <h4>Changed</h4> : null}
      {group.changed.map((change) => (
        <ChangeTable
          key={change.code}
          caption={
            <>
              <Named indicator={change} />
              {change.previousCode ? <span className="caption-note">Formerly {change.previousCode}</span> : null}
            </>
          }
          changes={change.changes}
        />
      ))}
    </section>
  );
}

function RefList({ title, items }: { title: string; items: { key: string; content: ReactNode }[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.key}>{item.content}</li>
        ))}
      </ul>
    </>
  );
}
