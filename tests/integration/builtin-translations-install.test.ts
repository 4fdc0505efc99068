import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MGI_FRAMEWORK } from "@/lib/frameworks/builtin/mgi";
import { SDG_10_7_2_FRAMEWORK } from "@/lib/frameworks/builtin/sdg-10-7-2";
import { localizedName } from "@/lib/i18n/localized-name";
import { createTestFramework, createTestWorkspace } from "../fixtures/factories";

async function installed(definition: typeof MGI_FRAMEWORK) {
  const { workspaceId } = await createTestWorkspace();
  const { versionId } = await createTestFramework(workspaceId, definition);
  const [areas, indicators] = await Promise.all([
    db.area.findMany({ where: { versionId }, select: { code: true, name: true, nameTranslations: true } }),
    db.indicator.findMany({ where: { versionId }, select: { code: true, name: true, nameTranslations: true } }),
  ]);
  return { areas, indicators };
}

describe("installing a built-in framework", () => {
  it("stores the French and Spanish names of MGI's indicators and areas", async () => {
    const { areas, indicators } = await installed(MGI_FRAMEWORK);

    const health = indicators.find((indicator) => indicator.code === "MGI-1.1.1")!;
    expect(health.name).toBe("Migrants have equal access to public health services");
    expect(localizedName(health, "fr")).toEqual({
      text: "Les migrants ont un accès égal aux services publics de santé",
      lang: "fr",
      isFallback: false,
    });
    expect(localizedName(health, "es")).toEqual({
      text: "Los migrantes tienen igual acceso a los servicios públicos de salud",
      lang: "es",
      isFallback: false,
    });
    expect(localizedName(health, "en")).toEqual({ text: health.name, lang: null, isFallback: false });

    const rights = areas.find((area) => area.code === "D1")!;
    expect(localizedName(rights, "fr").text).toBe("Droits des migrants");
    expect(localizedName(rights, "es").text).toBe("Derechos de los migrantes");

    expect(indicators).toHaveLength(73);
    for (const row of [...areas, ...indicators]) {
      for (const locale of ["fr", "es"] as const) {
        const shown = localizedName(row, locale);
        expect(shown.isFallback, `${row.code} ${locale}`).toBe(false);
        expect(shown.text, `${row.code} ${locale}`).not.toBe(row.name);
      }
      // Romanian and Russian have no built-in texts: the page falls back to English and marks it.
      expect(localizedName(row, "ro").isFallback, row.code).toBe(true);
    }
  });

  it("stores the French and Spanish names of the SDG 10.7.2 sub-categories", async () => {
    const { areas, indicators } = await installed(SDG_10_7_2_FRAMEWORK);

    expect(indicators).toHaveLength(30);
    const justice = indicators.find((indicator) => indicator.code === "PD_1.e")!;
    expect(justice.nameTranslations).toEqual({
      fr: "Les migrants ont-ils accès à la justice dans les mêmes conditions que les nationaux ?",
      es: "¿Tienen los migrantes acceso a la justicia en las mismas condiciones que los nacionales?",
    });
    expect(
      localizedName(
        areas.find((area) => area.code === "PD_6")!,
        "es",
      ).text,
    ).toBe("Migración segura, ordenada y regular");
    for (const row of [...areas, ...indicators]) {
      expect(Object.keys(row.nameTranslations as object).sort(), row.code).toEqual(["es", "fr"]);
    }
  });
});
