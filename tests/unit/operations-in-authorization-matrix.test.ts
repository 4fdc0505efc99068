/**
 * Every operation under lib/ (an exported async function whose first parameter is the
 * caller's AccessContext) is in an authorization matrix: the test of who may do it, for every
 * role, with the database unchanged on refusal. A new operation fails this test until it is
 * added there. Reads that filter what they return by the caller's visibility, rather than
 * refuse, are listed below with the test that covers them, and a changing operation may never
 * be listed there.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const MATRICES = [
  "tests/integration/accounts-authorization-matrix.test.ts",
  "tests/integration/monitoring-authorization-matrix.test.ts",
  "tests/fixtures/matrix-editor-operations.ts",
];

/**
 * Reads whose authorization is what they let through: visible values, the workspace's own
 * records, or a guard that other operations call first. Covered by the institution-isolation
 * tests (tests/integration/accounts-institution-isolation.test.ts) and by their own files.
 */
const VISIBILITY_READS = new Set([
  "getCountedValuesFingerprint",
  "findDraftArea",
  "findDraftIndicator",
  "findVersion",
  // The guard and loading that exportMatrixVersion and exportMatrixTranslations (both in the editor's matrix) share.
  "findVersionToExport",
  "getFrameworkMatrix",
  // The matrix's raw reads of visible values (decision 061, tests/integration/visible-values-sql.test.ts).
  "getTotalYears",
  "listLatestTotals",
  "getFrameworkProgress",
  "getFrameworkStructure",
  "getHeadlineProgress",
  // Counts of the workspace's own records, for the dashboard of whoever manages cycles (getAttentionItems asks).
  "getLateInstitutionCounts",
  "getIndicatorDetail",
  "getInstitutionOverview",
  "getJob",
  "getValueHistory",
  "listCycles",
  "listFrameworkVersions",
  "listFrameworks",
  "listInstitutions",
  "listOpenCycles",
  "listReviewQueue",
  "loadFrameworkData",
  "loadFrameworkExport",
  "loadOpenSdgExport",
  "loadReport",
  "readJobFile",
  "requireCycle",
  // A cycle and its version's indicators, the workspace's own, for loaders that check their permission first (decision 055).
  "getCycleStructure",
  "requireDraftVersion",
  "requireFramework",
  "requireLifecycleVersion",
  "requireNoWorkingVersion",
  "requireOwnJob",
  "requireVisibleValue",
  "buildValuesTemplate",
  "compareFrameworkVersions",
  "exportFramework",
  "getAttentionItems",
  "getIndicatorProgress",
  "getVersionDefinition",
  "listFrameworkValues",
  "requireFrameworkVersion",
  "findVersionIndicatorId",
  // A person's own notices and e-mail choices (tests/integration/notifications-in-app.test.ts).
  "getUnreadNotificationCount",
  "listNotifications",
  "getEmailPreferences",
  // Evidence and narratives (decision 034): what the reader may read of a value or a cycle
  // (tests/integration/evidence-files.test.ts, narratives-and-report.test.ts).
  "getCycleNarrativesPage",
  "getIndicatorExplanation",
  "listCycleNarratives",
  "listValueEvidence",
  "loadReportNarratives",
  "readEvidenceFile",
  "requireEditableValue",
]);

/**
 * Changing operations whose refusal to every role that may not (FORBIDDEN, database unchanged)
 * is tested in their own file, through the operation or the route that calls it.
 */
const ROLES_TESTED_ELSEWHERE: Record<string, string> = {
  importValuesFile: "tests/integration/upload-import.test.ts",
  importOpenSdg: "tests/integration/open-sdg-import.test.ts",
  startOpenSdgImport: "tests/integration/open-sdg-api.test.ts",
  createJob: "tests/integration/open-sdg-api.test.ts",
  addEvidenceFiles: "tests/integration/evidence-files.test.ts",
  removeEvidenceFile: "tests/integration/evidence-files.test.ts",
  saveNarrative: "tests/integration/narratives-and-report.test.ts",
};

/** Verbs of operations that change nothing. */
const READ_VERBS = /^(get|list|load|read|require|find|build|compare|export)[A-Z]/;

function sourceFiles(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function operationsUnderLib(): string[] {
  const names = new Set<string>();
  for (const file of sourceFiles(path.join(ROOT, "lib"))) {
    const text = fs.readFileSync(file, "utf8");
    for (const match of text.matchAll(/export async function ([A-Za-z0-9]+)(?:<[^>]*>)?\s*\(\s*access: AccessContext/g))
      names.add(match[1]!);
  }
  return [...names].sort();
}

function namesInMatrices(): Set<string> {
  const names = new Set<string>();
  for (const file of MATRICES) {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    for (const match of text.matchAll(/name: "([A-Za-z0-9]+)/g)) names.add(match[1]!);
  }
  return names;
}

describe("the authorization matrices", () => {
  const operations = operationsUnderLib();
  const inMatrix = namesInMatrices();

  it("find the operations under lib/", () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(operations).toContain("saveCycleValues");
  });

  it("hold every operation that changes something", () => {
    const missing = operations.filter((name) => !inMatrix.has(name) && !VISIBILITY_READS.has(name) && !ROLES_TESTED_ELSEWHERE[name]);
    expect(missing).toEqual([]);
  });

  it("point to role tests that exist and refuse", () => {
    for (const [name, file] of Object.entries(ROLES_TESTED_ELSEWHERE)) {
      expect(operations, name).toContain(name);
      expect(fs.readFileSync(path.join(ROOT, file), "utf8"), file).toContain("FORBIDDEN");
    }
  });

  it("list as visibility reads only reads that exist", () => {
    expect([...VISIBILITY_READS].filter((name) => !READ_VERBS.test(name))).toEqual([]);
    expect([...VISIBILITY_READS].filter((name) => !operations.includes(name))).toEqual([]);
  });
});
