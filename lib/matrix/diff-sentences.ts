import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import { reportMessages } from "@/lib/reports/report-messages";
import { changeKindOf } from "./change-kind";
import type { DefinitionDiff, FieldChange, IndicatorRef, VersionRef } from "./definition-diff";
import { changeKindWord, changeValue, fieldLabel, type DiffOf, type DiffWords } from "./diff-words";
import { groupDiffByArea } from "./group-diff-by-area";

/** A table of plain strings: a Word or PDF renderer prints it as it is. */
export type DiffAnnexTable = { caption: string; columns: string[]; rows: string[][] };
export type DiffAnnexSection = { heading: string; paragraphs: string[]; tables: DiffAnnexTable[] };
/** The diff as an annex of a report: a title (and the heading that prints it), summary paragraphs, then sections in reading order. */
export type DiffAnnex = { title: string; heading: string; summary: string[]; sections: DiffAnnexSection[] };

/** What a renderer prints for a field that is not set. */
export const NOT_SET = "—";

/** The field names and values of the diff in one language (lib/matrix/diff-words.ts). */
export function diffWords(locale: Locale): DiffWords {
  const t = createTranslator({ ...reportMessages(locale), namespace: "MatrixDiffWords" });
  return (key, values) => t(key, values);
}

/** The annex's and the diff workbook's sentences in one language (decision 057); the messages live with the report's. */
export type AnnexWords = ReturnType<typeof annexWords>;
export const annexWords = (locale: Locale) => createTranslator({ ...reportMessages(locale), namespace: "ReportMatrixChanges" });

/** "TST version 2 \"2025 revision\" (Draft)" in one language. */
export function describeVersion(version: VersionRef, t: AnnexWords): string {
  const described = { code: version.frameworkCode, number: String(version.number ?? "?"), label: version.label };
  if (!version.status) return t("version", described);
  const statuses: Record<string, string> = {
    DRAFT: t("statusDraft"),
    IN_CONSULTATION: t("statusInConsultation"),
    VALIDATED: t("statusValidated"),
    APPROVED: t("statusApproved"),
    SUPERSEDED: t("statusSuperseded"),
  };
  return t("versionWithStatus", { ...described, status: statuses[version.status] ?? version.status });
}

const name = (ref: IndicatorRef) => `${ref.code} ${ref.name}`;
const codes = (refs: readonly IndicatorRef[]) => refs.map((ref) => ref.code).join(", ");
const withNote = (sentence: string, note: string | null) => (note ? `${sentence} ${note}` : sentence);
const present = (parts: (string | null)[]) => parts.filter((part) => part !== null).join(", ");

function summaryParagraphs(diff: DefinitionDiff, t: AnnexWords, w: DiffWords, locale: Locale): string[] {
  const { summary } = diff;
  const paragraphs = [t("compares", { before: describeVersion(diff.before, t), after: describeVersion(diff.after, t) })];
  if (summary.isEmpty) {
    paragraphs.push(t("same"));
    return paragraphs;
  }
  const i = summary.indicators;
  const within = present([
    i.renamed > 0 ? t("indicatorsNewCode", { count: i.renamed }) : null,
    i.moved > 0 ? t("indicatorsMovedArea", { count: i.moved }) : null,
    i.reordered > 0 ? t("indicatorsReordered", { count: i.reordered }) : null,
  ]);
  const indicatorParts = present([
    i.added > 0 ? t("indicatorsAdded", { count: i.added }) : null,
    i.removed > 0 ? t("indicatorsRemoved", { count: i.removed }) : null,
    i.changed > 0
      ? within
        ? t("indicatorsChangedWithin", { count: i.changed, within })
        : t("indicatorsChanged", { count: i.changed })
      : null,
    i.split > 0 ? t("indicatorsSplit", { count: i.split }) : null,
    i.merged > 0 ? t("indicatorsMergers", { count: i.merged }) : null,
    i.retired > 0 ? t("indicatorsRetired", { count: i.retired }) : null,
  ]);
  paragraphs.push(
    indicatorParts
      ? t("indicatorsLine", { parts: indicatorParts, unchanged: i.unchanged })
      : t("indicatorsNone", { unchanged: i.unchanged }),
  );
  const a = summary.areas;
  const otherAreaChanges = diff.areas.changed.filter((area) =>
    area.changes.some((change) => !["name", "parent", "position"].includes(change.field)),
  ).length;
  const areaParts = present([
    a.added > 0 ? t("areasAdded", { count: a.added }) : null,
    a.removed > 0 ? t("areasRemoved", { count: a.removed }) : null,
    a.renamed > 0 ? t("areasRenamed", { count: a.renamed }) : null,
    a.moved > 0 ? t("areasMoved", { count: a.moved }) : null,
    a.reordered > 0 ? t("areasReordered", { count: a.reordered }) : null,
    otherAreaChanges > 0 ? t("areasNewDescription", { count: otherAreaChanges }) : null,
  ]);
  if (areaParts) paragraphs.push(t("areasLine", { parts: areaParts, unchanged: a.unchanged }));
  if (diff.framework.length > 0) {
    const fields = diff.framework.map((change) => fieldLabel("framework", change, w).toLocaleLowerCase(locale)).join(", ");
    paragraphs.push(t("frameworkLine", { fields }));
  }
  return paragraphs;
}

/**
 * The diff in sentences and small tables, for the annex of the working-group report (Word,
 * PDF), in the report's language (English when none is given). Pure: the report renderer
 * decides fonts and layout. Changed indicators get one table each (field | before | after), so
 * that a table never has to repeat a long name on each row. Names, codes, notes and the
 * before/after values are the diff's own.
 */
export function diffSentences(diff: DefinitionDiff, locale: Locale = DEFAULT_LOCALE): DiffAnnex {
  // The annex's texts in the report's language (decision 057); its messages live with the report's.
  const t = annexWords(locale);
  const w = diffWords(locale);
  const sections: DiffAnnexSection[] = [];
  const columns = [t("columnField"), t("columnBefore"), t("columnAfter")];
  const shown = (of: DiffOf, change: FieldChange, side: "before" | "after") => changeValue(of, change, side, w, locale) ?? NOT_SET;
  const changeRows = (of: "framework" | "indicator", changes: readonly FieldChange[]) =>
    changes.map((change) => [fieldLabel(of, change, w), shown(of, change, "before"), shown(of, change, "after")]);

  if (diff.framework.length > 0) {
    sections.push({
      heading: t("headingFramework"),
      paragraphs: [],
      tables: [{ caption: t("captionFramework"), columns, rows: changeRows("framework", diff.framework) }],
    });
  }

  const { areas } = diff;
  if (areas.added.length + areas.removed.length + areas.changed.length > 0) {
    const paragraphs = [
      ...areas.added.map((area) => t("added", { name: area.path })),
      ...areas.removed.map((area) => t("removed", { name: area.path })),
    ];
    const rows = areas.changed.flatMap((area) =>
      area.changes.map((change) => [
        `${area.code} ${area.name}`,
        t("changeKind", { kind: changeKindWord(changeKindOf("area", change.field), w), label: fieldLabel("area", change, w) }),
        shown("area", change, "before"),
        shown("area", change, "after"),
      ]),
    );
    const areaColumns = [t("columnArea"), t("columnChange"), t("columnBefore"), t("columnAfter")];
    const tables = rows.length > 0 ? [{ caption: t("captionAreas"), columns: areaColumns, rows }] : [];
    sections.push({ heading: t("headingAreas"), paragraphs, tables });
  }

  for (const group of groupDiffByArea(diff)) {
    const paragraphs = [
      ...group.added.map((ref) => t("added", { name: name(ref) })),
      ...group.removed.map((ref) => t("removed", { name: name(ref) })),
      ...group.split.map((split) => withNote(t("split", { from: name(split.from), to: codes(split.to) }), split.note)),
      ...group.merged.map((merge) => withNote(t("merged", { from: codes(merge.from), to: name(merge.to) }), merge.note)),
      ...group.retired.map((ref) => withNote(t("retired", { name: name(ref) }), ref.note)),
    ];
    const tables = group.changed.map((change) => ({
      caption: change.previousCode ? t("formerly", { name: name(change), code: change.previousCode }) : name(change),
      columns,
      rows: changeRows("indicator", change.changes),
    }));
    sections.push({ heading: `${group.areaCode} ${group.areaName}`, paragraphs, tables });
  }

  const title = t("title", {
    from: String(diff.before.number ?? "?"),
    to: String(diff.after.number ?? "?"),
    framework: diff.after.frameworkName,
  });
  return { title, heading: t("annexHeading", { title }), summary: summaryParagraphs(diff, t, w, locale), sections };
}
