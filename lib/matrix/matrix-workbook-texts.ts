import { createTranslator } from "use-intl/core";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";
import type { Direction, ValueType } from "@/lib/generated/prisma/enums";
import en from "@/messages/en/matrix-workbooks.json";
import es from "@/messages/es/matrix-workbooks.json";
import fr from "@/messages/fr/matrix-workbooks.json";
import ro from "@/messages/ro/matrix-workbooks.json";
import ru from "@/messages/ru/matrix-workbooks.json";
import type { AreaColumnKey, FrameworkFieldKey, IndicatorColumnKey } from "./matrix-columns";

// Imported, not loaded per call, as the report's texts are (report-messages.ts): a workbook may
// be written outside a request, and these texts are small.
const MESSAGES: Record<Locale, typeof en> = { en, ro, ru, fr, es };

/**
 * The explanatory texts of the matrix workbooks (the template, a version's export and the
 * translations file) in one language: the "Read me" sheets and the meanings of the columns.
 * Column codes and sheet names stay as they are, since imports read them.
 */
export const matrixWorkbookWords = (locale: Locale = DEFAULT_LOCALE) =>
  createTranslator({ locale, messages: MESSAGES[locale], namespace: "MatrixWorkbooks" });

export type MatrixWorkbookWords = ReturnType<typeof matrixWorkbookWords>;
type Meaning = (t: MatrixWorkbookWords) => string;

/** What each column of the Indicators sheet holds; the Record type makes a new column fail the type check until it has one. */
export const INDICATOR_MEANINGS: Record<IndicatorColumnKey, Meaning> = {
  code: (t) => t("indicatorColumns.code"),
  area_code: (t) => t("indicatorColumns.areaCode"),
  name: (t) => t("indicatorColumns.name"),
  definition: (t) => t("indicatorColumns.definition"),
  type: (t) => t("indicatorColumns.type"),
  unit: (t) => t("indicatorColumns.unit"),
  direction: (t) => t("indicatorColumns.direction"),
  lower_limit: (t) => t("indicatorColumns.lowerLimit"),
  upper_limit: (t) => t("indicatorColumns.upperLimit"),
  decimals: (t) => t("indicatorColumns.decimals"),
  breakdowns_must_sum: (t) => t("indicatorColumns.breakdownsMustSum"),
  baseline_year: (t) => t("indicatorColumns.baselineYear"),
  baseline_value: (t) => t("indicatorColumns.baselineValue"),
  targets: (t) => t("indicatorColumns.targets"),
  levels: (t) => t("indicatorColumns.levels"),
  lead_institution: (t) => t("indicatorColumns.leadInstitution"),
  contributors: (t) => t("indicatorColumns.contributors"),
  data_source: (t) => t("indicatorColumns.dataSource"),
  verification: (t) => t("indicatorColumns.verification"),
  dimensions: (t) => t("indicatorColumns.dimensions"),
  mgi_domain: (t) => t("indicatorColumns.mgiDomain"),
  sdg_targets: (t) => t("indicatorColumns.sdgTargets"),
  gcm_objectives: (t) => t("indicatorColumns.gcmObjectives"),
  area_name: (t) => t("indicatorColumns.areaName"),
};

export const AREA_MEANINGS: Record<AreaColumnKey, Meaning> = {
  code: (t) => t("areaColumns.code"),
  parent_code: (t) => t("areaColumns.parentCode"),
  name: (t) => t("areaColumns.name"),
  description: (t) => t("areaColumns.description"),
  order: (t) => t("areaColumns.order"),
};

export const FRAMEWORK_MEANINGS: Record<FrameworkFieldKey, Meaning> = {
  code: (t) => t("frameworkFields.code"),
  name: (t) => t("frameworkFields.name"),
  description: (t) => t("frameworkFields.description"),
  scoring_method: (t) => t("frameworkFields.scoringMethod"),
  base_year: (t) => t("frameworkFields.baseYear"),
  version_number: (t) => t("frameworkFields.versionNumber"),
  version_label: (t) => t("frameworkFields.versionLabel"),
  version_status: (t) => t("frameworkFields.versionStatus"),
  approved_at: (t) => t("frameworkFields.approvedAt"),
};

export const VALUE_TYPE_MEANINGS: Record<ValueType, Meaning> = {
  NUMBER: (t) => t("valueTypes.number"),
  PERCENTAGE: (t) => t("valueTypes.percentage"),
  YES_NO: (t) => t("valueTypes.yesNo"),
  LEVELS: (t) => t("valueTypes.levels"),
  TEXT: (t) => t("valueTypes.text"),
};

/** The label beside each value type's code in the Value types sheet (the code is what imports read). */
export const VALUE_TYPE_LABEL_WORDS: Record<ValueType, Meaning> = {
  NUMBER: (t) => t("valueTypeLabels.NUMBER"),
  PERCENTAGE: (t) => t("valueTypeLabels.PERCENTAGE"),
  YES_NO: (t) => t("valueTypeLabels.YES_NO"),
  LEVELS: (t) => t("valueTypeLabels.LEVELS"),
  TEXT: (t) => t("valueTypeLabels.TEXT"),
};

/** The label beside each direction's code in the Directions sheet. */
export const DIRECTION_LABEL_WORDS: Record<Direction, Meaning> = {
  INCREASE: (t) => t("directionLabels.INCREASE"),
  DECREASE: (t) => t("directionLabels.DECREASE"),
  MAINTAIN: (t) => t("directionLabels.MAINTAIN"),
};

/** The "Read me" sheet of a matrix workbook: its headers and its own lines. */
export const matrixReadMeTexts = (t: MatrixWorkbookWords) => ({
  headers: [t("readMe.sheet"), t("readMe.column"), t("readMe.required"), t("readMe.meaning"), t("readMe.example")],
  yes: t("readMe.yes"),
  translationColumn: t("readMe.translationColumn"),
  allSheets: t("readMe.allSheets"),
  allSheetsNote: t("readMe.allSheetsNote"),
});

/** The "Read me" sheet of a translations workbook. */
export const translationReadMeTexts = (t: MatrixWorkbookWords) => ({
  sheet: t("translationReadMe.sheet"),
  lines: [
    t("translationReadMe.line1"),
    t("translationReadMe.line2"),
    t("translationReadMe.line3"),
    t("translationReadMe.line4"),
    t("translationReadMe.line5"),
    t("translationReadMe.line6"),
  ],
});
