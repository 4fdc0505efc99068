/**
 * Indicator metadata in every layout Open SDG uses (meta/*.md front matter, meta/*.yml,
 * meta/<lang>/, translations/<lang>/ with translation keys), YAML that a hand-written reader
 * got wrong, and files in meta/ that are not indicator metadata. Fixtures follow the format's
 * documentation, written here.
 */
import { describe, expect, it } from "vitest";
import { parseOpenSdgMetaFile } from "@/lib/open-sdg/parse-open-sdg-meta";
import { parseOpenSdgSource } from "@/lib/open-sdg/parse-open-sdg-source";
import { normaliseOpenSdgPath } from "@/lib/open-sdg/read-open-sdg-source";

const DATA = { path: "data/indicator_1-1-1.csv", text: "Year,Value\n2015,1\n" };

describe("metadata layouts", () => {
  it("finds metadata files of every layout under any leading folder", () => {
    expect(normaliseOpenSdgPath("starter-main/meta/1-1-1.yml")).toBe("meta/1-1-1.yml");
    expect(normaliseOpenSdgPath("meta/fr/1-1-1.yaml")).toBe("meta/fr/1-1-1.yaml");
    expect(normaliseOpenSdgPath("x/translations/es/global_indicators.yml")).toBe("translations/es/global_indicators.yml");
    expect(normaliseOpenSdgPath("translations/global_indicators.yml")).toBeNull();
    expect(normaliseOpenSdgPath("meta/1-1-1.json")).toBeNull();
  });

  it("reads meta/*.yml and meta/<lang>/*.yml like front matter", async () => {
    const parsed = await parseOpenSdgSource({
      files: [
        DATA,
        { path: "meta/1-1-1.yml", text: "indicator_number: 1.1.1\nindicator_name: Poverty rate\ntarget_id: '1.1'\nsdg_goal: 1\n" },
        { path: "meta/fr/1-1-1.yml", text: "indicator_name: Taux de pauvreté\n" },
      ],
    });
    expect(parsed.warnings).toEqual([]);
    expect(parsed.languages).toEqual(["en", "fr"]);
    expect(parsed.metadataFiles).toBe(2);
    expect(parsed.metadata.get("1-1-1")!.get("en")).toEqual({
      indicator: "1.1.1",
      indicatorName: "Poverty rate",
      targetId: "1.1",
      sdgGoal: "1",
    });
    expect(parsed.metadata.get("1-1-1")!.get("fr")).toEqual({ indicatorName: "Taux de pauvreté" });
  });

  it("reads multi-line quoted values, and a front matter whose quoted text holds an indented ---", () => {
    const text = [
      "---",
      'indicator_name: "Proportion of the population living',
      '  below the national poverty line: total"',
      "target: 'By 2030, reduce at least by half the proportion",
      "  ---",
      "  of men, women and children'",
      "indicator: 1.2.1",
      "---",
      "Body text",
    ].join("\r\n");
    expect(parseOpenSdgMetaFile("meta/1-2-1.md", text)).toEqual({
      meta: {
        indicatorName: "Proportion of the population living below the national poverty line: total",
        target: "By 2030, reduce at least by half the proportion --- of men, women and children",
        indicator: "1.2.1",
      },
      warnings: [],
    });
  });

  it("resolves texts given as translation keys from translations/<lang>/, in every language there", async () => {
    const parsed = await parseOpenSdgSource({
      files: [
        DATA,
        { path: "meta/1-1-1.md", text: "---\nindicator: 1.1.1\nindicator_name: global_indicators.1-1-1-title\n---\n" },
        { path: "translations/en/global_indicators.yml", text: "1-1-1-title: Proportion below the poverty line\n" },
        { path: "translations/es/global_indicators.yml", text: "1-1-1-title: Proporción bajo el umbral de pobreza\n" },
      ],
    });
    expect(parsed.languages).toEqual(["en", "es"]);
    expect(parsed.metadata.get("1-1-1")!.get("en")!.indicatorName).toBe("Proportion below the poverty line");
    expect(parsed.metadata.get("1-1-1")!.get("es")!.indicatorName).toBe("Proporción bajo el umbral de pobreza");
  });

  it("skips files in meta/ that are not indicator metadata, without a warning", async () => {
    const parsed = await parseOpenSdgSource({
      files: [DATA, { path: "meta/README.md", text: "# Metadata\n\nOne file per indicator.\n" }],
    });
    expect(parsed.warnings).toEqual([]);
    expect(parsed.metadataFiles).toBe(0);
    expect(parsed.skipped).toEqual([{ file: "meta/README.md", reason: expect.stringContaining("Not indicator metadata") }]);
  });

  it("uses the first of two layouts of the same indicator's metadata, with a warning", async () => {
    const parsed = await parseOpenSdgSource({
      files: [
        DATA,
        { path: "meta/1-1-1.md", text: "---\nindicator_name: From Markdown\n---\n" },
        { path: "meta/1-1-1.yml", text: "indicator_name: From YAML\n" },
      ],
    });
    expect(parsed.metadata.get("1-1-1")!.get("en")!.indicatorName).toBe("From Markdown");
    expect(parsed.warnings).toEqual([{ file: "meta/1-1-1.yml", message: expect.stringContaining("given twice") }]);
  });
});
