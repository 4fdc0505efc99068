/**
 * Issue 13 on the matrix and indicator pages: baselines, targets and latest values in the page's
 * language, numbers, units and level labels alike (decision 050).
 */
import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AreaIndicatorTable } from "@/components/frameworks/area-indicator-table";
import { IndicatorProgressSection } from "@/components/progress/indicator-progress-section";
import type { StructureArea } from "@/lib/frameworks/get-framework-structure";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";
import { formatIndicatorValue } from "@/lib/indicators/format-value";
import { localizeValueFormat } from "@/lib/indicators/localize-value-format";
import type { FrameworkValueRow } from "@/lib/monitoring/list-framework-values";
import type { IndicatorProgress } from "@/lib/progress/indicator-progress";

type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;

async function renderIn(locale: Locale, element: ReactElement): Promise<string> {
  const config: Omit<ProviderProps, "children"> = { locale, messages: await loadMessages(locale), timeZone: "UTC" };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, config as ProviderProps, element));
}

const LEVELS = [
  { code: "absent", label: "Absent", labelTranslations: { ro: "Absent", fr: "Absent" }, score: 0 },
  { code: "partial", label: "Partially present", labelTranslations: { ro: "Parțial prezent" }, score: 50 },
  { code: "full", label: "Fully present", labelTranslations: { ro: "Pe deplin prezent" }, score: 100 },
];

const persons = {
  id: "i1",
  code: "A.1",
  name: "Migrant workers covered",
  nameTranslations: { ro: "Lucrători migranți acoperiți" },
  valueType: "NUMBER" as const,
  unit: "persons",
  unitTranslations: { ro: "persoane" },
  decimals: 1,
  levels: [],
  baselineYear: 2016,
  baselineNumber: 1800.5,
  baselineLevel: null,
  targets: [{ year: 2025, number: 3500, levelCode: null, isFinal: true }],
  leadInstitution: { code: "MLSP", name: "Ministry of Labour" },
};
const levels = {
  ...persons,
  id: "i2",
  code: "A.2",
  name: "Reintegration services",
  nameTranslations: {},
  valueType: "LEVELS" as const,
  unit: null,
  unitTranslations: null,
  decimals: null,
  levels: LEVELS,
  baselineNumber: null,
  baselineLevel: "absent",
  targets: [{ year: 2025, number: null, levelCode: "full", isFinal: true }],
  leadInstitution: null,
};
const area = { id: "a", code: "A", name: "Area A", depth: 0, indicators: [persons, levels] } as unknown as StructureArea;
const latestValues = new Map([
  ["A.1", { number: 1234.5, levelCode: null, text: null, year: 2024, status: "APPROVED" }],
  ["A.2", { number: null, levelCode: "partial", text: null, year: 2024, status: "SUBMITTED" }],
]) as unknown as Map<string, FrameworkValueRow>;

const cellsOf = (html: string) => [...html.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((match) => match[1]!.replace(/<!-- -->/g, ""));

describe("values in the reader's language", () => {
  it("gives formatIndicatorValue the unit and level labels in the reader's language", () => {
    expect(formatIndicatorValue({ number: 1250, levelCode: null, text: null }, localizeValueFormat(persons, "ro"), "ro")).toBe(
      "1.250,0 persoane",
    );
    expect(formatIndicatorValue({ number: null, levelCode: "partial", text: null }, localizeValueFormat(levels, "ro"), "ro")).toBe(
      "Parțial prezent",
    );
    // No translation in the reader's language: the matrix's own words.
    expect(localizeValueFormat(levels, "ru").levels.map((level) => level.label)).toEqual(["Absent", "Partially present", "Fully present"]);
  });

  it("shows the matrix table's baselines, targets and latest values in Romanian to a Romanian reader", async () => {
    const html = await renderIn("ro", createElement(AreaIndicatorTable, { area, frameworkCode: "X", latestValues }));
    const [first, second] = [cellsOf(html).slice(0, 7), cellsOf(html).slice(7)];
    expect(first.slice(3, 6)).toEqual([
      "1.800,5 persoane (2016)",
      "3.500,0 persoane până în 2025",
      '<span class="latest-value">1.234,5 persoane</span> <span class="muted nowrap">(2024)</span>',
    ]);
    expect(second.slice(3, 6)).toEqual([
      "Absent (2016)",
      "Pe deplin prezent până în 2025",
      '<span class="latest-value">Parțial prezent</span> <span class="muted nowrap">(2024)</span>',
    ]);
    expect(html).toContain("Lucrători migranți acoperiți");
  });

  it("keeps the English page as it was", async () => {
    const html = await renderIn("en", createElement(AreaIndicatorTable, { area, frameworkCode: "X", latestValues }));
    expect(cellsOf(html).slice(3, 5)).toEqual(["1,800.5 persons (2016)", "3,500.0 persons by 2025"]);
  });

  it("words the indicator page's progress table with the reader's units and levels", async () => {
    const progress = {
      status: "acceleration_needed",
      inputs: { baseYear: 2016, baseValue: "absent", currentValue: "partial", target: { year: 2025, value: "full" } },
    } as unknown as IndicatorProgress;
    const html = await renderIn(
      "ro",
      createElement(IndicatorProgressSection, { years: [{ year: 2024, progress }], indicator: levels, baseYear: 2016 }),
    );
    expect(html).toContain("Parțial prezent");
    expect(html).toContain("Pe deplin prezent");
    expect(html).not.toContain("Partially present");
  });
});
