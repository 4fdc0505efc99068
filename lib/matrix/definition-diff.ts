/**
 * The result of `diffDefinitions`: plain data (strings, numbers, arrays, null), so that it
 * goes unchanged through JSON (API, jobs), a server component, a workbook or a report annex.
 * Every before / after is already a display string; null means "not set".
 */

export type FieldChange<Field extends string = string> = {
  /** Stable key: "leadInstitution", "targets.2030", "nameTranslations.ro", "area". */
  field: Field;
  /** Human words: "Lead institution", "Target 2030", "Name (ro)". */
  label: string;
  before: string | null;
  after: string | null;
};

export type FrameworkField = "code" | "name" | "description" | "scoringMethod" | "baseYear";

export type AreaField = "name" | `nameTranslations.${string}` | "description" | `descriptionTranslations.${string}` | "parent" | "position";

export type IndicatorField =
  | "code"
  | "name"
  | `nameTranslations.${string}`
  | "definition"
  | `definitionTranslations.${string}`
  | `unitTranslations.${string}`
  | `dataSourceTranslations.${string}`
  | `verificationTranslations.${string}`
  | "valueType"
  | "unit"
  | "direction"
  | "lowerLimit"
  | "upperLimit"
  | "decimals"
  | "breakdownsMustSum"
  | "baseline"
  | `targets.${number}`
  | "levels"
  | "leadInstitution"
  | "contributors"
  | "dataSource"
  | "verification"
  | "dimensions"
  | "mappings.mgiDomain"
  | "mappings.sdgTargets"
  | "mappings.gcmObjectives"
  | "area"
  | "position";

export type VersionRef = {
  frameworkCode: string;
  frameworkName: string;
  number: number | null;
  label: string;
  status: string | null;
};

export type AreaRef = { code: string; name: string; parentCode: string | null; path: string };

export type AreaChange = AreaRef & { changes: FieldChange<AreaField>[] };

/** An indicator on one side; the area is where it sits on that side. */
export type IndicatorRef = { code: string; name: string; areaCode: string; areaName: string };

/** A kept or renamed indicator whose definition changed; the ref is its new state. */
export type IndicatorChange = IndicatorRef & {
  /** The old code when the mapping renamed it, else null. */
  previousCode: string | null;
  note: string | null;
  changes: FieldChange<IndicatorField>[];
};

export type IndicatorSplit = { from: IndicatorRef; to: IndicatorRef[]; note: string | null };
export type IndicatorMerge = { from: IndicatorRef[]; to: IndicatorRef; note: string | null };
export type IndicatorRetirement = IndicatorRef & { note: string | null };

export type DiffSummary = {
  frameworkFields: number;
  areas: { added: number; removed: number; changed: number; renamed: number; moved: number; reordered: number; unchanged: number };
  indicators: {
    added: number;
    removed: number;
    changed: number;
    renamed: number;
    moved: number;
    reordered: number;
    split: number;
    merged: number;
    retired: number;
    unchanged: number;
  };
  /** True when the two versions define the same matrix (version labels aside). */
  isEmpty: boolean;
};

export type DefinitionDiff = {
  before: VersionRef;
  after: VersionRef;
  framework: FieldChange<FrameworkField>[];
  areas: { added: AreaRef[]; removed: AreaRef[]; changed: AreaChange[]; unchanged: number };
  indicators: {
    /** New indicators, in the new version's order. */
    added: IndicatorRef[];
    /** Indicators that end without a mapping entry, in the old version's order. */
    removed: IndicatorRef[];
    changed: IndicatorChange[];
    split: IndicatorSplit[];
    merged: IndicatorMerge[];
    retired: IndicatorRetirement[];
    /** Kept indicators with no change at all: counted, not listed. */
    unchanged: number;
  };
  /** Area codes in reading order: the new version's areas, then the removed ones. */
  areaOrder: string[];
  summary: DiffSummary;
};
