import { changeKindOf } from "./change-kind";
import type { DefinitionDiff, FieldChange, IndicatorRef } from "./definition-diff";
import { describeVersion } from "./describe-version";
import { groupDiffByArea } from "./group-diff-by-area";

/** A table of plain strings: a Word or PDF renderer prints it as it is. */
export type DiffAnnexTable = { caption: string; columns: string[]; rows: string[][] };
export type DiffAnnexSection = { heading: string; paragraphs: string[]; tables: DiffAnnexTable[] };
/** The diff as an annex of a report: a title, summary paragraphs, then sections in reading order. */
export type DiffAnnex = { title: string; summary: string[]; sections: DiffAnnexSection[] };

/** What a renderer prints for a field that is not set. */
export const NOT_SET = "—";

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;
const name = (ref: IndicatorRef) => `${ref.code} ${ref.name}`;
const codes = (refs: readonly IndicatorRef[]) => refs.map((ref) => ref.code).join(", ");
const changeRows = (changes: readonly FieldChange[]) =>
  changes.map((change) => [change.label, change.before ?? NOT_SET, change.after ?? NOT_SET]);

function summaryParagraphs(diff: DefinitionDiff): string[] {
  const { summary } = diff;
  const paragraphs = [`This annex compares ${describeVersion(diff.before)} with ${describeVersion(diff.after)}.`];
  if (summary.isEmpty) {
    paragraphs.push("The two versions define the same matrix: no framework field, area or indicator changed.");
    return paragraphs;
  }
  const i = summary.indicators;
  const within = [
    i.renamed > 0 ? `${i.renamed} with a new code` : null,
    i.moved > 0 ? `${i.moved} moved to another area` : null,
    i.reordered > 0 ? `${i.reordered} reordered` : null,
  ].filter((part) => part !== null);
  const indicatorParts = [
    i.added > 0 ? `${i.added} added` : null,
    i.removed > 0 ? `${i.removed} removed` : null,
    i.changed > 0 ? `${i.changed} changed${within.length > 0 ? ` (${within.join(", ")})` : ""}` : null,
    i.split > 0 ? `${i.split} split` : null,
    i.merged > 0 ? `${plural(i.merged, "merger")}` : null,
    i.retired > 0 ? `${i.retired} retired` : null,
  ].filter((part) => part !== null);
  paragraphs.push(
    indicatorParts.length > 0
      ? `Indicators: ${indicatorParts.join(", ")}; ${i.unchanged} unchanged.`
      : `Indicators: none changed (${i.unchanged} unchanged).`,
  );
  const a = summary.areas;
  const otherAreaChanges = diff.areas.changed.filter((area) =>
    area.changes.some((change) => !["name", "parent", "position"].includes(change.field)),
  ).length;
  const areaParts = [
    a.added > 0 ? `${a.added} added` : null,
    a.removed > 0 ? `${a.removed} removed` : null,
    a.renamed > 0 ? `${a.renamed} renamed` : null,
    a.moved > 0 ? `${a.moved} moved` : null,
    a.reordered > 0 ? `${a.reordered} reordered` : null,
    otherAreaChanges > 0 ? `${otherAreaChanges} with a new description or translation` : null,
  ].filter((part) => part !== null);
  if (areaParts.length > 0) paragraphs.push(`Areas: ${areaParts.join(", ")}; ${a.unchanged} unchanged.`);
  if (diff.framework.length > 0)
    paragraphs.push(`Framework: ${diff.framework.map((change) => change.label.toLowerCase()).join(", ")} changed.`);
  return paragraphs;
}

/**
 * The diff in sentences and small tables, for the annex of the working-group report (Word,
 * PDF). Pure: the report renderer decides fonts and layout. Changed indicators get one table
 * each (field | before | after), so that a table never has to repeat a long name on each row.
 */
export function diffSentences(diff: DefinitionDiff): DiffAnnex {
  const sections: DiffAnnexSection[] = [];
  const columns = ["Field", "Before", "After"];

  if (diff.framework.length > 0) {
    sections.push({
      heading: "Framework",
      paragraphs: [],
      tables: [{ caption: "Framework fields changed", columns, rows: changeRows(diff.framework) }],
    });
  }

  const { areas } = diff;
  if (areas.added.length + areas.removed.length + areas.changed.length > 0) {
    const paragraphs = [...areas.added.map((area) => `Added: ${area.path}.`), ...areas.removed.map((area) => `Removed: ${area.path}.`)];
    const rows = areas.changed.flatMap((area) =>
      area.changes.map((change) => [
        `${area.code} ${area.name}`,
        `${changeKindOf("area", change.field)}: ${change.label}`,
        change.before ?? NOT_SET,
        change.after ?? NOT_SET,
      ]),
    );
    const tables = rows.length > 0 ? [{ caption: "Areas changed", columns: ["Area", "Change", "Before", "After"], rows }] : [];
    sections.push({ heading: "Areas", paragraphs, tables });
  }

  for (const group of groupDiffByArea(diff)) {
    const paragraphs = [
      ...group.added.map((ref) => `Added: ${name(ref)}.`),
      ...group.removed.map((ref) => `Removed: ${name(ref)}.`),
      ...group.split.map(
        (split) => `Split: ${name(split.from)} into ${codes(split.to)}; each continues its series.${split.note ? ` ${split.note}` : ""}`,
      ),
      ...group.merged.map(
        (merge) =>
          `Merged: ${codes(merge.from)} into ${name(merge.to)}, which continues their series.${merge.note ? ` ${merge.note}` : ""}`,
      ),
      ...group.retired.map((ref) => `Retired: ${name(ref)}; its values stay in the history.${ref.note ? ` ${ref.note}` : ""}`),
    ];
    const tables = group.changed.map((change) => ({
      caption: `${name(change)}${change.previousCode ? ` (formerly ${change.previousCode})` : ""}`,
      columns,
      rows: changeRows(change.changes),
    }));
    sections.push({ heading: `${group.areaCode} ${group.areaName}`, paragraphs, tables });
  }

  return {
    title: `Changes from version ${diff.before.number ?? "?"} to version ${diff.after.number ?? "?"} of ${diff.after.frameworkName}`,
    summary: summaryParagraphs(diff),
    sections,
  };
}
