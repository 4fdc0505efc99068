/**
 * The pure parts of the working-group report and the exports: trends in words, the chart
 * drawings (bar scale, missing values, SVG escaping), file names, section numbering and the
 * methodology note.
 */
import { describe, expect, it } from "vitest";
import type { ExportValue, FrameworkExport } from "@/lib/exports/load-framework-export";
import { exportFileName } from "@/lib/exports/export-file-name";
import type { StructureArea, StructureIndicator } from "@/lib/frameworks/get-framework-structure";
import { IMPLEMENTATION_LEVELS } from "@/lib/frameworks/builtin/scales";
import { buildReportModel } from "@/lib/reports/build-report-model";
import { chartToPng } from "@/lib/reports/chart-png";
import { chartToSvg, groupedBarChart, SERIES_COLOURS, type Primitive } from "@/lib/reports/chart-primitives";
import { methodologyNote } from "@/lib/reports/methodology-note";
import { describeTrend } from "@/lib/reports/model/describe-trend";
import { createMatrixTextReader } from "@/lib/reports/model/localize-matrix-texts";
import { reportSections } from "@/lib/reports/report-sections";

const AREA: StructureArea = {
  id: "area-1",
  code: "A1",
  name: "Labour",
  description: null,
  parentId: null,
  parentCode: null,
  depth: 0,
  indicators: [],
};

function indicator(overrides: Partial<StructureIndicator> = {}): StructureIndicator {
  return {
    id: "indicator-1",
    identityId: "indicator-1",
    code: "A1.1",
    name: "Migrants employed",
    definition: null,
    valueType: "NUMBER",
    unit: "persons",
    direction: "INCREASE",
    lowerLimit: null,
    upperLimit: null,
    decimals: null,
    baselineYear: null,
    baselineNumber: null,
    baselineLevel: null,
    position: 0,
    areaId: AREA.id,
    leadInstitution: null,
    levels: [],
    targets: [],
    ...overrides,
  };
}

function value(of: StructureIndicator, year: number, stored: { number?: number; levelCode?: string; text?: string }): ExportValue {
  return {
    indicator: of,
    area: AREA,
    year,
    disaggregationKey: "",
    disaggregation: {},
    breakdown: "Total",
    number: stored.number ?? null,
    levelCode: stored.levelCode ?? null,
    text: stored.text ?? null,
    display: String(stored.number ?? stored.levelCode ?? stored.text),
    status: "APPROVED",
    comment: null,
    source: null,
  };
}

const trend = (of: StructureIndicator, previous: ExportValue["number"] | string, current: ExportValue["number"] | string) => {
  const stored = (raw: number | string | null) =>
    typeof raw === "number" ? { number: raw } : of.valueType === "TEXT" ? { text: raw ?? "" } : { levelCode: raw ?? "" };
  return describeTrend(of, value(of, 2024, stored(current)), value(of, 2023, stored(previous)));
};

describe("describeTrend", () => {
  it("gives a quantity's change in percent of the earlier value, better or worse by the indicator's direction", () => {
    const increase = indicator({ direction: "INCREASE" });
    const decrease = indicator({ direction: "DECREASE" });
    expect(trend(increase, 100, 120)).toBe("+20 % since 2023 (better)");
    expect(trend(increase, 100, 80)).toBe("−20 % since 2023 (worse)");
    expect(trend(decrease, 100, 80)).toBe("−20 % since 2023 (better)");
    expect(trend(decrease, 100, 112.5)).toBe("+12.5 % since 2023 (worse)");
    // A negative earlier value: the change is measured against its size, the sign follows the change.
    expect(trend(increase, -200, -150)).toBe("+25 % since 2023 (better)");
  });

  it("says unchanged, and judges nothing without a direction", () => {
    expect(trend(indicator(), 140, 140)).toBe("Unchanged since 2023");
    expect(trend(indicator({ direction: null }), 100, 150)).toBe("+50 % since 2023");
    expect(trend(indicator({ direction: "MAINTAIN" }), 100, 90)).toBe("−10 % since 2023");
  });

  it("gives an absolute change from zero, where a percentage means nothing", () => {
    expect(trend(indicator(), 0, 5)).toBe("+5 since 2023 (better)");
  });

  it("gives a percentage indicator's change in points, not in percent of percent", () => {
    const share = indicator({ valueType: "PERCENTAGE", unit: null, decimals: 1 });
    expect(trend(share, 40, 45.5)).toBe("+5.5 points since 2023 (better)");
    expect(trend(share, 60, 50)).toBe("−10.0 points since 2023 (worse)");
    expect(trend(indicator({ valueType: "PERCENTAGE", unit: null, decimals: 0, direction: "DECREASE" }), 30, 25)).toBe(
      "−5 points since 2023 (better)",
    );
  });

  it("names the earlier level when a qualitative indicator moves up or down", () => {
    const levels = indicator({ valueType: "LEVELS", unit: null, levels: IMPLEMENTATION_LEVELS });
    expect(trend(levels, "none", "initiated")).toBe("Up from Not started (2023)");
    expect(trend(levels, "advanced", "initiated")).toBe("Down from Advanced (2023)");
    expect(trend(levels, "completed", "completed")).toBe("Unchanged since 2023");
  });

  it("says why there is no trend: no value this year, or none before it", () => {
    const number = indicator();
    expect(describeTrend(number, undefined, value(number, 2023, { number: 1 }))).toBe("No value this year");
    expect(describeTrend(number, value(number, 2024, { number: 1 }), undefined)).toBe("No earlier value");
    const narrative = indicator({ valueType: "TEXT", unit: null });
    expect(trend(narrative, "Drafted", "Adopted")).toBe("Reported; last also in 2023");
  });

  it("uses words and signs only, no arrows (the report font has no arrow glyphs)", () => {
    const outputs = [
      trend(indicator(), 100, 120),
      trend(indicator(), 100, 80),
      trend(indicator({ valueType: "LEVELS", levels: IMPLEMENTATION_LEVELS }), "none", "completed"),
    ];
    for (const output of outputs) expect(output).not.toMatch(/[\u2190-\u21ff\u2b00-\u2bff]/);
  });
});

describe("chart primitives", () => {
  const chart = groupedBarChart({ title: "Area scores (%)", labels: ["A1", "A2"], series: [{ name: "2024", values: [50, null] }] });
  const texts = chart.primitives.filter((primitive): primitive is Extract<Primitive, { kind: "text" }> => primitive.kind === "text");
  const tickY = (label: string) => {
    const tick = texts.find((text) => text.text === label);
    if (!tick) throw new Error(`No tick labelled ${label}`);
    return tick.y - 3;
  };

  it("scales bars to the plot: a 50 % bar is half the height from the 0 % line to the 100 % line", () => {
    const zero = tickY("0 %");
    const hundred = tickY("100 %");
    const plotHeight = zero - hundred;
    expect(plotHeight).toBeGreaterThan(100);
    // The legend's swatch shares the colour; the bar stands on the 0 % line.
    const bars = chart.primitives.filter(
      (primitive): primitive is Extract<Primitive, { kind: "rect" }> =>
        primitive.kind === "rect" && primitive.fill === SERIES_COLOURS[0] && primitive.y + primitive.height === zero,
    );
    expect(bars).toHaveLength(1);
    expect(bars[0]!.height).toBeCloseTo(plotHeight / 2, 6);
    expect(bars[0]!.y).toBeCloseTo(zero - plotHeight / 2, 6);
    expect(texts.some((text) => text.text === "50" && text.y < bars[0]!.y)).toBe(true);
  });

  it("draws a missing value as a dash in its place, with no bar", () => {
    const groupLabel = texts.find((text) => text.text === "A2")!;
    const dash = texts.find((text) => text.text === "–");
    expect(dash).toBeDefined();
    const groupWidth = groupLabel.x - texts.find((text) => text.text === "A1")!.x;
    expect(Math.abs(dash!.x - groupLabel.x)).toBeLessThan(groupWidth / 2);
    const barsInSecondGroup = chart.primitives.filter(
      (primitive) => primitive.kind === "rect" && primitive.x > groupLabel.x - groupWidth / 2 && primitive.y > 20,
    );
    expect(barsInSecondGroup).toEqual([]);
  });

  it("escapes text in the SVG, which resvg then reads as a picture", () => {
    const tricky = groupedBarChart({ title: 'A & B <x> "q"', labels: ["A & B <x>"], series: [{ name: "<2024>", values: [75] }] });
    const svg = chartToSvg(tricky, 'Public Sans & "Co"');
    expect(svg).toContain("<title>A &amp; B &lt;x&gt; &quot;q&quot;</title>");
    expect(svg).toContain(">A &amp; B &lt;x&gt;</text>");
    expect(svg).toContain(">&lt;2024&gt;</text>");
    expect(svg).toContain('font-family="Public Sans &amp; &quot;Co&quot;"');
    expect(svg).not.toContain("A & B");
    expect(svg).not.toContain("<x>");
    const png = chartToPng(tricky, 1);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });
});

describe("exportFileName", () => {
  const name = (
    format: Parameters<typeof exportFileName>[0]["format"],
    years: number[],
    extra: { dataset?: "values" | "scores"; code?: string; extension?: string } = {},
  ) =>
    exportFileName({
      frameworkCode: extra.code ?? "DMD",
      format,
      dataset: extra.dataset ?? "values",
      years,
      extension: extra.extension ?? "csv",
    });

  it.each([
    ["csv", [2016, 2025], {}, "DMD-data-2016-2025.csv"],
    ["json", [2016, 2025], { extension: "json" }, "DMD-data-2016-2025.json"],
    ["xlsx", [2016, 2025], { extension: "xlsx" }, "DMD-data-2016-2025.xlsx"],
    ["csv", [2024, 2024], {}, "DMD-data-2024.csv"],
    ["csv", [], {}, "DMD-data.csv"],
    ["pdf", [2016, 2024], { extension: "pdf" }, "DMD-report-2024.pdf"],
    ["docx", [2016, 2024], { extension: "docx" }, "DMD-report-2024.docx"],
    ["sdmx-csv", [2016, 2025], {}, "DMD-values-sdmx-2016-2025.csv"],
    ["sdmx-csv", [2016, 2025], { dataset: "scores" }, "DMD-scores-sdmx-2016-2025.csv"],
    ["open-sdg", [2015, 2023], { code: "SDG", extension: "zip" }, "SDG-open-sdg-2015-2023.zip"],
    ["csv", [2019, 2023], { code: "SDG 10.7.2/ș" }, "SDG-10.7.2---data-2019-2023.csv"],
  ] as const)("%s over %j (%j) is %s", (format, years, extra, expected) => {
    expect(name(format, [...years], extra)).toBe(expected);
  });
});

/** A framework export with two top-level areas (one with a sub-area) and no values: enough for the report's structure. */
function emptyExport(options: { official: boolean; cutoffs?: number[] | null }): FrameworkExport {
  const area = (id: string, code: string, name: string, parentId: string | null = null): StructureArea => ({
    id,
    code,
    name,
    description: null,
    parentId,
    parentCode: parentId === null ? null : "A1",
    depth: parentId === null ? 0 : 1,
    indicators: [],
  });
  const areas = [area("a1", "PD_1", "Migrant rights"), area("a1s", "PD_1-S", "Sub-area", "a1"), area("a2", "A 2/x", "Cooperation")];
  return {
    generatedAt: new Date("2025-03-01T00:00:00Z"),
    workspace: { name: "Test government", countryCode: null, isDemo: false },
    progress: {
      framework: {
        id: "fw",
        code: "FW",
        name: "Framework",
        description: null,
        scoringMethod: options.official ? "SDG_10_7_2" : "NORMALISED_ACHIEVEMENT",
        baseYear: null,
        categoryCutoffs: options.cutoffs ?? null,
        version: { id: "v", number: 1, label: "1.0", status: "APPROVED", approvedAt: null },
        versions: [{ id: "v", number: 1, label: "1.0", status: "APPROVED", approvedAt: null }],
        areas,
        indicatorCount: 0,
        structureKey: "fw-1",
      },
      years: [],
      includeProvisional: false,
      coverage: [],
      indicators: [],
      scores: [],
    },
    years: [],
    reportYear: null,
    includeProvisional: false,
    values: [],
    dimensionsByIndicator: new Map(),
    topLevelAreas: areas.filter((candidate) => candidate.depth === 0),
  };
}

describe("reportSections", () => {
  it("numbers the summary, one section per top-level area, then off track, open points and the method", () => {
    const model = buildReportModel({
      data: emptyExport({ official: false }),
      completeness: null,
      yearStatuses: [],
      showReturnReasons: false,
      detailedStatuses: true,
    });
    expect(reportSections(model)).toEqual([
      { id: "summary", title: "1. Summary" },
      { id: "area-PD_1", title: "2. Area PD_1: Migrant rights" },
      { id: "area-A-2-x", title: "3. Area A 2/x: Cooperation" },
      { id: "off-track", title: "4. Indicators off track" },
      { id: "open-points", title: "5. Open points" },
      { id: "methodology", title: "6. Methodology note" },
    ]);
  });

  it("calls the areas of an SDG 10.7.2 framework domains", () => {
    const model = buildReportModel({
      data: emptyExport({ official: true }),
      completeness: null,
      yearStatuses: [],
      showReturnReasons: false,
      detailedStatuses: true,
    });
    expect(reportSections(model).map((section) => section.title)).toEqual([
      "1. Summary",
      "2. Domain PD_1: Migrant rights",
      "3. Domain A 2/x: Cooperation",
      "4. Indicators off track",
      "5. Open points",
      "6. Methodology note",
    ]);
    // Section ids are used as link targets in the PDF: unique, and safe in a URL fragment.
    const ids = reportSections(model).map((section) => section.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
  });
});

describe("methodologyNote", () => {
  it("states the category cut-offs of an official (SDG 10.7.2) framework, the framework's own or the defaults", () => {
    const own = methodologyNote({ official: true, baseYear: 2019, includeProvisional: false, cutoffs: [35, 55, 75] }).join("\n");
    expect(own).toContain("official formula of SDG indicator 10.7.2");
    expect(own).toContain(
      "1 Requires further progress below 35 %; 2 Partially meets from 35 %; 3 Meets from 55 %; 4 Fully meets from 75 %",
    );
    expect(own).toContain("(2019)");

    const defaults = methodologyNote({ official: true, baseYear: null, includeProvisional: false, cutoffs: null }).join("\n");
    expect(defaults).toContain("below 40 %; 2 Partially meets from 40 %; 3 Meets from 60 %; 4 Fully meets from 80 %");
  });

  it("describes normalised achievement, without categories, for other frameworks; says when provisional values count", () => {
    const note = methodologyNote({ official: false, baseYear: null, includeProvisional: true, cutoffs: null });
    const text = note.join("\n");
    expect(text).toContain("mean achievement of the area's indicators");
    expect(text).not.toContain("Fully meets");
    expect(text).toContain("values not yet approved");
    expect(text).toContain("Values returned for correction never count");
    expect(methodologyNote({ official: false, baseYear: null, includeProvisional: false, cutoffs: null }).join("\n")).toContain(
      "Only values approved by the secretariat count",
    );
  });

  it("is the report model's method section", () => {
    const model = buildReportModel({
      data: emptyExport({ official: true, cutoffs: [30, 50, 70] }),
      completeness: null,
      yearStatuses: [],
      showReturnReasons: false,
      detailedStatuses: true,
    });
    expect(model.methodology.join("\n")).toContain("4 Fully meets from 70 %");
    expect(model.summary.paragraphs).toEqual(["No value of this framework has been approved yet, so the report has no figures."]);
  });
});

describe("the report's matrix texts in its language (decision 053)", () => {
  it("shows translated framework, area and indicator names and units, the others marked † and explained on the cover", () => {
    const data = emptyExport({ official: false });
    const framework = data.progress.framework;
    framework.nameTranslations = { ro: "Cadrul de monitorizare" };
    const [rights, sub, cooperation] = framework.areas as [StructureArea, StructureArea, StructureArea];
    rights.nameTranslations = { ro: "Drepturile migranților", fr: "Droits des migrants" };
    rights.indicators = [
      indicator({ areaId: rights.id, nameTranslations: { ro: "Migranți angajați" }, unitTranslations: { ro: "persoane" } }),
      indicator({ id: "indicator-2", identityId: "indicator-2", code: "A1.2", areaId: rights.id, unit: "%" }),
    ];
    const model = buildReportModel({
      data,
      completeness: null,
      yearStatuses: [],
      showReturnReasons: false,
      detailedStatuses: true,
      locale: "ro",
    });
    expect(model.frameworkName).toBe("Cadrul de monitorizare");
    const titles = reportSections(model).map((section) => section.title);
    expect(titles[1]).toContain("PD_1: Drepturile migranților");
    expect(titles[2]).toContain(`A 2/x: ${cooperation.name} †`);
    expect(model.areas[0]!.indicators.map((row) => row.name)).toEqual(["Migranți angajați", "Migrants employed †"]);
    expect(model.fallbackNote).toMatch(/^† /);
    expect(sub.name).toBe("Sub-area");

    const english = buildReportModel({ data, completeness: null, yearStatuses: [], showReturnReasons: false, detailedStatuses: true });
    expect(english.frameworkName).toBe("Framework");
    expect(english.areas[0]!.indicators.map((row) => row.name)).toEqual(["Migrants employed", "Migrants employed"]);
    expect(english.fallbackNote).toBeNull();
  });

  it("reads a unit, label or name in the chosen language; a text without letters ('%') is never marked", () => {
    const reader = createMatrixTextReader("ru", "†");
    expect(reader.read("%", undefined)).toBe("%");
    expect(reader.hasFallback).toBe(false);
    expect(reader.read("persons", { ru: "человек" })).toBe("человек");
    expect(reader.hasFallback).toBe(false);
    expect(reader.read("persons", { ro: "persoane", ru: " " })).toBe("persons †");
    expect(reader.hasFallback).toBe(true);
    // Data files leave the main text unmarked.
    expect(createMatrixTextReader("ru", null).read("persons", {})).toBe("persons");
  });
});
