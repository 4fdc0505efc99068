/**
 * SDMX-ML files in an Open SDG import (decision 032): mixed with CSV files in one zip, planned,
 * counted and written by the same steps; bad SDMX-ML input gets a clear message naming the
 * file and changes nothing. Fixtures: tests/fixtures/sdmx-ml/ (from the SDMX 2.1 documentation).
 */
import fs from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { db } from "@/lib/db";
import { importOpenSdg } from "@/lib/open-sdg/import-open-sdg";
import type { OpenSdgImportReport } from "@/lib/open-sdg/open-sdg-report";
import { checkOpenSdgZip, readOpenSdgZip } from "@/lib/open-sdg/read-open-sdg-source";
import { catchAppError, createTestMember, createTestWorkspace, snapshotDatabaseWithValues, uniqueCode } from "../fixtures/factories";

const MB = 1024 * 1024;
const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "../fixtures/sdmx-ml", name));
const MESSAGE = 'xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"';
const structureSpecific = (series: string) =>
  `<?xml version="1.0"?><message:StructureSpecificData ${MESSAGE}><message:DataSet>${series}</message:DataSet></message:StructureSpecificData>`;

/** One CSV indicator (4 rows, Sex as Open SDG names it), its metadata, and the two SDMX-ML fixtures (7 + 5 observations). */
const mixedZip = zipSync({
  "open-sdg-data/data/indicator_8-8-1.csv": strToU8("Year,Sex,Value\n2015,,3\n2015,Female,4\n2016,,5\n2016,Female,\n"),
  "open-sdg-data/meta/1-1-1.md": strToU8('---\nindicator_name: "Proportion of the population below the poverty line"\n---\n'),
  "open-sdg-data/data/generic.xml": fixture("generic.xml"),
  "open-sdg-data/data/structure-specific.xml": fixture("structure-specific.xml"),
});
const ROWS = 4 + 7 + 5;

let secretariat: AccessContext;
let workspaceId: string;

beforeAll(async () => {
  ({ workspaceId } = await createTestWorkspace());
  secretariat = await createTestMember(workspaceId, "SECRETARIAT");
});

const params = (frameworkCode: string, partial = false) => ({ frameworkCode, sourceName: "mixed.zip", dryRun: false, partial });

async function storedValues(frameworkCode: string) {
  const rows = await db.indicatorValue.findMany({
    where: { indicator: { version: { framework: { workspaceId, code: frameworkCode } } } },
    select: { year: true, disaggregation: true, number: true, periodLabel: true, source: true, indicator: { select: { code: true } } },
  });
  return rows.map((row) => `${row.indicator.code}|${row.year}|${row.disaggregation}|${row.number}|${row.periodLabel ?? ""}`).sort();
}

function expectEveryRowAccountedFor(report: OpenSdgImportReport) {
  const { values, refused } = report;
  expect(values.created + values.updated + values.unchanged + values.repeated + values.locked + values.blank + refused.rows).toBe(
    report.rows,
  );
}

describe("a zip mixing Open SDG CSV files and SDMX-ML messages", () => {
  it("refuses it all by default, naming the SDMX observation, and changes nothing", async () => {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(importOpenSdg(secretariat, readOpenSdgZip(mixedZip), params(uniqueCode("SDMX"))));
    expect(error).toMatchObject({ code: "UNPROCESSABLE", message: "1 problem in the files; nothing was imported" });
    expect(error.problems).toEqual([
      expect.objectContaining({ file: "data/generic.xml#3_2_1", row: 7, message: expect.stringContaining('"2016-Q1" is a quarter') }),
    ]);
    expect(await snapshotDatabaseWithValues()).toEqual(before);
  });

  it("imports both kinds on request: same codes, dimensions, exact numbers and periods; every row accounted for", async () => {
    const frameworkCode = uniqueCode("SDMX");
    const report = await importOpenSdg(secretariat, readOpenSdgZip(mixedZip), params(frameworkCode, true));
    expectEveryRowAccountedFor(report);
    expect(report).toMatchObject({
      rows: ROWS,
      values: { created: 13, blank: 2, repeated: 0, locked: 0 },
      refused: { rows: 1, byReason: { quarter: 1 } },
      indicators: { total: 5, created: 5, withoutMetadata: ["1.2.1", "3.2.1", "8.8.1", "SI_POV_DAY1"] },
      dimensions: { created: ["URBANISATION"] },
    });
    expect(report.warnings.map((warning) => warning.file)).toEqual(["data/generic.xml", "data/structure-specific.xml"]);
    // Sex from the CSV ("Female") and from SDMX-ML (F) is the workspace's one dimension SEX.
    expect(await storedValues(frameworkCode)).toEqual(
      [
        "1.1.1|2015||10.5|",
        "1.1.1|2015|SEX=F|11|",
        "1.1.1|2016||0.30000000000000004|",
        "1.1.1|2016|SEX=F|12|",
        "1.2.1|2016||20.25|",
        "1.2.1|2016|SEX=M|21|",
        "1.2.1|2017||19.75|",
        "3.2.1|2015|AGE_GROUP=Y15T24|42|2014-07-01/P1Y",
        "8.8.1|2015||3|",
        "8.8.1|2015|SEX=F|4|",
        "8.8.1|2016||5|",
        "SI_POV_DAY1|2016|URBANISATION=R|0.35|",
        "SI_POV_DAY1|2017|URBANISATION=R|0.33|",
      ].sort(),
    );
    const named = await db.indicator.findFirst({
      where: { code: "1.1.1", version: { framework: { workspaceId, code: frameworkCode } } },
      select: { name: true },
    });
    expect(named?.name).toBe("Proportion of the population below the poverty line");

    const again = await importOpenSdg(secretariat, readOpenSdgZip(mixedZip), params(frameworkCode, true));
    expectEveryRowAccountedFor(again);
    expect(again.values).toMatchObject({ created: 0, updated: 0, unchanged: 13 });
  });

  it("refuses an SDMX-ML indicator that a CSV file of the same data set also gives", async () => {
    const zip = zipSync({
      "data/indicator_1-1-1.csv": strToU8("Year,Value\n2015,1\n"),
      "data/one.xml": strToU8(structureSpecific('<Series INDICATOR="1_1_1"><Obs TIME_PERIOD="2015" OBS_VALUE="1"/></Series>')),
    });
    const error = await catchAppError(importOpenSdg(secretariat, readOpenSdgZip(zip), params(uniqueCode("SDMX"))));
    expect(error.problems).toEqual([
      expect.objectContaining({ file: "data/one.xml#1_1_1", message: "Another file already gives the indicator code 1.1.1" }),
    ]);
  });

  it("leaves a refused SDMX-ML file out of a partial import, counting its observations under the reason", async () => {
    const zip = zipSync({
      "data/indicator_8-8-1.csv": strToU8("Year,Value\n2015,1\n"),
      "data/bad.xml": strToU8(
        structureSpecific(
          '<Series INDICATOR="1_1_1" HOUSEHOLD_TYPE="H1"><Obs TIME_PERIOD="2020" OBS_VALUE="1"/><Obs TIME_PERIOD="2021" OBS_VALUE="2"/></Series>',
        ),
      ),
    });
    const report = await importOpenSdg(secretariat, readOpenSdgZip(zip), params(uniqueCode("SDMX"), true));
    expectEveryRowAccountedFor(report);
    expect(report).toMatchObject({ rows: 3, values: { created: 1 }, refused: { rows: 2, byReason: { "unknown dimension": 2 } } });
    expect(report.refused.files).toEqual([expect.objectContaining({ file: "data/bad.xml", reason: "unknown dimension", rows: 2 })]);
  });

  it("accepts a zip of SDMX-ML files alone", () => {
    expect(checkOpenSdgZip(zipSync({ "generic.xml": fixture("generic.xml") }))).toEqual({ indicatorFiles: 1 });
  });
});

describe("bad SDMX-ML input gets a clear message naming the file and changes nothing", () => {
  async function refusalOf(files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]>) {
    const before = await snapshotDatabaseWithValues();
    const error = await catchAppError(async () => importOpenSdg(secretariat, readOpenSdgZip(zipSync(files)), params(uniqueCode("BAD"))));
    expect(await snapshotDatabaseWithValues()).toEqual(before);
    return error;
  }
  const only = (text: string) => ({ "data/indicator_8-8-1.csv": strToU8("Year,Value\n2015,1\n"), "data/bad.xml": strToU8(text) });

  it.each([
    [
      "malformed XML",
      structureSpecific('<Series INDICATOR="1_1_1"><Obs TIME_PERIOD="2020" OBS_VALUE="1"></Series>'),
      "not well-formed XML",
    ],
    [
      "a DOCTYPE with entities",
      `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><message:GenericData ${MESSAGE}>&b;</message:GenericData>`,
      "declares a DOCTYPE",
    ],
    [
      "an unknown dimension",
      structureSpecific('<Series INDICATOR="1_1_1" HOUSEHOLD_TYPE="H1"><Obs TIME_PERIOD="2020" OBS_VALUE="1"/></Series>'),
      "HOUSEHOLD_TYPE is not a dimension or attribute the import knows",
    ],
    [
      "a missing OBS_VALUE",
      structureSpecific('<Series INDICATOR="1_1_1" SEX="F"><Obs TIME_PERIOD="2020"/></Series>'),
      "INDICATOR=1_1_1, SEX=F, TIME_PERIOD=2020): it has no OBS_VALUE",
    ],
  ])("%s", async (_case, text, message) => {
    const error = await refusalOf(only(text));
    expect(error.code).toBe("UNPROCESSABLE");
    expect(error.problems).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/^data\/bad\.xml/), message: expect.stringContaining(message) }),
    ]);
  });

  it("a 50 MB file", async () => {
    const series = '<Series INDICATOR="1_1_1" SEX="F"><Obs TIME_PERIOD="2015" OBS_VALUE="12345.678"/></Series>\n';
    const big = structureSpecific(series.repeat(Math.ceil((50 * MB) / series.length)));
    const error = await refusalOf({ "data/big.xml": [strToU8(big), { level: 0 }] });
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/^data\/big\.xml is 50 MB; .* at most 20 MB/) });
  });
});
