import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { changeKindOf } from "@/lib/matrix/change-kind";
import type { DefinitionDiff, IndicatorRef } from "@/lib/matrix/definition-diff";
import { fieldLabel } from "@/lib/matrix/diff-words";
import type { AreaDiffGroup } from "@/lib/matrix/group-diff-by-area";
import { ChangeTable, FIXED_TABLE, Shown, useDiffWords } from "./diff-change-table";

// The areas' part of a version diff (VersionDiff): the areas' own changes, then each area's indicators.

/** The areas added, removed and changed, one row per change. */
export function AreaChanges({ diff }: { diff: DefinitionDiff }) {
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

/** One area's indicators added, removed, split, merged, retired and changed. */
export function AreaIndicatorChanges({ group }: { group: AreaDiffGroup }) {
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
