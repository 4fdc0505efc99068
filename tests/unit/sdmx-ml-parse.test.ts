/**
 * SDMX-ML 2.1 data messages, generic and structure-specific, read into the same parsed rows as
 * an Open SDG CSV file (decision 032). Fixtures in tests/fixtures/sdmx-ml/ are written from the
 * SDMX 2.1 documentation; the small messages below are built here the same way.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import { parseSdmxMl, type ParsedSdmxMl } from "@/lib/open-sdg/parse-sdmx-ml";
import type { SdmxIndicatorPart } from "@/lib/open-sdg/read-sdmx-observation";
import { parseSdmxTimePeriod } from "@/lib/open-sdg/parse-sdmx-time-period";
import { indicatorCodeOfSdmx } from "@/lib/open-sdg/sdmx-ml-concepts";

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "../fixtures/sdmx-ml", name), "utf8");
const MESSAGE = 'xmlns:message="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/message"';

/** A structure-specific message around the given series. */
const structureSpecific = (series: string) =>
  `<?xml version="1.0"?><message:StructureSpecificData ${MESSAGE}><message:Header><message:ID>T</message:ID></message:Header><message:DataSet>${series}</message:DataSet></message:StructureSpecificData>`;

function partsOf(parsed: ParsedSdmxMl): SdmxIndicatorPart[] {
  if (!parsed.isSdmx) throw new Error(`not SDMX: ${parsed.reason}`);
  return parsed.parts;
}

describe("parseSdmxMl, a generic data message", () => {
  const parsed = parseSdmxMl("data/generic.xml", fixture("generic.xml"));
  const [first, second] = partsOf(parsed);

  it("gives one indicator file per INDICATOR, with its code and every observation counted", () => {
    expect(partsOf(parsed).map((part) => [part.file, part.slug, part.rows])).toEqual([
      ["data/generic.xml#1_1_1", "1-1-1", 5],
      ["data/generic.xml#3_2_1", "3-2-1", 2],
    ]);
  });

  it("turns series keys into disaggregations: _T is the total, the standard dimensions by their names", () => {
    expect(first!.columns).toEqual(["Sex"]);
    expect(first!.observations.map(({ year, disaggregation, value }) => [year, disaggregation, value])).toEqual([
      [2015, {}, 10.5],
      [2016, {}, 0.30000000000000004],
      [2017, {}, null],
      [2015, { Sex: "Female" }, 11],
      [2016, { Sex: "Female" }, 12],
    ]);
    expect(second!.observations[0]).toMatchObject({ disaggregation: { "Age group": "15-24 years" } });
  });

  it("reads a fiscal year by the period rule, keeping its label, and refuses a quarter with its reason", () => {
    expect(second!.observations).toEqual([
      { line: 6, year: 2015, periodLabel: "2014-07-01/P1Y", disaggregation: { "Age group": "15-24 years" }, value: 42 },
    ]);
    expect(second!.problems).toEqual([
      expect.objectContaining({ file: "data/generic.xml#3_2_1", row: 7, field: "TIME_PERIOD", reason: "quarter" }),
    ]);
    expect(second!.problems[0]!.message).toContain("INDICATOR=3_2_1");
    const [, byFirstYear] = partsOf(parseSdmxMl("data/generic.xml", fixture("generic.xml"), "first"));
    expect(byFirstYear!.observations[0]!.year).toBe(2014);
  });

  it("names the attributes it does not import", () => {
    expect(parsed.isSdmx && parsed.warnings).toEqual([
      { file: "data/generic.xml", message: expect.stringContaining("Attributes OBS_STATUS, UNIT_MEASURE are not imported") },
    ]);
  });

  it("reads a flat message (AllDimensions) whose observations carry the whole key", () => {
    const flat = `<?xml version="1.0"?><message:GenericData ${MESSAGE} xmlns:g="http://www.sdmx.org/resources/sdmxml/schemas/v2_1/data/generic">
      <message:Header><message:Structure dimensionAtObservation="AllDimensions"/></message:Header><message:DataSet>
      <g:Obs><g:ObsKey><g:Value id="INDICATOR" value="5_5_1"/><g:Value id="TIME_PERIOD" value="2020"/><g:Value id="LOCATION" value="URBAN"/></g:ObsKey><g:ObsValue value="1e3"/></g:Obs>
      </message:DataSet></message:GenericData>`;
    const [part] = partsOf(parseSdmxMl("data/flat.xml", flat));
    // A generic message names its dimensions, so any dimension is a disaggregation.
    expect(part).toMatchObject({
      slug: "5-5-1",
      columns: ["LOCATION"],
      observations: [{ year: 2020, disaggregation: { LOCATION: "URBAN" }, value: 1000 }],
    });
  });
});

describe("parseSdmxMl, a structure-specific data message", () => {
  const parsed = parseSdmxMl("data/structure-specific.xml", fixture("structure-specific.xml"));

  it("reads components from XML attributes, skips groups, and takes SERIES as the indicator when there is no INDICATOR", () => {
    const parts = partsOf(parsed);
    expect(parts.map((part) => [part.file, part.slug, part.rows, part.problems.length])).toEqual([
      ["data/structure-specific.xml#1_2_1", "1-2-1", 3, 0],
      ["data/structure-specific.xml#SI_POV_DAY1", "SI_POV_DAY1", 2, 0],
    ]);
    expect(parts[0]!.observations.map(({ year, disaggregation, value }) => [year, disaggregation, value])).toEqual([
      [2016, {}, 20.25],
      [2017, {}, 19.75],
      [2016, { Sex: "Male" }, 21],
    ]);
    expect(parts[1]!.observations.map((observation) => [observation.disaggregation, observation.value])).toEqual([
      [{ URBANISATION: "R" }, 0.35],
      [{ URBANISATION: "R" }, 0.33],
    ]);
    expect(parsed.isSdmx && parsed.warnings[0]!.message).toContain("OBS_STATUS, UNIT_MULT");
  });

  it("keeps SERIES as a disaggregation when INDICATOR names the indicator", () => {
    const [part] = partsOf(
      parseSdmxMl(
        "data/x.xml",
        structureSpecific('<Series INDICATOR="1_1_1" SERIES="SI_POV_EMP1"><Obs TIME_PERIOD="2020" OBS_VALUE="4"/></Series>'),
      ),
    );
    expect(part!.observations[0]!.disaggregation).toEqual({ SERIES: "SI_POV_EMP1" });
  });
});

describe("parseSdmxMl, bad input: the file and the observation are named", () => {
  const onlyPart = (text: string) => {
    const parts = partsOf(parseSdmxMl("data/bad.xml", text));
    expect(parts).toHaveLength(1);
    return parts[0]!;
  };

  it("refuses malformed XML, with where the parser stopped", () => {
    const part = onlyPart(structureSpecific('<Series INDICATOR="1_1_1"><Obs TIME_PERIOD="2020" OBS_VALUE="4"></Series>'));
    expect(part.problems).toEqual([expect.objectContaining({ file: "data/bad.xml", reason: "malformed XML" })]);
    expect(part.problems[0]!.message).toMatch(/^The file is not well-formed XML: .*1:\d+/);
    expect(part.observations).toEqual([]);
  });

  it("refuses a DOCTYPE before any entity it declares is read (billion laughs, external entities)", () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
      <message:GenericData ${MESSAGE}><message:DataSet>&lol3;</message:DataSet></message:GenericData>`;
    const external = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><message:GenericData ${MESSAGE}>&x;</message:GenericData>`;
    for (const text of [laughs, external]) {
      const part = onlyPart(text);
      expect(part.problems).toEqual([expect.objectContaining({ file: "data/bad.xml", reason: "unsafe XML" })]);
      expect(part.rows).toBe(0);
    }
  });

  it("refuses a structure-specific component it cannot tell as dimension or attribute, naming the series", () => {
    const part = onlyPart(
      structureSpecific(
        '<Series INDICATOR="1_1_1" HOUSEHOLD_TYPE="H1"><Obs TIME_PERIOD="2020" OBS_VALUE="4"/><Obs TIME_PERIOD="2021" OBS_VALUE="5"/></Series>',
      ),
    );
    expect(part.problems).toEqual([expect.objectContaining({ file: "data/bad.xml", reason: "unknown dimension" })]);
    expect(part.problems[0]!.message).toContain("HOUSEHOLD_TYPE is not a dimension or attribute the import knows");
    expect(part.problems[0]!.message).toContain("INDICATOR=1_1_1");
    // Its observations are still counted, so that the report accounts for them.
    expect(part.rows).toBe(2);
  });

  it("refuses an observation without OBS_VALUE, a value that is not a number, and a series without indicator", () => {
    const [part] = partsOf(
      parseSdmxMl(
        "data/bad.xml",
        structureSpecific(
          '<Series INDICATOR="1_1_1" SEX="F"><Obs TIME_PERIOD="2020"/><Obs TIME_PERIOD="2021" OBS_VALUE="n/a"/><Obs TIME_PERIOD="2022" OBS_VALUE=""/></Series>',
        ),
      ),
    );
    expect(part!.problems.map((problem) => [problem.row, problem.field, problem.reason])).toEqual([
      [1, "OBS_VALUE", "missing value"],
      [2, "OBS_VALUE", "not a number"],
    ]);
    expect(part!.problems[0]!.message).toBe(
      'Observation 1 (line 1; INDICATOR=1_1_1, SEX=F, TIME_PERIOD=2020): it has no OBS_VALUE; a missing value is written OBS_VALUE="NaN"',
    );
    expect(part!.observations).toEqual([{ line: 3, year: 2022, disaggregation: { Sex: "Female" }, value: null }]);
    const noIndicator = onlyPart(structureSpecific('<Series SEX="F"><Obs TIME_PERIOD="2020" OBS_VALUE="1"/></Series>'));
    expect(noIndicator.problems).toEqual([
      expect.objectContaining({ reason: "no indicator", message: expect.stringContaining("Observation 1") }),
    ]);
  });

  it("refuses a message of another SDMX version, and several reference areas in one file", () => {
    const v30 = onlyPart(`<m:StructureSpecificData xmlns:m="http://www.sdmx.org/resources/sdmxml/schemas/v3_0/message"/>`);
    expect(v30.problems).toEqual([expect.objectContaining({ reason: "format", message: expect.stringContaining("SDMX-ML 2.1") })]);
    const areas = onlyPart(
      structureSpecific(
        '<Series INDICATOR="1_1_1" REF_AREA="AA"><Obs TIME_PERIOD="2020" OBS_VALUE="1"/></Series><Series INDICATOR="1_1_1" REF_AREA="BB"><Obs TIME_PERIOD="2020" OBS_VALUE="2"/></Series>',
      ),
    );
    expect(areas.problems).toEqual([
      expect.objectContaining({ reason: "structure", message: expect.stringContaining("2 values of REF_AREA (AA, BB)") }),
    ]);
  });

  it("tells an XML file that is not a data message, to be skipped", () => {
    expect(parseSdmxMl("data/pom.xml", '<?xml version="1.0"?><project><name>x</name></project>')).toEqual({
      isSdmx: false,
      reason: "Not an SDMX-ML data message (its root element is project)",
    });
  });
});

describe("SDMX periods and codes", () => {
  it("reads SDMX's time formats by the Year cell's rules", () => {
    expect(parseSdmxTimePeriod("2015", "last")).toEqual({ ok: true, year: 2015 });
    expect(parseSdmxTimePeriod("2015-A1", "last")).toEqual({ ok: true, year: 2015 });
    expect(parseSdmxTimePeriod("2015-01-01/P1Y", "first")).toEqual({ ok: true, year: 2015, label: "2015-01-01/P1Y" });
    expect(parseSdmxTimePeriod("2014/2015", "first")).toEqual({ ok: true, year: 2014, label: "2014/2015" });
    expect(parseSdmxTimePeriod("2015-Q2", "last")).toMatchObject({ ok: false, reason: "quarter" });
    expect(parseSdmxTimePeriod("2014-01-01/P3Y", "last")).toMatchObject({ ok: false, reason: "multi-year range" });
    for (const shorter of ["2015-M03", "2015-03", "2015-S1", "2015-W12", "2015-03-31"])
      expect(parseSdmxTimePeriod(shorter, "last")).toMatchObject({ ok: false, reason: "not a year" });
  });

  it("maps INDICATOR and SERIES codes to the framework's codes as Open SDG file names are", () => {
    expect(indicatorCodeOfSdmx("1_1_1")).toBe("1.1.1");
    expect(indicatorCodeOfSdmx("12_b_1")).toBe("12.b.1");
    expect(indicatorCodeOfSdmx("17-2-1")).toBe("17.2.1");
    expect(indicatorCodeOfSdmx("SI_POV_DAY1")).toBe("SI_POV_DAY1");
    expect(indicatorCodeOfSdmx("A@B")).toBeNull();
  });
});

describe("parseOpenSdgSource with SDMX-ML files", () => {
  it("dispatches an XML file by its content: data messages become indicator files, anything else is skipped", async () => {
    const parsed = await parseOpenSdgSource({
      files: [
        { path: "data/generic.xml", text: fixture("generic.xml") },
        { path: "data/indicator_8-8-1.csv", text: "Year,Value\n2015,1\n" },
        { path: "data/structure.xml", text: `<?xml version="1.0"?><message:Structure ${MESSAGE}/>` },
      ],
    });
    expect(parsed.dataFiles.map((file) => file.slug)).toEqual(["1-1-1", "3-2-1", "8-8-1"]);
    expect(parsed.skipped).toEqual([
      { file: "data/structure.xml", reason: "Not an SDMX-ML data message (its root element is message:Structure)" },
    ]);
    expect(parsed.problems.map((problem) => problem.reason)).toEqual(["quarter"]);
    expect(parsed.warnings).toEqual([expect.objectContaining({ file: "data/generic.xml" })]);
  });
});
