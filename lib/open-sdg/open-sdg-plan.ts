import type { CycleStatus, ValueStatus, ValueType } from "@/lib/generated/prisma/enums";
import type { Problem } from "@/lib/problems/problem";
import type { OpenSdgImportReport } from "./open-sdg-report";
import type { PeriodRule } from "./parse-open-sdg-period";
import type { ExistingDimension } from "./plan-open-sdg-dimensions";

/**
 * The shapes of an Open SDG import plan: what the import finds in the database, and what it
 * will create and change (lib/open-sdg/plan-open-sdg-import.ts makes it, write-open-sdg-plan.ts
 * writes it).
 */

/** A framework as the import finds it: its version that receives the data, with everything in it. */
export type ExistingOpenSdgFramework = {
  id: string;
  code: string;
  name: string;
  versionId: string;
  areas: {
    id: string;
    code: string;
    name: string;
    nameTranslations: Record<string, string> | null;
    description: string | null;
    parentId: string | null;
    position: number;
  }[];
  indicators: {
    id: string;
    identityId: string;
    code: string;
    name: string;
    nameTranslations: Record<string, string> | null;
    valueType: ValueType;
    position: number;
    /** Linked dimensions with their positions. */
    dimensions: { dimensionId: string; position: number }[];
  }[];
  values: {
    id: string;
    identityId: string;
    year: number;
    disaggregation: string;
    number: number | null;
    status: ValueStatus;
    version: number;
  }[];
  /** The framework's reporting cycles: a closed one accepts no value. */
  cycles: { year: number; status: CycleStatus }[];
};

export type OpenSdgExistingState = { dimensions: ExistingDimension[]; framework: ExistingOpenSdgFramework | null };

export type OpenSdgPlanParams = {
  frameworkCode: string;
  frameworkName?: string;
  sourceName: string;
  dryRun: boolean;
  /** How periods were read (parse-open-sdg-period.ts), for the report; "last" when not given. */
  periodRule?: PeriodRule;
  /** "Import what can be imported": leave refused files and rows out and list them, instead of refusing the import. */
  partial?: boolean;
};

export type Names = { name: string; nameTranslations: Record<string, string> };

export type PlannedAreaCreate = {
  id: string;
  code: string;
  name: string;
  nameTranslations: Record<string, string>;
  description: string | null;
  parentCode: string | null;
  position: number;
};
export type PlannedAreaUpdate = {
  id: string;
  code: string;
  before: Names & { description: string | null };
  after: Names & { description: string | null };
};
export type PlannedIndicatorCreate = {
  id: string;
  code: string;
  name: string;
  nameTranslations: Record<string, string>;
  unit: string | null;
  areaCode: string;
  targetCode: string | null;
  /** Dimensions in the file's column order: codes (for a new framework's definition) and ids. */
  dimensionCodes: string[];
  dimensionIds: string[];
  position: number;
  file: string;
};
export type PlannedIndicatorUpdate = {
  id: string;
  code: string;
  before: Names;
  after: Names;
  addDimensions: { dimensionId: string; code: string; position: number }[];
};
export type PlannedValueCreate = {
  id: string;
  indicatorCode: string;
  year: number;
  disaggregation: string;
  /** "Total" or the row's cells, "Urban, Women", for the audit log. */
  breakdown: string;
  number: number;
  source: string;
  /** The Year cell as written when it was a period ("2014/2015"); null for a plain year. */
  periodLabel: string | null;
};
export type PlannedValueUpdate = PlannedValueCreate & { before: { number: number | null; status: ValueStatus; version: number } };

export const DEFAULT_OPEN_SDG_FRAMEWORK_NAME = "National SDG indicators";

/** The values a plan creates and changes. */
export type OpenSdgPlannedValues = { create: PlannedValueCreate[]; update: PlannedValueUpdate[] };

export type OpenSdgImportPlan = {
  report: OpenSdgImportReport;
  /** Anything here refuses the whole import. */
  problems: Problem[];
  frameworkName: string;
  areas: { create: PlannedAreaCreate[]; update: PlannedAreaUpdate[] };
  indicators: { create: PlannedIndicatorCreate[]; update: PlannedIndicatorUpdate[] };
  dimensions: {
    create: { id: string; code: string; name: string; position: number }[];
    createMembers: { id: string; dimensionId: string; code: string; name: string; position: number }[];
  };
  values: OpenSdgPlannedValues;
};

/**
 * A plan whose values were staged file by file as they were planned (decision 040): what the
 * apply writes besides them. Its report counts the values.
 */
export type OpenSdgStagedPlan = Omit<OpenSdgImportPlan, "values">;

/** A value the import may not change (submitted, approved, or of a closed cycle): left as it is and listed. */
export type OpenSdgLockedValue = {
  file: string;
  line: number;
  indicatorCode: string;
  year: number;
  breakdown: string;
  storedValue: number | null;
  importedValue: number;
  message: string;
};
