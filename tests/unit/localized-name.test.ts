import { describe, expect, it } from "vitest";
import { localizedName, localizedText, readTranslations } from "@/lib/i18n/localized-name";

const indicator = { name: "Migrant workers covered", nameTranslations: { ro: "Lucrători migranți acoperiți", fr: "" } };

describe("localizedName", () => {
  it("gives the translation for the reader's language", () => {
    expect(localizedName(indicator, "ro")).toEqual({ text: "Lucrători migranți acoperiți", lang: "ro", isFallback: false });
  });

  it("marks the main name as a fallback when the language has no translation", () => {
    expect(localizedName(indicator, "ru")).toEqual({ text: "Migrant workers covered", lang: null, isFallback: true });
  });

  it("treats an empty translation as missing", () => {
    expect(localizedName(indicator, "fr")).toEqual({ text: "Migrant workers covered", lang: null, isFallback: true });
  });

  it("shows the main name unmarked to English readers", () => {
    expect(localizedName(indicator, "en")).toEqual({ text: "Migrant workers covered", lang: null, isFallback: false });
    expect(localizedName({ name: "Area", nameTranslations: null }, "en").isFallback).toBe(false);
  });

  it("ignores malformed stored translations", () => {
    for (const bad of [null, "ro", 42, ["x"], { ro: 5 }, { ro: { text: "x" } }]) {
      expect(localizedName({ name: "Area", nameTranslations: bad }, "ro")).toEqual({ text: "Area", lang: null, isFallback: true });
    }
  });
});

describe("readTranslations", () => {
  it("keeps only non-empty strings", () => {
    expect(readTranslations({ ro: "Zona", ru: 3, es: "  ", fr: "Zone" })).toEqual({ ro: "Zona", fr: "Zone" });
  });
});

describe("localizedText", () => {
  it("reads any translated field the way names are read", () => {
    const unit = { unit: "persons", unitTranslations: { ro: "persoane", ru: "" } };
    expect(localizedText(unit.unit, unit.unitTranslations, "ro")).toEqual({ text: "persoane", lang: "ro", isFallback: false });
    expect(localizedText(unit.unit, unit.unitTranslations, "ru")).toEqual({ text: "persons", lang: null, isFallback: true });
    expect(localizedText(unit.unit, undefined, "en")).toEqual({ text: "persons", lang: null, isFallback: false });
  });
});
