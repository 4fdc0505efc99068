import { expect, test } from "@playwright/test";
import { createTestMember } from "../fixtures/factories";
import { signInSpeaking } from "./support/sign-in-speaking";
import { demoWorkspaceId } from "./support/test-data";

/**
 * The progress, compare and dashboard pages in Romanian (issue 13): a Romanian-speaking
 * secretariat member sees their headings in Romanian and the scores with a decimal comma. Each
 * page is photographed for a person to check that nothing is left in English and nothing overflows.
 */
const SHOTS = process.env.SHOTS_DIR ?? "test-results/screens";
/** A score with a decimal as Romanian writes it ("45,3"), and none the English way ("45.3"). */
const ROMANIAN_DECIMAL = /^\s*[−+±]?\d+,\d\b/;
const ENGLISH_DECIMAL = /^\s*[−+±]?\d+\.\d\b/;

test("a Romanian-speaking member reads progress, compare and the dashboard in Romanian", async ({ page }) => {
  const person = await createTestMember(await demoWorkspaceId(), "SECRETARIAT");
  await signInSpeaking(page, person.user, "ro");

  await page.goto("/frameworks/DMD/progress");
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Progres:");
  await expect(page.getByRole("heading", { name: "Scorurile domeniilor de-a lungul anilor" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Progresul fiecărui indicator" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Stările progresului" })).toContainText("Țintă atinsă");
  const scores = page.getByRole("region", { name: /Scorurile domeniilor \(%\) pe ani/ }).locator("td");
  await expect(scores.filter({ hasText: ROMANIAN_DECIMAL }).first()).toBeVisible();
  await expect(scores.filter({ hasText: ENGLISH_DECIMAL })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/progress-ro.png`, fullPage: true });

  await page.goto("/frameworks/DMD/compare");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Compararea anilor:");
  await expect(page.getByRole("group", { name: "Anii de comparat (doi până la cinci)" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Indicatorii care s-au schimbat cel mai mult/ })).toBeVisible();
  const compared = page.getByRole("region", { name: "Scoruri (%) și variația în puncte" }).locator("td");
  await expect(compared.filter({ hasText: ROMANIAN_DECIMAL }).first()).toBeVisible();
  await expect(compared.filter({ hasText: ENGLISH_DECIMAL })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/compare-ro.png`, fullPage: true });

  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Necesită atenția dvs." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cicluri de raportare deschise" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cadre de indicatori", level: 2 })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Indicatorii care s-au deteriorat în/ })).toBeVisible();
  // The dashboard's headline framework depends on what other specs left in the shared e2e
  // database, so its scores may all be whole: the decimal comma is checked on progress and compare.
  const headline = page.getByRole("region", { name: "Scorurile domeniilor (%) și variația în puncte" });
  await expect(headline.getByRole("columnheader", { name: "Variație" })).toBeVisible();
  await expect(headline.locator("td").filter({ hasText: ENGLISH_DECIMAL })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/dashboard-ro.png`, fullPage: true });
});

test("a Russian-speaking member reads progress, compare and the dashboard in Russian", async ({ page }) => {
  const person = await createTestMember(await demoWorkspaceId(), "SECRETARIAT");
  await signInSpeaking(page, person.user, "ru");
  const pages = [
    { name: "progress", path: "/frameworks/DMD/progress", heading: "Прогресс по каждому показателю" },
    { name: "compare", path: "/frameworks/DMD/compare", heading: /Показатели, изменившиеся сильнее всего/ },
    { name: "dashboard", path: "/", heading: "Открытые отчётные циклы" },
  ];
  for (const { name, path, heading } of pages) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/${name}-ru.png`, fullPage: true });
  }
});
