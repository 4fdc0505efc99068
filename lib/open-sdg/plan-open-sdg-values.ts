import { checkValueWritable } from "@/lib/monitoring/value-workflow";
import type { ExistingOpenSdgFramework, OpenSdgLockedValue, OpenSdgPlannedValues } from "./open-sdg-plan";
import type { OpenSdgRepeat } from "./open-sdg-report";
import type { DimensionCatalogue } from "./plan-open-sdg-dimensions";
import type { SourceIndicator } from "./plan-open-sdg-structure";

/** What value planning has counted so far, over every file planned. */
export type OpenSdgValueCounts = {
  repeated: OpenSdgRepeat[];
  locked: OpenSdgLockedValue[];
  /** Observations (rows that were not refused), blank ones included. */
  rows: number;
  /** Non-blank values. */
  total: number;
  blank: number;
  unchanged: number;
  /** Non-blank values whose Year cell was a period ("2014/2015"). */
  fromPeriods: number;
  /** Stored values of the framework that the files mention (each at most once: codes and keys are unique). */
  seenExisting: number;
};

/**
 * Step 3: values, one indicator (one file) at a time, so that only one file's observations
 * and planned values are held (decision 040); the counts, the repeats and the locked values
 * add up over every file. The first occurrence of an observation (file, year,
 * disaggregation) wins; repeats are listed, never stored. Stored values are found by the
 * indicator's identity, whichever version they were reported against, and judged by the rule
 * every source shares.
 */
export function createOpenSdgValuePlanner(
  framework: ExistingOpenSdgFramework | null,
  catalogue: DimensionCatalogue,
  newId: () => string,
): { plan: (indicator: SourceIndicator) => OpenSdgPlannedValues; counts: OpenSdgValueCounts } {
  const codeOfIdentity = new Map((framework?.indicators ?? []).map((indicator) => [indicator.identityId, indicator.code]));
  const existingValues = new Map(
    (framework?.values ?? []).map((value) => [`${codeOfIdentity.get(value.identityId)}|${value.year}|${value.disaggregation}`, value]),
  );
  const cycleOfYear = new Map((framework?.cycles ?? []).map((cycle) => [cycle.year, cycle]));
  const counts: OpenSdgValueCounts = {
    repeated: [],
    locked: [],
    rows: 0,
    total: 0,
    blank: 0,
    unchanged: 0,
    fromPeriods: 0,
    seenExisting: 0,
  };
  const plan = (indicator: SourceIndicator): OpenSdgPlannedValues => {
    const values: OpenSdgPlannedValues = { create: [], update: [] };
    const source = `Open SDG: ${indicator.file.file}`;
    const first = new Map<string, { line: number; value: number }>();
    // A file repeats a few breakdowns over many rows: each is coded once (the catalogue only grows).
    const keys = new Map<string, string>();
    for (const observation of indicator.file.readObservations()) {
      counts.rows += 1;
      if (observation.value === null) {
        counts.blank += 1;
        continue;
      }
      counts.total += 1;
      if (observation.periodLabel) counts.fromPeriods += 1;
      let cells = "";
      for (const column in observation.disaggregation) cells += `${column}\u0001${observation.disaggregation[column]}\u0000`;
      let disaggregation = keys.get(cells);
      if (disaggregation === undefined) keys.set(cells, (disaggregation = catalogue.keyOf(observation.disaggregation)));
      const key = `${observation.year}|${disaggregation}`;
      const earlier = first.get(key);
      if (earlier) {
        counts.repeated.push({
          file: indicator.file.file,
          line: observation.line,
          firstLine: earlier.line,
          year: observation.year,
          disaggregation: observation.disaggregation,
          value: observation.value,
          firstValue: earlier.value,
          differs: earlier.value !== observation.value,
        });
        continue;
      }
      first.set(key, { line: observation.line, value: observation.value });
      const breakdown = Object.values(observation.disaggregation).join(", ") || "Total";
      const value = {
        indicatorCode: indicator.code,
        year: observation.year,
        disaggregation,
        breakdown,
        number: observation.value,
        source,
        periodLabel: observation.periodLabel ?? null,
      };
      const stored = existingValues.get(`${indicator.code}|${key}`);
      if (stored) counts.seenExisting += 1;
      // Numbers are stored exactly (lib/monitoring/store-exact-numbers.ts); those an earlier release rounded are corrected.
      if (stored && stored.number === observation.value) {
        counts.unchanged += 1;
        continue;
      }
      // The same rule as every other source of values (lib/monitoring/value-workflow.ts).
      const writable = checkValueWritable(stored?.status ?? null, cycleOfYear.get(observation.year) ?? null);
      if (!writable.ok) {
        counts.locked.push({
          file: indicator.file.file,
          line: observation.line,
          indicatorCode: indicator.code,
          year: observation.year,
          breakdown,
          storedValue: stored?.number ?? null,
          importedValue: observation.value,
          message: writable.message.english,
        });
        continue;
      }
      if (!stored) values.create.push({ id: newId(), ...value });
      else
        values.update.push({ id: stored.id, ...value, before: { number: stored.number, status: stored.status, version: stored.version } });
    }
    return values;
  };
  return { plan, counts };
}
