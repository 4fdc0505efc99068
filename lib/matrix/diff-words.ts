import { FORMAT_LOCALES, type Locale } from "@/lib/i18n/locales";
import { DIRECTION_LABELS, VALUE_TYPE_LABELS } from "@/lib/indicators/value-types";
import type en from "@/messages/en/report.json";
import { changeKindOf } from "./change-kind";
import type { FieldChange } from "./definition-diff";
import { SCORING_METHOD_LABELS, TOP_LEVEL_AREA } from "./diff-english-words";

/** A key of the diff's words (namespace `MatrixDiffWords` of report.json, small enough for the client). */
export type DiffWordKey = keyof (typeof en)["MatrixDiffWords"];
/**
 * The diff's words in one language: the report annex and the workbook make it with
 * `diffWords(locale)` (diff-sentences.ts), the page component wraps next-intl's
 * `useTranslations("MatrixDiffWords")`. This module imports no messages, so that it may run in the browser.
 */
export type DiffWords = (key: DiffWordKey, values?: Record<string, string | number>) => string;

/** One word, written as a call so that the messages test sees its key used. */
type Word = (t: DiffWords) => string;
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

export type DiffOf = "framework" | "area" | "indicator";
export type ChangeKind = ReturnType<typeof changeKindOf> | "Added" | "Removed" | "Split" | "Merged" | "Retired";

const KIND_WORDS: Record<ChangeKind, Word> = {
  Added: (t) => t("kindAdded"),
  Removed: (t) => t("kindRemoved"),
  Renamed: (t) => t("kindRenamed"),
  Moved: (t) => t("kindMoved"),
  Reordered: (t) => t("kindReordered"),
  Changed: (t) => t("kindChanged"),
  Split: (t) => t("kindSplit"),
  Merged: (t) => t("kindMerged"),
  Retired: (t) => t("kindRetired"),
};

export const changeKindWord = (kind: ChangeKind, t: DiffWords) => KIND_WORDS[kind](t);

const FIELD_WORDS: Record<string, Word> = {
  description: (t) => t("fieldDescription"),
  scoringMethod: (t) => t("fieldScoringMethod"),
  baseYear: (t) => t("fieldBaseYear"),
  name: (t) => t("fieldName"),
  parent: (t) => t("fieldParent"),
  position: (t) => t("fieldPosition"),
  area: (t) => t("fieldArea"),
  code: (t) => t("fieldCode"),
  definition: (t) => t("fieldDefinition"),
  valueType: (t) => t("fieldType"),
  unit: (t) => t("fieldUnit"),
  direction: (t) => t("fieldDirection"),
  lowerLimit: (t) => t("fieldLowerLimit"),
  upperLimit: (t) => t("fieldUpperLimit"),
  decimals: (t) => t("fieldDecimals"),
  breakdownsMustSum: (t) => t("fieldBreakdownsMustSum"),
  baseline: (t) => t("fieldBaseline"),
  levels: (t) => t("fieldLevels"),
  leadInstitution: (t) => t("fieldLeadInstitution"),
  contributors: (t) => t("fieldContributors"),
  dataSource: (t) => t("fieldDataSource"),
  verification: (t) => t("fieldVerification"),
  dimensions: (t) => t("fieldDimensions"),
  "mappings.mgiDomain": (t) => t("fieldMgiDomain"),
  "mappings.sdgTargets": (t) => t("fieldSdgTargets"),
  "mappings.gcmObjectives": (t) => t("fieldGcmObjectives"),
};

/** A field's name in the reader's language, from the change's stable `field`; a field this list does not know keeps the diff's English label. */
export function fieldLabel(of: DiffOf, change: Pick<FieldChange, "field" | "label">, t: DiffWords): string {
  const [field = "", detail] = change.field.split(".");
  if (field === "targets" && detail) return t("fieldTarget", { year: detail });
  if (field.endsWith("Translations") && detail) {
    const base = fieldLabel(of, { ...change, field: field.replace(/Translations$/, "") }, t);
    return t("inLanguage", { field: base, language: detail });
  }
  if (of === "framework" && field === "code") return t("fieldFrameworkCode");
  if (of === "framework" && field === "name") return t("fieldFrameworkName");
  if (of === "indicator" && field === "position") return t("fieldPositionInArea");
  const word = own(FIELD_WORDS, change.field) ?? (field === "mappings" ? undefined : own(FIELD_WORDS, field));
  return word ? word(t) : change.label;
}

/** The diff's fixed English words (lib/indicators/value-types, the scoring methods) and their keys. */
const WORDS_BY_FIELD: Record<string, Record<string, Word>> = {
  valueType: {
    [VALUE_TYPE_LABELS.NUMBER]: (t) => t("typeNumber"),
    [VALUE_TYPE_LABELS.PERCENTAGE]: (t) => t("typePercentage"),
    [VALUE_TYPE_LABELS.YES_NO]: (t) => t("typeYesNo"),
    [VALUE_TYPE_LABELS.LEVELS]: (t) => t("typeLevels"),
    [VALUE_TYPE_LABELS.TEXT]: (t) => t("typeText"),
  },
  direction: {
    [DIRECTION_LABELS.INCREASE]: (t) => t("directionIncrease"),
    [DIRECTION_LABELS.DECREASE]: (t) => t("directionDecrease"),
    [DIRECTION_LABELS.MAINTAIN]: (t) => t("directionMaintain"),
  },
  breakdownsMustSum: { Yes: (t) => t("valueYes"), No: (t) => t("valueNo") },
  scoringMethod: {
    [SCORING_METHOD_LABELS.NORMALISED_ACHIEVEMENT]: (t) => t("scoringNormalised"),
    [SCORING_METHOD_LABELS.SDG_10_7_2]: (t) => t("scoringSdg"),
  },
};

// The shapes the diff writes its values in (compare-indicator-fields.ts, diff-areas.ts, diff-indicators.ts).
const POSITION = /^(\d+) of (\d+)$/;
const LEADING_NUMBER = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?=$| )/;
const YES_NO_VALUE = /^(Yes|No) \((yes|no)\)/;
const FINAL = " (final)";
const SCORE = / \(score (-?\d+(?:\.\d+)?)\)(?=;|$)/g;

function localNumber(english: string, locale: Locale): string {
  const number = Number(english.replaceAll(",", ""));
  return new Intl.NumberFormat(FORMAT_LOCALES[locale], { maximumFractionDigits: 6 }).format(number);
}

/** A baseline's or a target's value: its number in the reader's format, "Yes (yes)" in their words. */
function definitionValue(value: string, t: DiffWords, locale: Locale): string {
  const yesNo = YES_NO_VALUE.exec(value);
  if (yesNo) return `${t(yesNo[1] === "Yes" ? "valueYes" : "valueNo")} (${yesNo[2]})${value.slice(yesNo[0].length)}`;
  return value.replace(LEADING_NUMBER, (number) => localNumber(number, locale));
}

/**
 * A before or after value in the reader's language. The diff keeps its values as English
 * display strings (its JSON is the API's answer, decision 057); the words it takes from fixed
 * lists (types, directions, yes/no, scoring methods, "Top level"), the positions ("2 of 5"),
 * "(final)", "(score 0.5)" and its numbers are worded here, from the field that says which
 * shape the value has. Names, codes and texts typed by people stay as they are.
 */
export function changeValue(of: DiffOf, change: FieldChange, side: "before" | "after", t: DiffWords, locale: Locale): string | null {
  const value = change[side];
  if (value === null || locale === "en") return value;
  const [field = ""] = change.field.split(".");
  const words = own(WORDS_BY_FIELD, change.field);
  const fixed = words && own(words, value);
  if (fixed) return fixed(t);
  if (field === "position") {
    const position = POSITION.exec(value);
    return position ? t("positionOf", { position: position[1]!, count: position[2]! }) : value;
  }
  if (of === "area" && field === "parent" && value === TOP_LEVEL_AREA) return t("topLevel");
  if (field === "lowerLimit" || field === "upperLimit" || field === "decimals") return definitionValue(value, t, locale);
  if (field === "baseline") return definitionValue(value, t, locale);
  if (field === "targets") {
    const isFinal = value.endsWith(FINAL);
    const shown = definitionValue(isFinal ? value.slice(0, -FINAL.length) : value, t, locale);
    return isFinal ? t("finalTarget", { value: shown }) : shown;
  }
  if (field === "levels") return value.replace(SCORE, (_, score: string) => ` ${t("levelScore", { score: localNumber(score, locale) })}`);
  return value;
}
