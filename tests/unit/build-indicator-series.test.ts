import { describe, expect, it } from "vitest";
import type { ValueType } from "@/lib/generated/prisma/enums";
import { buildIndicatorSeries, describeIndicatorSeries, describeIndicatorSeriesTexts } from "@/lib/indicators/build-indicator-series";
import { libTranslator } from "@/lib/i18n/lib-translator";

type Indicator = Parameters<typeof buildIndicatorSeries>[0];
type Value = Parameters<typeof buildIndicatorSeries>[1][number];

const LEVELS = [
  { code: "none", label: "Not started" },
  { code: "initiated", label: "Initiated" },
  { code: "advanced", label: "Advanced" },
  { code: "completed", label: "Completed" },
];

function indicator(overrides: Partial<Indicator> & { valueType: ValueType }): Indicator {
  return {
    name: "Participants",
    unit: null,
    decimals: null,
    baselineYear: null,
    baselineNumber: null,
    baselineLevel: null,
    levels: [],
    targets: [],
    ...overrides,
  };
}

const numberValue = (year: number, number: number, disaggregation = ""): Value => ({
  year,
  disaggregation,
  number,
  levelCode: null,
  text: null,
});
const levelValue = (year: number, levelCode: string): Value => ({ year, disaggregation: "", number: null, levelCode, text: null });
const textValue = (year: number, text: string): Value => ({ year, disaggregation: "", number: null, levelCode: null, text });

const participants = indicator({
  name: "Participants",
  valueType: "NUMBER",
  unit: "persons",
  decimals: 0,
  baselineYear: 2016,
  baselineNumber: 1800,
  targets: [
    { year: 2020, number: 2500, levelCode: null, isFinal: false },
    { year: 2025, number: 3500, levelCode: null, isFinal: true },
  ],
});

const memberNames = new Map([
  ["SEX=F", "Female"],
  ["SEX=M", "Male"],
  ["AGE_GROUP=Y15T24", "15-24 years"],
]);

describe("buildIndicatorSeries: quantitative indicators", () => {
  const values: Value[] = [
    numberValue(2018, 1100, "SEX=M"),
    numberValue(2018, 900, "SEX=F"),
    numberValue(2018, 2000),
    numberValue(2016, 1800),
    numberValue(2020, 2600),
    numberValue(2020, 1300, "SEX=F"),
    numberValue(2016, 500, "AGE_GROUP=Y15T24"),
  ];
  const series = buildIndicatorSeries(participants, values, memberNames);

  it("plots numbers with the indicator's unit and no level ticks", () => {
    expect(series.kind).toBe("number");
    expect(series.unit).toBe("persons");
    expect(series.levelTicks).toEqual([]);
  });

  it("puts the total first, then the breakdowns in key order, labelled with member names", () => {
    expect(series.series).toEqual([
      { key: "", label: "Total" },
      { key: "AGE_GROUP=Y15T24", label: "15-24 years" },
      { key: "SEX=F", label: "Female" },
      { key: "SEX=M", label: "Male" },
    ]);
  });

  it("gives one point per year with a value, in year order, with null for missing series", () => {
    expect(series.points).toEqual([
      { year: 2016, values: { "": 1800, "AGE_GROUP=Y15T24": 500, "SEX=F": null, "SEX=M": null } },
      { year: 2018, values: { "": 2000, "AGE_GROUP=Y15T24": null, "SEX=F": 900, "SEX=M": 1100 } },
      { year: 2020, values: { "": 2600, "AGE_GROUP=Y15T24": null, "SEX=F": 1300, "SEX=M": null } },
    ]);
  });

  it("plots the baseline and the final target", () => {
    expect(series.baseline).toEqual({ year: 2016, value: 1800 });
    expect(series.target).toEqual({ year: 2025, value: 3500 });
  });

  it("uses the latest target when none is marked final", () => {
    const withMilestones = { ...participants, targets: participants.targets.map((target) => ({ ...target, isFinal: false })) };
    expect(buildIndicatorSeries(withMilestones, values).target).toEqual({ year: 2025, value: 3500 });
  });

  it("has no baseline or target when the indicator defines none", () => {
    const bare = indicator({ valueType: "PERCENTAGE" });
    const result = buildIndicatorSeries(bare, [numberValue(2020, 40)]);
    expect(result.baseline).toBeNull();
    expect(result.target).toBeNull();
  });

  it("plots a zero baseline", () => {
    const zero = indicator({ valueType: "NUMBER", baselineYear: 2016, baselineNumber: 0 });
    expect(buildIndicatorSeries(zero, []).baseline).toEqual({ year: 2016, value: 0 });
  });

  it("describes a disaggregation with member codes when no names are given", () => {
    expect(buildIndicatorSeries(participants, [numberValue(2020, 1, "SEX=F")]).series).toEqual([{ key: "SEX=F", label: "F" }]);
  });

  it("returns an empty chart for no values", () => {
    const result = buildIndicatorSeries(participants, []);
    expect(result.series).toEqual([]);
    expect(result.points).toEqual([]);
    expect(result.summary).toBe("No values have been recorded for Participants yet.");
  });
});

describe("buildIndicatorSeries: level-based indicators", () => {
  const implementation = indicator({
    name: "Action plan",
    valueType: "LEVELS",
    levels: LEVELS,
    baselineYear: 2016,
    baselineLevel: "initiated",
    targets: [{ year: 2025, number: null, levelCode: "completed", isFinal: true }],
  });

  it("plots each level at its position in the scale", () => {
    const series = buildIndicatorSeries(implementation, [
      levelValue(2016, "initiated"),
      levelValue(2018, "advanced"),
      levelValue(2020, "none"),
    ]);
    expect(series.kind).toBe("levels");
    expect(series.points).toEqual([
      { year: 2016, values: { "": 1 } },
      { year: 2018, values: { "": 2 } },
      { year: 2020, values: { "": 0 } },
    ]);
  });

  it("labels the axis with the level names", () => {
    expect(buildIndicatorSeries(implementation, []).levelTicks).toEqual([
      { value: 0, label: "Not started" },
      { value: 1, label: "Initiated" },
      { value: 2, label: "Advanced" },
      { value: 3, label: "Completed" },
    ]);
  });

  it("plots the baseline and target levels at their positions", () => {
    const series = buildIndicatorSeries(implementation, []);
    expect(series.baseline).toEqual({ year: 2016, value: 1 });
    expect(series.target).toEqual({ year: 2025, value: 3 });
  });

  it("leaves a value with an unknown level code unplotted", () => {
    expect(buildIndicatorSeries(implementation, [levelValue(2020, "retired")]).points).toEqual([{ year: 2020, values: { "": null } }]);
  });

  it("drops a baseline or target whose level is unknown", () => {
    const stale = {
      ...implementation,
      baselineLevel: "retired",
      targets: [{ year: 2025, number: null, levelCode: "retired", isFinal: true }],
    };
    const series = buildIndicatorSeries(stale, []);
    expect(series.baseline).toBeNull();
    expect(series.target).toBeNull();
  });

  it("plots yes/no on the positions of the indicator's levels", () => {
    const yesNo = indicator({
      valueType: "YES_NO",
      levels: [
        { code: "no", label: "No" },
        { code: "yes", label: "Yes" },
      ],
    });
    const series = buildIndicatorSeries(yesNo, [levelValue(2016, "no"), levelValue(2017, "yes")]);
    expect(series.points.map((point) => point.values[""])).toEqual([0, 1]);
    expect(series.levelTicks).toEqual([
      { value: 0, label: "No" },
      { value: 1, label: "Yes" },
    ]);
  });
});

describe("buildIndicatorSeries: narrative indicators", () => {
  it("has nothing to plot", () => {
    const narrative = indicator({ name: "Coordination", valueType: "TEXT" });
    const series = buildIndicatorSeries(narrative, [textValue(2016, "Met twice."), textValue(2017, "Met four times.")]);
    expect(series.kind).toBe("none");
    expect(series.levelTicks).toEqual([]);
    expect(series.points).toEqual([
      { year: 2016, values: { "": null } },
      { year: 2017, values: { "": null } },
    ]);
  });
});

describe("describeIndicatorSeries", () => {
  it("describes a rising series with the change and the target", () => {
    expect(describeIndicatorSeries(participants, [numberValue(2016, 1800), numberValue(2018, 2000), numberValue(2020, 2600)])).toBe(
      "Participants rose from 1,800 persons in 2016 to 2,600 persons in 2020 (+800). The target is 3,500 persons by 2025.",
    );
  });

  it("describes a falling series with a minus sign", () => {
    const returnees = indicator({ name: "Returnees", valueType: "NUMBER", unit: "persons", decimals: 0 });
    expect(describeIndicatorSeries(returnees, [numberValue(2020, 9800), numberValue(2016, 12000)])).toBe(
      "Returnees fell from 12,000 persons in 2016 to 9,800 persons in 2020 (−2,200).",
    );
  });

  it("gives the change of a percentage in percentage points", () => {
    const rate = indicator({ name: "Irregular stay rate", valueType: "PERCENTAGE", decimals: 1 });
    expect(describeIndicatorSeries(rate, [numberValue(2020, 8.5), numberValue(2016, 12)])).toBe(
      "Irregular stay rate fell from 12.0 % in 2016 to 8.5 % in 2020 (−3.5 percentage points).",
    );
    expect(describeIndicatorSeries(rate, [numberValue(2016, 40), numberValue(2020, 42.5)])).toBe(
      "Irregular stay rate rose from 40.0 % in 2016 to 42.5 % in 2020 (+2.5 percentage points).",
    );
  });

  it("describes an unchanged series", () => {
    expect(describeIndicatorSeries(participants, [numberValue(2016, 1800), numberValue(2017, 1500), numberValue(2020, 1800)])).toBe(
      "Participants stayed at 1,800 persons from 2016 to 2020. The target is 3,500 persons by 2025.",
    );
  });

  it("describes a single recorded year", () => {
    expect(describeIndicatorSeries(participants, [numberValue(2020, 2600)])).toBe(
      "Participants: 2,600 persons in 2020, the only year recorded. The target is 3,500 persons by 2025.",
    );
  });

  it("words the same description in the reader's language, numbers formatted for it", async () => {
    const rate = indicator({ name: "Irregular stay rate", valueType: "PERCENTAGE", decimals: 1 });
    const texts = describeIndicatorSeriesTexts(rate, [numberValue(2020, 8.5), numberValue(2016, 12)], "ro");
    const ro = await libTranslator("ro");
    expect(texts.map((text) => ro.text(text)).join(" ")).toBe(
      "Irregular stay rate a scăzut de la 12,0 % în 2016 la 8,5 % în 2020 (−3,5 puncte procentuale).",
    );
  });

  it("describes a single recorded year without a target", () => {
    const bare = indicator({ name: "Returnees", valueType: "NUMBER", unit: "persons" });
    expect(describeIndicatorSeries(bare, [numberValue(2020, 2600)])).toBe("Returnees: 2,600 persons in 2020, the only year recorded.");
  });

  it("says that no values were recorded", () => {
    expect(describeIndicatorSeries(participants, [])).toBe("No values have been recorded for Participants yet.");
  });

  it("ignores breakdowns: only totals count", () => {
    expect(describeIndicatorSeries(participants, [numberValue(2016, 900, "SEX=F"), numberValue(2020, 1300, "SEX=F")])).toBe(
      "No values have been recorded for Participants yet.",
    );
    expect(
      describeIndicatorSeries(participants, [numberValue(2016, 1800), numberValue(2020, 5000, "SEX=F"), numberValue(2020, 2600)]),
    ).toBe("Participants rose from 1,800 persons in 2016 to 2,600 persons in 2020 (+800). The target is 3,500 persons by 2025.");
  });

  it("does not reorder the caller's values", () => {
    const values = [numberValue(2020, 2600), numberValue(2016, 1800)];
    describeIndicatorSeries(participants, values);
    expect(values.map((value) => value.year)).toEqual([2020, 2016]);
  });

  const plan = indicator({
    name: "Action plan",
    valueType: "LEVELS",
    levels: LEVELS,
    targets: [{ year: 2025, number: null, levelCode: "completed", isFinal: true }],
  });

  it("describes a move between levels with their labels", () => {
    expect(describeIndicatorSeries(plan, [levelValue(2016, "initiated"), levelValue(2018, "none"), levelValue(2020, "advanced")])).toBe(
      "Action plan moved from “Initiated” in 2016 to “Advanced” in 2020. The target is Completed by 2025.",
    );
  });

  it("describes a level that remained the same", () => {
    expect(describeIndicatorSeries({ ...plan, targets: [] }, [levelValue(2016, "advanced"), levelValue(2020, "advanced")])).toBe(
      "Action plan remained “Advanced” from 2016 to 2020.",
    );
  });

  it("describes a single recorded level", () => {
    expect(describeIndicatorSeries(plan, [levelValue(2020, "advanced")])).toBe(
      "Action plan: Advanced in 2020, the only year recorded. The target is Completed by 2025.",
    );
  });

  it("summarises narrative reports by their span of years", () => {
    const narrative = indicator({ name: "Coordination", valueType: "TEXT" });
    expect(describeIndicatorSeries(narrative, [textValue(2018, "Met four times."), textValue(2016, "Met twice.")])).toBe(
      "Coordination: narrative reports from 2016 to 2018.",
    );
  });

  it("puts the summary on the built series", () => {
    const values = [numberValue(2016, 1800), numberValue(2020, 2600)];
    expect(buildIndicatorSeries(participants, values).summary).toBe(describeIndicatorSeries(participants, values));
  });
});

describe("describeIndicatorSeries for a single narrative report", () => {
  it("names the year instead of repeating the whole narrative", () => {
    const indicator = {
      name: "Coordination council",
      valueType: "TEXT" as ValueType,
      unit: null,
      decimals: null,
      baselineYear: null,
      baselineNumber: null,
      baselineLevel: null,
      levels: [],
      targets: [],
    };
    const summary = describeIndicatorSeries(indicator, [
      { year: 2025, disaggregation: "", number: null, levelCode: null, text: "A long narrative. ".repeat(200) },
    ]);
    expect(summary).toBe("Coordination council: a narrative report for 2025, the only year recorded.");
  });
});

describe("charts of indicators with many breakdowns", () => {
  const sectors = Array.from({ length: 12 }, (_, index) => `S${String(index + 1).padStart(2, "0")}`);

  it("draws only the total when there are more lines than a chart can carry, and says how many are left to the table", () => {
    const values = [numberValue(2020, 100), numberValue(2021, 110), ...sectors.map((sector) => numberValue(2021, 5, `SECTOR=${sector}`))];
    const series = buildIndicatorSeries(indicator({ valueType: "NUMBER" }), values);
    expect(series.series).toEqual([{ key: "", label: "Total" }]);
    expect(series.hiddenSeries).toBe(12);
    expect(series.points.find((point) => point.year === 2021)?.values).toEqual({ "": 110 });
  });

  it("draws the first eight breakdowns when there is no total", () => {
    const values = sectors.map((sector) => numberValue(2021, 5, `SECTOR=${sector}`));
    const series = buildIndicatorSeries(indicator({ valueType: "NUMBER" }), values);
    expect(series.series.map((entry) => entry.key)).toEqual(sectors.slice(0, 8).map((sector) => `SECTOR=${sector}`));
    expect(series.hiddenSeries).toBe(4);
  });

  it("keeps every line of a small breakdown, and tells apart members of different dimensions that share a name", () => {
    const values = [numberValue(2021, 10), numberValue(2021, 4, "FATAL=Men"), numberValue(2021, 6, "NON_FATAL=Men")];
    const series = buildIndicatorSeries(indicator({ valueType: "NUMBER" }), values);
    expect(series.hiddenSeries).toBe(0);
    expect(series.series.map((entry) => entry.label)).toEqual(["Total", "Men (FATAL)", "Men (NON_FATAL)"]);
  });
});
