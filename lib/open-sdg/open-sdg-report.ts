import type { Problem } from "@/lib/problems/problem";
import type { OpenSdgLockedValue } from "./open-sdg-plan";
import type { OpenSdgRefusalReason } from "./open-sdg-refusal";
import type { OpenSdgWarning } from "./parse-open-sdg-data";
import type { PeriodRule } from "./parse-open-sdg-period";

export type { OpenSdgWarning };

/** An observation that repeats an earlier one (same file, year and disaggregation): not stored, listed. */
export type OpenSdgRepeat = {
  file: string;
  line: number;
  /** The line of the occurrence that was kept (the first). */
  firstLine: number;
  year: number;
  /** Column name -> cell, as in the file; {} is the headline series. */
  disaggregation: Record<string, string>;
  value: number;
  firstValue: number;
  differs: boolean;
};

/** What a partial import ("import what can be imported") left out, with why. */
export type OpenSdgRefused = {
  /** Files left out whole, with why and how many data rows they held (0 for a file that could not be read as text). */
  files: { file: string; reason: OpenSdgRefusalReason; message: string; rows: number }[];
  /** Data rows left out: those of the files above and single rows of the others. */
  rows: number;
  /** Rows left out by reason; a refused file's rows count under the file's reason. */
  byReason: Partial<Record<OpenSdgRefusalReason, number>>;
  /** The single rows left out, by file and line (the first MAX_LISTED_PROBLEMS). */
  problems: Problem[];
};

/**
 * What an Open SDG import did, or would do in a dry run. Stored as the job's result and shown
 * to people. Every row of every indicator file is accounted for:
 * rows === created + updated + unchanged + repeated + locked + blank + refused.rows, and
 * values.total (non-blank) === values.stored + values.repeated + values.locked.
 */
export type OpenSdgImportReport = {
  dryRun: boolean;
  sourceName: string;
  frameworkCode: string;
  /** true when this import created the framework. */
  frameworkCreated: boolean;
  files: {
    /** data/indicator_*.csv files read. */
    indicatorFiles: number;
    metadataFiles: number;
    /** Files that are not indicator data, with why. */
    skipped: { file: string; reason: string }[];
  };
  /** Data rows of the indicator files (fully empty lines aside), refused ones included. */
  rows: number;
  /** true: refused files and rows were left out (listed in `refused`); false: any refusal refuses the import. */
  partial: boolean;
  refused: OpenSdgRefused;
  values: {
    /** Non-blank Value cells. */
    total: number;
    /** Blank Value cells: missing values, left missing. */
    blank: number;
    /** created + updated + unchanged. */
    stored: number;
    created: number;
    updated: number;
    unchanged: number;
    /** Later occurrences of an observation already seen: listed in `repeated`, not stored. */
    repeated: number;
    /** Values of the framework that the files do not mention: kept as they are. */
    notInSource: number;
    /** Values the import may not change (submitted, approved, closed cycle): listed in `locked`, left unchanged. */
    locked: number;
  };
  /** Fiscal and school years ("2014/2015") stored under one year by the rule chosen; the label stays on the value. */
  periods: { rule: PeriodRule; mapped: number };
  repeated: OpenSdgRepeat[];
  locked: OpenSdgLockedValue[];
  indicators: { total: number; created: number; updated: number; unchanged: number; withoutMetadata: string[] };
  areas: { created: number; updated: number };
  dimensions: { used: number; created: string[]; membersCreated: number };
  /** "en" for meta/*.md, plus each meta/<lang>/ folder. */
  languages: string[];
  warnings: OpenSdgWarning[];
};
