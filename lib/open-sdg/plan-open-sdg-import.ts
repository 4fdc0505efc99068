import { randomUUID } from "node:crypto";
import type { OpenSdgExistingState, OpenSdgImportPlan, OpenSdgPlannedValues, OpenSdgPlanParams } from "./open-sdg-plan";
import type { ParsedOpenSdgSource } from "./parse-open-sdg-source";
import { planOpenSdgImportByFile } from "./plan-open-sdg-import-by-file";

export { DEFAULT_OPEN_SDG_FRAMEWORK_NAME } from "./open-sdg-plan";

/**
 * The whole plan of an import, its values held in memory: the by-file plan
 * (plan-open-sdg-import-by-file.ts) with every file's values collected. For checks and small
 * data sets; the import itself stages each file's values as they are planned.
 */
export function planOpenSdgImport(
  source: ParsedOpenSdgSource,
  existing: OpenSdgExistingState,
  params: OpenSdgPlanParams,
  newId: () => string = randomUUID,
): OpenSdgImportPlan {
  const planning = planOpenSdgImportByFile(source, existing, params, newId);
  const values: OpenSdgPlannedValues = { create: [], update: [] };
  for (const planned of planning.planValues()) {
    for (const value of planned.values.create) values.create.push(value);
    for (const value of planned.values.update) values.update.push(value);
  }
  return { ...planning.finish(), values };
}
