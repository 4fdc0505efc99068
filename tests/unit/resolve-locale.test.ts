import { describe, expect, it } from "vitest";
import { browserLocale, resolveLocale } from "@/lib/i18n/resolve-locale";

describe("resolveLocale: the person's choice, then the browser, then the workspace", () => {
  it("takes the person's own choice first", async () => {
    expect(await resolveLocale({ chosen: "ru", acceptLanguage: "fr-FR,fr;q=0.9", workspaceDefault: async () => "es" })).toBe("ru");
  });

  it("takes the browser's first supported language next", async () => {
    expect(await resolveLocale({ chosen: null, acceptLanguage: "de-DE,de;q=0.9,ro-MD;q=0.8,en;q=0.5" })).toBe("ro");
  });

  it("asks the workspace only when the person and the browser name none of the five", async () => {
    let asked = 0;
    const workspaceDefault = async () => {
      asked += 1;
      return "ro";
    };
    expect(await resolveLocale({ acceptLanguage: "fr", workspaceDefault })).toBe("fr");
    expect(asked).toBe(0);
    expect(await resolveLocale({ acceptLanguage: "de-DE,ja;q=0.5", workspaceDefault })).toBe("ro");
    expect(asked).toBe(1);
  });

  it("falls back to English, never an error, for unknown or malformed values", async () => {
    expect(await resolveLocale({ chosen: "xx", acceptLanguage: "!!!,;;q=abc", workspaceDefault: async () => "klingon" })).toBe("en");
    expect(await resolveLocale({})).toBe("en");
  });
});

describe("browserLocale", () => {
  it.each([
    ["ro-MD", "ro"],
    ["ru-RU,ru;q=0.9", "ru"],
    ["es-419", "es"],
    ["fr-CA,en;q=0.3", "fr"],
    ["en-GB", "en"],
    ["de;q=1,ru;q=0.2", "ru"],
    ["*", null],
    ["", null],
    ["zh-CN", null],
  ])("reads %j as %s", (header, expected) => {
    expect(browserLocale(header)).toBe(expected);
  });
});
