import { expect, test } from "@playwright/test";
import { IMPLEMENTATION_LEVELS } from "@/lib/frameworks/builtin/scales";
import {
  buildFrameworkDefinition,
  buildIndicator,
  createTestFramework,
  createTestMember,
  createTestValues,
  openTestCycle,
} from "../fixtures/factories";
import { signInSpeaking } from "./support/sign-in-speaking";
import { demoWorkspaceId } from "./support/test-data";

/**
 * The review page's matrix texts in the reader's language (decision 053): a Romanian secretariat
 * member reads the indicator's Romanian name, its unit and an answer level in Romanian, and an
 * untranslated name in the original with the marker. Photographed for a person to check.
 */
test("a Romanian reviewer reads indicator names, units and level labels in Romanian", async ({ page }) => {
  test.setTimeout(60_000);
  const workspaceId = await demoWorkspaceId();
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 0 });
  definition.areas[0]!.indicators = [
    buildIndicator("A1.1", "NUMBER", {
      name: "Migrant workers registered",
      nameTranslations: { ro: "Lucrători migranți înregistrați" },
      unitTranslations: { ro: "persoane" },
    }),
    buildIndicator("A1.2", "LEVELS", {
      name: "Reintegration programme in place",
      levels: IMPLEMENTATION_LEVELS.map((level) =>
        level.code === "advanced" ? { ...level, labelTranslations: { ro: "Avansat" } } : level,
      ),
    }),
  ];
  const framework = await createTestFramework(workspaceId, definition);
  await openTestCycle(await createTestMember(workspaceId, "SECRETARIAT"), framework.code, 2025);
  await createTestValues([
    { indicatorId: framework.indicatorIds.get("A1.1")!, year: 2025, number: 1234.5, status: "SUBMITTED" },
    { indicatorId: framework.indicatorIds.get("A1.2")!, year: 2025, levelCode: "advanced", status: "SUBMITTED" },
  ]);

  const reviewer = await createTestMember(workspaceId, "SECRETARIAT");
  await signInSpeaking(page, reviewer.user, "ro");
  await page.goto(`/cycles/${framework.code}/2025/review`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  const translated = page.getByRole("row").filter({ hasText: "Lucrători migranți înregistrați" });
  await expect(translated).toContainText("1.234,50 persoane");
  await expect(translated).toContainText("200 persoane");
  const levels = page.getByRole("row").filter({ hasText: "Reintegration programme in place" });
  await expect(levels).toContainText("Avansat");
  await expect(levels.locator(".localized-fallback__marker")).toHaveText("original");
  await page.screenshot({ path: "/tmp/shots-i18ndisp/review-ro.png", fullPage: true });
});
