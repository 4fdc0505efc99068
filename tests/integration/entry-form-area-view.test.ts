/**
 * The entry form of a large framework, as its page asks for it (`?area=`, decision 060): the shown
 * area read and formatted in full, the others only counted and their empty rows listed. What the
 * page shows must be what the whole form said: the same rows for the shown area, the same
 * counts, the same areas and the same empty rows elsewhere.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { AccessContext } from "@/lib/auth/access-context";
import { DEMO_INSTITUTIONS } from "@/lib/demo/demo-institutions";
import { seedScaledFramework } from "@/lib/demo/seed-scaled-framework";
import { getEntryForm, WHOLE_FORM_INDICATORS, type EntryForm } from "@/lib/monitoring/get-entry-form";
import { createTestMember, createTestWorkspace, uniqueCode } from "../fixtures/factories";

const YEAR = 2025;

type Sized = { target: { frameworkCode: string; year: number }; focal: AccessContext };

async function seedSized(indicators: number): Promise<Sized> {
  const { workspaceId } = await createTestWorkspace({ institutions: DEMO_INSTITUTIONS });
  const { frameworkCode } = await seedScaledFramework(workspaceId, { indicators, code: uniqueCode("S"), firstYear: 2023 });
  return { target: { frameworkCode, year: YEAR }, focal: await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }) };
}

const indicatorCount = (form: EntryForm) => form.areas.reduce((count, area) => count + area.indicators.length, 0);

/** The empty rows of every area but `shown`, read from the whole form as the page did before decision 060. */
const emptyRowsOutside = (whole: EntryForm, shown: string) =>
  whole.areas
    .filter((area) => area.code !== shown)
    .flatMap((area) => area.indicators.flatMap((indicator) => indicator.rows.map((row) => ({ indicator, row }))))
    .filter(({ row }) => !row.current?.input)
    .map(({ indicator, row }) => ({ indicator: indicator.code, name: indicator.name, disaggregation: row.key, label: row.label }));

describe("the entry form shown one area at a time", () => {
  let large: Sized;
  let small: Sized;
  beforeAll(async () => {
    large = await seedSized(200);
    small = await seedSized(20);
  }, 300_000);

  it.each(["first", "second"])("reads the %s area in full and only counts the others", async (which) => {
    const whole = await getEntryForm(large.focal, large.target, "ro");
    expect(indicatorCount(whole)).toBeGreaterThan(WHOLE_FORM_INDICATORS);
    expect(whole.areaView).toBeNull();
    const shownArea = which === "second" ? whole.areas[1]! : whole.areas[0]!;

    // The page asks for no area at first: the first one is shown.
    const viewed = await getEntryForm(large.focal, large.target, "ro", { area: which === "second" ? shownArea.code : null });

    expect(viewed.areas).toEqual([shownArea]);
    expect(viewed.counts).toEqual(whole.counts);
    expect(viewed.cycle).toEqual(whole.cycle);
    expect(viewed.areaView!.current).toBe(shownArea.code);
    expect(viewed.areaView!.areas).toEqual(
      whole.areas.map((area) => ({
        code: area.code,
        name: area.name,
        nameTranslations: area.nameTranslations,
        count: area.indicators.length,
      })),
    );
    const missing = emptyRowsOutside(whole, shownArea.code);
    expect(missing.length).toBeGreaterThan(0);
    expect(viewed.areaView!.missingElsewhere).toEqual(missing);
  });

  it("shows the first area for an area code it does not know", async () => {
    const whole = await getEntryForm(large.focal, large.target);
    const viewed = await getEntryForm(large.focal, large.target, "en", { area: "NO-SUCH-AREA" });
    expect(viewed.areaView!.current).toBe(whole.areas[0]!.code);
    expect(viewed.areas).toEqual([whole.areas[0]]);
  });

  it("shows a form of a few indicators whole, whatever area is asked for", async () => {
    const whole = await getEntryForm(small.focal, small.target);
    expect(indicatorCount(whole)).toBeLessThanOrEqual(WHOLE_FORM_INDICATORS);
    expect(whole.areas.length).toBeGreaterThan(1);
    const viewed = await getEntryForm(small.focal, small.target, "en", { area: whole.areas[1]!.code });
    expect(viewed).toEqual(whole);
  });
});
