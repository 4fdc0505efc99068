import { NextIntlClientProvider } from "next-intl";
import { createElement, type ComponentProps, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { LocalizedText } from "@/components/matrix/localized-text";
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
  it("shows any translated text, a unit here, the same way", async () => {
    const unit = { text: "persons", translations: { ro: "persoane" } };
    expect(await renderIn("ro", createElement(LocalizedText, unit))).toBe("persoane");
    const html = await renderIn("ru", createElement(LocalizedText, unit));
    expect(html).toContain("persons");
    expect(html).toContain("localized-fallback__marker");
  });

  it("shows a Romanian reader the Romanian name, unmarked", async () => {
    const html = await renderIn("ro", createElement(LocalizedText, { entity: translated }));
    expect(html).toBe("Lucrători migranți acoperiți");
  });

  it("marks an untranslated name for a Romanian reader, with the reason for screen readers", async () => {
    const html = await renderIn("ro", createElement(LocalizedText, { entity: untranslated }));
    expect(html).toContain("Return and reintegration");
    expect(html).toContain('class="localized-fallback__marker muted"');
    expect(html).toContain('<span class="visually-hidden"> (Română: fără traducere; se afișează textul original)</span>');
  });

  it("leaves English pages as they were", async () => {
    expect(await renderIn("en", createElement(LocalizedText, { entity: untranslated }))).toBe("Return and reintegration");
  });
});
