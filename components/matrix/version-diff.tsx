import { useLocale, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { toLocale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/indicators/format-value";
import { changeKindOf } from "@/lib/matrix/change-kind";
import type { DefinitionDiff, FieldChange, IndicatorRef, VersionRef } from "@/lib/matrix/definition-diff";
import { changeValue, fieldLabel, type DiffOf, type DiffWords } from "@/lib/matrix/diff-words";
import { groupDiffByArea, type AreaDiffGroup } from "@/lib/matrix/group-diff-by-area";
import { useVersionStatusLabels } from "./use-matrix-labels";

/** Long definitions wrap inside their column instead of widening the table. */
const FIXED_TABLE = { tableLayout: "fixed", overflowWrap: "anywhere" } as const;

/**
 * Two versions of a matrix compared, for the page of a version and the consultation: the
 * counts, the framework's and areas' changes, then area by area the indicators added,
 * removed, split, merged, retired and changed (a field | before | after table each).
 * Presentational and server-rendered; every kind of change is said in words, not colour.
 */
export function VersionDiff({ diff }: { diff: DefinitionDiff }) {
  const t = useTranslations("VersionDiff");
  const statusLabels = useVersionStatusLabels();
  const groups = groupDiffByArea(diff);
  // As the report annex says it (lib/matrix/diff-sentences.ts), with the status in the page's language.
  const describe = (version: VersionRef) => {
    const status = version.status ? (statusLabels[version.status as keyof typeof statusLabels] ?? version.status) : null;
    const described = { code: version.frameworkCode, number: version.number ?? "?", label: version.label };
    return status ? t("versionWithStatus", { ...described, status }) : t("version", described);
  };
  return (
    <section className="section" aria-labelledby="version-diff-heading">
      <h2 id="version-diff-heading">{t("heading", { from: diff.before.number ?? "?", to: diff.after.number ?? "?" })}</h2>
      <p className="muted">{t("compared", { before: describe(diff.before), after: describe(diff.after) })}</p>
      {diff.summary.isEmpty ? (
        <div className="notice" role="status">
          <p>{t("same")}</p>
        </div>
      ) : (
        <>
          <SummaryCounts diff={diff} />
          {diff.framework.length > 0 ? <ChangeTable of="framework" caption={t("frameworkFields")} changes={diff.framework} /> : null}
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
  const t = useTranslations("VersionDiff");
  const { indicators, areas } = diff.summary;
  const counts: [string, number][] = [
    [t("indicatorsAdded"), indicators.added],
    [t("indicatorsRemoved"), indicators.removed],
    [t("indicatorsChanged"), indicators.changed],
    [t("split"), indicators.split],
    [t("merged"), indicators.merged],
    [t("retired"), indicators.retired],
    [t("indicatorsUnchanged"), indicators.unchanged],
    [t("areasAdded"), areas.added],
    [t("areasRemoved"), areas.removed],
    [t("areasChanged"), areas.changed],
  ];
  return (
    <>
      <h3 className="visually-hidden">{t("summary")}</h3>
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
          {t("changedDetail", {
            renamed: formatNumber(indicators.renamed),
            moved: formatNumber(indicators.moved),
            reordered: formatNumber(indicators.reordered),
          })}
        </p>
      ) : null}
    </>
  );
}

/** The diff's field names and values in the page's language, worded as the report annex words them (lib/matrix/diff-words.ts). */
function useDiffWords(): { words: DiffWords; locale: ReturnType<typeof toLocale> } {
  const t = useTranslations("MatrixDiffWords");
  return { words: (key, values) => t(key, values), locale: toLocale(useLocale()) };
}

function Shown({ of, change, side }: { of: DiffOf; change: FieldChange; side: "before" | "after" }) {
  const t = useTranslations("VersionDiff");
  const { words, locale } = useDiffWords();
  const value = changeValue(of, change, side, words, locale);
  return value === null ? <span className="muted">{t("notSet")}</span> : <>{value}</>;
}

function ChangeTable({ of, caption, changes }: { of: DiffOf; caption: ReactNode; changes: readonly FieldChange[] }) {
  const t = useTranslations("VersionDiff");
  const { words } = useDiffWords();
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
            <th scope="col">{t("field")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((change) => (
            <tr key={change.field}>
              <th scope="row">{fieldLabel(of, change, words)}</th>
              <td>
                <Shown of={of} change={change} side="before" />
              </td>
              <td>
                <Shown of={of} change={change} side="after" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AreaChanges({ diff }: { diff: DefinitionDiff }) {
  const t = useTranslations("VersionDiff");
  const { words } = useDiffWords();
  const { added, removed, changed } = diff.areas;
  const kindLabels = {
    Added: t("kindAdded"),
    Removed: t("kindRemoved"),
    Renamed: t("kindRenamed"),
    Moved: t("kindMoved"),
    Reordered: t("kindReordered"),
    Changed: t("kindChanged"),
  };
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
    ...added.map((area) => ({ key: `${area.code}|added`, area: area.path, kind: "Added" as const, change: null })),
    ...removed.map((area) => ({ key: `${area.code}|removed`, area: area.path, kind: "Removed" as const, change: null })),
  ];
  return (
    <div className="table-wrapper">
      <table className="data-table" style={FIXED_TABLE}>
        <caption>{t("areasCaption")}</caption>
        <colgroup>
          <col style={{ width: "30%" }} />
          <col style={{ width: "9rem" }} />
          <col />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">{t("area")}</th>
            <th scope="col">{t("change")}</th>
            <th scope="col">{t("before")}</th>
            <th scope="col">{t("after")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" style={{ fontWeight: 400 }}>
                {row.area}
              </th>
              <td>
                {kindLabels[row.kind]}
                {row.change && row.kind === "Changed" ? `: ${fieldLabel("area", row.change, words)}` : null}
              </td>
              <td>{row.change ? <Shown of="area" change={row.change} side="before" /> : null}</td>
              <td>{row.change ? <Shown of="area" change={row.change} side="after" /> : null}</td>
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
  const t = useTranslations("VersionDiff");
  const headingId = `version-diff-area-${group.areaCode}`;
  return (
    <section className="subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className="code">{group.areaCode}</span> {group.areaName}
      </h3>
      <RefList title={t("kindAdded")} items={group.added.map((ref) => ({ key: ref.code, content: <Named indicator={ref} /> }))} />
      <RefList title={t("kindRemoved")} items={group.removed.map((ref) => ({ key: ref.code, content: <Named indicator={ref} /> }))} />
      <RefList
        title={t("split")}
        items={group.split.map((split) => ({
          key: split.from.code,
          content: (
            <>
              <Named indicator={split.from} /> {t("splitInto", { to: split.to.map((ref) => ref.code).join(", ") })}
              {split.note ? ` ${split.note}` : null}
            </>
          ),
        }))}
      />
      <RefList
        title={t("merged")}
        items={group.merged.map((merge) => ({
          key: merge.to.code,
          content: (
            <>
              {t("mergedFrom", { from: merge.from.map((ref) => ref.code).join(", ") })} <Named indicator={merge.to} />
              {t("mergedSeries")}
              {merge.note ? ` ${merge.note}` : null}
            </>
          ),
        }))}
      />
      <RefList
        title={t("retired")}
        items={group.retired.map((ref) => ({
          key: ref.code,
          content: (
            <>
              <Named indicator={ref} />
              {t("retiredKept")}
              {ref.note ? ` ${ref.note}` : null}
            </>
          ),
        }))}
      />
      {group.changed.length > 0 ? <h4>{t("kindChanged")}</h4> : null}
      {group.changed.map((change) => (
        <ChangeTable
          key={change.code}
          of="indicator"
          caption={
            <>
              <Named indicator={change} />
              {change.previousCode ? <span className="caption-note">{t("formerly", { code: change.previousCode })}</span> : null}
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
