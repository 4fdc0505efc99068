/**
 * The Open SDG data of the Republic of Moldova (../shared/fixtures/open-sdg-moldova, or the
 * folder in OPEN_SDG_FIXTURE) imported into a fresh database with nothing lost: the counts of
 * its SOURCE.md, every value stored or listed as a repeat, blank values left missing, byte-order
 * marks, both languages, the indicator without metadata, an idempotent re-import and an export
 * that gives every stored value back. `npm run test:real-data`; not part of `npm test`.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { buildOpenSdgFiles } from "@/lib/open-sdg/build-open-sdg-files";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import { loadOpenSdgExport } from "@/lib/open-sdg/load-open-sdg-export";
import type { OpenSdgImportReport } from "@/lib/open-sdg/open-sdg-report";
import { parseOpenSdgData } from "@/lib/open-sdg/parse-open-sdg-data";
import { parseOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import { planOpenSdgImport } from "@/lib/open-sdg/plan-open-sdg-import";
import { readOpenSdgFolder, type OpenSdgSource } from "@/lib/open-sdg/read-open-sdg-source";
import { createTestMember, createTestWorkspace } from "../fixtures/factories";

const REPOSITORY = path.resolve(import.meta.dirname, "../..");
const FOLDER = path.resolve(REPOSITORY, process.env.OPEN_SDG_FIXTURE ?? "../shared/fixtures/open-sdg-moldova");
const CODE = "SDG-MD";
const PARAMS = { frameworkCode: CODE, frameworkName: "Moldova SDG indicators", sourceName: "open-sdg-moldova", dryRun: false };

let source: OpenSdgSource;
let secretariat: AccessContext;
let workspaceId: string;
let report: OpenSdgImportReport;
const timings: Record<string, number> = {};

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings[label] = Math.round(performance.now() - started);
  return result;
}

/** "file|year|sorted disaggregation|value": how values are compared between the files and the export. */
const key = (file: string, year: number, disaggregation: Record<string, string>, value: number | null) =>
  JSON.stringify([file, year, Object.entries(disaggregation).sort(), value]);

beforeAll(async () => {
  source = await timed("read the folder", () => readOpenSdgFolder(FOLDER));
  ({ workspaceId } = await createTestWorkspace());
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  const parsed = await timed("parse (alone)", () => parseOpenSdgSource(source));
  await timed("plan (alone, empty database)", () => planOpenSdgImport(parsed, { dimensions: [], framework: null }, PARAMS));
  const stages = new Map<string, number>();
  const started = performance.now();
  report = await timed("import (parse + plan + write)", () =>
    importOpenSdg(secretariat, source, PARAMS, (_, stage) => {
      if (!stages.has(stage.english)) stages.set(stage.english, performance.now() - started);
    }),
  );
  const at = (stage: string) => stages.get(stage) ?? NaN;
  timings["import: parse"] = Math.round(at("Files read"));
  timings["import: plan (in the transaction)"] = Math.round(at("Writing the framework") - at("Comparing with the tracker"));
  timings["import: write"] = Math.round(at("Imported") - at("Writing the framework"));
});

describe("the Moldova Open SDG data set", () => {
  it("imports 429 indicators and 15,273 rows, skipping only the template's demo file", () => {
    expect(report.files.indicatorFiles).toBe(429);
    expect(report.files.skipped).toEqual([{ file: "data/demo_indicator.csv", reason: expect.stringContaining("template") }]);
    expect(report.files.metadataFiles).toBe(856);
    expect(report.rows).toBe(15_273);
    expect(report.indicators).toMatchObject({ total: 429, created: 429 });
  });

  it("accounts for all 7,739 values: stored, or listed as repeated observations", async () => {
    expect(report.values.total).toBe(7_739);
    expect(report.values.total).toBe(report.values.stored + report.values.repeated);
    expect(report.values.stored).toBe(report.values.created);
    expect(await db.indicatorValue.count({ where: { indicator: { version: { framework: { workspaceId, code: CODE } } } } })).toBe(
      report.values.stored,
    );
  });

  it("lists the 36 repeated observations of 16-1-2 and 8-8-1 with file and line, 9 of them differing", () => {
    expect(report.values.repeated).toBe(36);
    expect(report.repeated).toHaveLength(36);
    expect(new Set(report.repeated.map((repeat) => repeat.file))).toEqual(
      new Set(["data/indicator_16-1-2.csv", "data/indicator_8-8-1.csv"]),
    );
    expect(report.repeated.filter((repeat) => repeat.differs)).toHaveLength(9);
    for (const repeat of report.repeated) {
      expect(repeat.firstLine).toBeGreaterThan(1);
      expect(repeat.line).toBeGreaterThan(repeat.firstLine);
      expect(repeat.differs).toBe(repeat.value !== repeat.firstValue);
    }
  });

  it("leaves blank values missing", async () => {
    expect(report.values.blank).toBe(15_273 - 7_739);
    // data/indicator_1-1-1.csv line 2 is "2010,,,,,,," : the 2010 headline has no value.
    const headline2010 = await db.indicatorValue.findFirst({
      where: { year: 2010, disaggregation: "", indicator: { code: "1.1.1", version: { framework: { workspaceId } } } },
    });
    expect(headline2010).toBeNull();
    expect(await db.indicatorValue.count({ where: { number: null, indicator: { version: { framework: { workspaceId } } } } })).toBe(0);
  });

  it("reads the 175 files that start with a byte-order mark: the decoder removes it, their first column is Year", () => {
    const withMark = source.files.filter((file) => {
      if (!file.path.startsWith("data/")) return false;
      const bytes = fs.readFileSync(path.join(FOLDER, file.path));
      return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    });
    expect(withMark).toHaveLength(175);
    for (const file of withMark) {
      expect(file.text.charCodeAt(0)).not.toBe(0xfeff);
      const parsed = parseOpenSdgData(file.path, file.text);
      expect(parsed.problems).toEqual([]);
      expect(parsed.columns.some((column) => column.includes("Year"))).toBe(false);
    }
  });

  it("names indicators in English and Romanian; 12.b.1.1, without metadata, by its code", async () => {
    expect(report.languages).toEqual(["en", "ro"]);
    expect(report.indicators.withoutMetadata).toEqual(["12.b.1.1"]);
    const indicators = await db.indicator.findMany({
      where: { version: { framework: { workspaceId, code: CODE } } },
      select: { code: true, name: true, nameTranslations: true },
    });
    expect(indicators).toHaveLength(429);
    const withoutMetadata = indicators.find((indicator) => indicator.code === "12.b.1.1")!;
    expect(withoutMetadata.name).toBe("12.b.1.1");
    const translated = indicators.filter(
      (indicator) => typeof (indicator.nameTranslations as Record<string, string> | null)?.ro === "string",
    );
    expect(translated).toHaveLength(428);
    expect(indicators.filter((indicator) => indicator.name !== indicator.code)).toHaveLength(428);
    const migration = indicators.find((indicator) => indicator.code === "10.7.2.1")!;
    expect(migration.name).toMatch(/migration/i);
    expect((migration.nameTranslations as Record<string, string>).ro).toMatch(/migra/i);
  });

  it("re-imports without changing anything", async () => {
    const again = await timed("re-import (nothing changes)", () => importOpenSdg(secretariat, source, PARAMS));
    expect(again.values).toMatchObject({ created: 0, updated: 0, unchanged: report.values.stored, repeated: 36, notInSource: 0 });
    expect(again.indicators).toMatchObject({ created: 0, updated: 0, unchanged: 429 });
    expect(again.areas).toEqual({ created: 0, updated: 0 });
    expect(again.dimensions.created).toEqual([]);
  });

  it("exports back to Open SDG files that hold every stored value exactly", async () => {
    const files = await timed("export (load + build files)", async () => buildOpenSdgFiles(await loadOpenSdgExport(secretariat, CODE)));
    const repeatedLines = new Set(report.repeated.map((repeat) => `${repeat.file}:${repeat.line}`));
    const expected = new Set(
      source.files
        .filter((file) => /^data\/indicator_/.test(file.path))
        .flatMap((file) =>
          parseOpenSdgData(file.path, file.text)
            .observations.filter((observation) => observation.value !== null && !repeatedLines.has(`${file.path}:${observation.line}`))
            .map((observation) => key(file.path, observation.year, observation.disaggregation, observation.value)),
        ),
    );
    const exported = files
      .filter((file) => file.path.startsWith("data/"))
      .flatMap((file) =>
        parseOpenSdgData(file.path, file.text).observations.map((observation) =>
          key(file.path, observation.year, observation.disaggregation, observation.value),
        ),
      );
    expect(expected.size).toBe(report.values.stored);
    expect(exported).toHaveLength(expected.size);
    expect(new Set(exported)).toEqual(expected);
    expect(files.filter((file) => file.path.startsWith("data/"))).toHaveLength(429);
    expect(files.filter((file) => file.path.startsWith("meta/ro/"))).toHaveLength(428);
  });

  it("reports its timings", () => {
    console.log(
      `Open SDG import of ${FOLDER}:\n${Object.entries(timings)
        .map(([label, ms]) => `  ${label}: ${ms} ms`)
        .join("\n")}`,
    );
    console.log(
      `  warnings: ${report.warnings.length}\n${report.warnings.map((warning) => `    ${warning.file}: ${warning.message}`).join("\n")}`,
    );
    expect(timings["import (parse + plan + write)"]).toBeGreaterThan(0);
  });
});
