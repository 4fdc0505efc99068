import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MissingTranslationsSection } from "@/components/matrix/missing-translations";
import type { FrameworkDefinition } from "@/lib/frameworks/schemas";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";
import { dominantScript, findWrongScripts } from "@/lib/matrix-translations/find-wrong-scripts";
import { summarizeMissingTranslations } from "@/lib/matrix-translations/summarize-missing-translations";
import { listTextRows, type TextRow } from "@/lib/matrix-translations/translation-rows";

type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;

async function renderIn(locale: Locale, element: ReactElement): Promise<string> {
  const config: Omit<ProviderProps, "children"> = { locale, messages: await loadMessages(locale), timeZone: "UTC" };
  return renderToStaticMarkup(createElement(NextIntlClientProvider, config as ProviderProps, element));
}

const definition: FrameworkDefinition = {
  code: "NAP",
  name: "National action plan",
  nameTranslations: { ro: "Planul național de acțiuni" },
  version: { label: "2026" },
  areas: [
    {
      code: "A",
      name: "Labour migration",
      description: "Work abroad and at home",
      descriptionTranslations: { ru: "Работа за рубежом и дома" },
      indicators: [
        {
          code: "A.1",
          name: "Migrant workers covered",
          nameTranslations: { ro: "Lucrători migranți acoperiți", ru: "Covered migrant workers" },
          definition: "Share of migrant workers with a contract",
          valueType: "PERCENTAGE",
          unit: "%",
          unitTranslations: { fr: "%" },
          dataSource: "Labour force survey",
          dataSourceTranslations: { es: "Encuesta de población activa", ro: "Обследование рабочей силы" },
          dimensions: ["SEX"],
        },
        {
          code: "A.2",
          name: "Agreement in force",
          valueType: "LEVELS",
          levels: [
            { code: "none", label: "None", score: 0, labelTranslations: { ro: "Niciunul" } },
            { code: "full", label: "In force", score: 1 },
          ],
        },
      ],
    },
  ],
};
const references = {
  dimensions: [
    {
      code: "SEX",
      name: "Sex",
      nameTranslations: { ro: "Sex" },
      members: [{ code: "F", name: "Female", nameTranslations: { ru: "Женщины" } }],
    },
    { code: "AGE", name: "Age group", members: [{ code: "Y", name: "Young" }] },
  ],
};

describe("listTextRows", () => {
  it("lists every translatable text once, in matrix order, with the dimensions the version uses", () => {
    const rows = listTextRows(definition, references);
    expect(rows.map((row) => `${row.kind} ${row.code} ${row.field}`)).toEqual([
      "framework NAP name",
      "area A name",
      "area A description",
      "indicator A.1 name",
      "indicator A.1 definition",
      "indicator A.1 unit",
      "indicator A.1 data_source",
      "indicator A.2 name",
      "level A.2/none label",
      "level A.2/full label",
      "dimension SEX name",
      "member SEX/F name",
    ]);
    expect(rows.find((row) => row.kind === "level" && row.code === "A.2/none")!.translations).toEqual({ ro: "Niciunul" });
  });
});

describe("summarizeMissingTranslations", () => {
  const rows = listTextRows(definition, references);

  it("counts the missing translations per language and field and lists the first texts", () => {
    const summary = summarizeMissingTranslations(rows);
    expect(summary.map((entry) => entry.locale)).toEqual(["ro", "ru", "fr", "es"]);
    const ro = summary[0]!;
    expect(ro.missing).toBe(7);
    expect(ro.byField).toEqual({ name: 3, description: 1, definition: 1, unit: 1, data_source: 0, verification: 0, label: 1 });
    expect(ro.first).toEqual([
      { kind: "area", code: "A", field: "name" },
      { kind: "area", code: "A", field: "description" },
      { kind: "indicator", code: "A.1", field: "definition" },
      { kind: "indicator", code: "A.1", field: "unit" },
      { kind: "indicator", code: "A.2", field: "name" },
    ]);
    expect(summary[2]!.byField.unit).toBe(0);
  });

  it("is worded in the editor's language, with the script warnings", async () => {
    const html = await renderIn(
      "ro",
      createElement(MissingTranslationsSection, { summary: summarizeMissingTranslations(rows), wrongScripts: findWrongScripts(rows) }),
    );
    expect(html).toContain("Traduceri");
    expect(html).toContain("Definiții");
    expect(html).toContain("A (Denumiri), A (Descrieri), A.1 (Definiții), A.1 (Unități), A.2 (Denumiri)</span> și încă 2");
    expect(html).toContain("2 traduceri sunt scrise cu alt alfabet");
  });
});

describe("findWrongScripts", () => {
  it("flags Latin text in the ru column and Cyrillic text in the others", () => {
    const rows = listTextRows(definition, references);
    expect(findWrongScripts(rows)).toEqual([
      { kind: "indicator", code: "A.1", field: "name", locale: "ru", found: "latin", expected: "cyrillic" },
      { kind: "indicator", code: "A.1", field: "data_source", locale: "ro", found: "cyrillic", expected: "latin" },
    ]);
  });

  it("accepts Latin acronyms in Russian, Romanian diacritics, texts without letters and languages it does not know", () => {
    const row = (translations: Record<string, string>): TextRow => ({
      kind: "indicator",
      code: "X",
      field: "name",
      main: "X",
      translations,
    });
    expect(findWrongScripts([row({ ru: "Показатель ЦУР 10.7.2 (SDG)", ro: "Țintă și măsură", fr: "%", "fr-CA": "Привет" })])).toEqual([]);
    expect(findWrongScripts([row({ es: "Доля мигрантов" })])).toHaveLength(1);
  });

  it("reads the dominant script of a text", () => {
    expect(dominantScript("МОМ IOM миграция")).toBe("cyrillic");
    expect(dominantScript("IOM МОМ")).toBe("latin");
    expect(dominantScript("10.7.2 %")).toBeNull();
  });
});
