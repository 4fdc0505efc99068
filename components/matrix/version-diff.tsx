import { useTranslations } from "next-intl";
import { formatNumber } from "@/lib/indicators/format-value";
import type { DefinitionDiff, VersionRef } from "@/lib/matrix/definition-diff";
import { groupDiffByArea } from "@/lib/matrix/group-diff-by-area";
import { ChangeTable } from "./diff-change-table";
import { useVersionStatusLabels } from "./use-matrix-labels";
import { AreaChanges, AreaIndicatorChanges } from "./version-diff-areas";

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
