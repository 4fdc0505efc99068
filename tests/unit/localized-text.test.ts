import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalizedText } from "@/components/matrix/localized-text";
import { MissingTranslationsSection } from "@/components/matrix/missing-translations";
import type { EditorArea } from "@/lib/frameworks/editor/get-draft-editor";
import { summarizeMissingTranslations } from "@/lib/frameworks/editor/summarize-missing-translations";
import { loadMessages } from "@/lib/i18n/load-messages";
import type { Locale } from "@/lib/i18n/locales";

type ProviderProps = ComponentProps<typeof NextIntlClientProvider>;

async function renderIn(locale: Locale, element: ReactElement): Promise<string> {
  const config: Omit<ProviderProps, "children"> = { locale, messages: await loadMessages(locale), timeZone: "UTC" };
  // The children go as createElement's third argument (the lint rule), which its props type cannot see.
  return renderToStaticMarkup(createElement(NextIntlClientProvider, config as ProviderProps, element));
}

const translated = { name: "Migrant workers covered", nameTranslations: { ro: "Lucrători migranți acoperiți" } };
const untranslated = { name: "Return and reintegration", nameTranslations: { fr: "Retour et réintégration" } };

describe("LocalizedText", () => {
  it("shows a Romanian reader the Romanian name, unmarked", async () => {
    const html = await renderIn("ro", createElement(LocalizedText, { entity: translated }));
    expect(html).toBe("Lucrători migranți acoperiți");
  });

  it("marks an untranslated name for a Romanian reader, with the reason for screen readers", async () => {
    const html = await renderIn("ro", createElement(LocalizedText, { entity: untranslated }));
    expect(html).toContain("Return and reintegration");
    expect(html).toContain('class="localized-fallback__marker muted"');
    expect(html).toContain('<span class="visually-hidden"> (Română: fără traducere; se afișează denumirea originală)</span>');
  });

  it("leaves English pages as they were", async () => {
    expect(await renderIn("en", createElement(LocalizedText, { entity: untranslated }))).toBe("Return and reintegration");
  });
});

function area(
  code: string,
  nameTranslations: EditorArea["nameTranslations"],
  indicators: [string, Record<string, string>?][],
  areas: EditorArea[] = [],
): EditorArea {
  return {
    id: code,
    code,
    name: `Area ${code}`,
    description: null,
    nameTranslations,
    parentId: null,
    depth: 0,
    areas,
    indicators: indicators.map(([indicatorCode, names]) => ({
      id: indicatorCode,
      identityId: indicatorCode,
      areaId: code,
      definition: {
        code: indicatorCode,
        name: `Indicator ${indicatorCode}`,
        valueType: "NUMBER",
        ...(names ? { nameTranslations: names } : {}),
      },
    })),
  };
}

describe("summarizeMissingTranslations", () => {
  const tree = [
    area(
      "1",
      { ro: "Domeniul 1", fr: "Domaine 1" },
      [["1.1", { ro: "Indicatorul 1.1" }], ["1.2"]],
      [area("1a", null, [["1a.1", { ro: "x", ru: "y" }]])],
    ),
    area("2", { ro: "Domeniul 2" }, [["2.1"], ["2.2"], ["2.3"], ["2.4"]]),
  ];

  it("counts the missing area and indicator names per language and lists the first codes", () => {
    const summary = summarizeMissingTranslations(tree);
    expect(summary.map((entry) => entry.locale)).toEqual(["ro", "ru", "fr", "es"]);
    expect(summary[0]).toEqual({ locale: "ro", areas: 1, indicators: 5, firstCodes: ["1.2", "1a", "2.1", "2.2", "2.3"] });
    expect(summary[1]).toMatchObject({ locale: "ru", areas: 3, indicators: 6 });
    expect(summary[2]).toMatchObject({ locale: "fr", areas: 2, indicators: 7, firstCodes: ["1.1", "1.2", "1a", "1a.1", "2"] });
  });

  it("is worded in the editor's language", async () => {
    const html = await renderIn("ro", createElement(MissingTranslationsSection, { summary: summarizeMissingTranslations(tree) }));
    expect(html).toContain("Traduceri");
    expect(html).toContain("1.2, 1a, 2.1, 2.2, 2.3</span> și încă 1");
  });
});
