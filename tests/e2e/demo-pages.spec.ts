import { expect, test } from "./support/sign-in";

// Read-only pages on the seeded demo workspace, as a newcomer sees them after `npm run demo`
// and signing in as the secretariat.
test.use({ signedInAs: "secretariat" });

test("the overview says it holds demo data and shows the open 2025 cycle", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("note", { name: "Demo data" })).toContainText("fictional government");
  await expect(page.getByRole("heading", { level: 1, name: "Demo Republic" })).toBeVisible();
  // Other tests open cycles of their own frameworks in this workspace: look at the DMD card.
  const card = page.locator("article").filter({ has: page.getByRole("link", { name: "DMD · 2025" }) });
  await expect(card).toContainText("Institutions report by 25 January 2026");
});

test("the frameworks page lists the three built-in frameworks with their sizes", async ({ page }) => {
  await page.goto("/frameworks");
  const table = page.getByRole("region", { name: "Frameworks" }).getByRole("table");
  for (const [code, indicators] of [
    ["DMD", "65"],
    ["SDG-10-7-2", "30"],
  ] as const) {
    const row = table.getByRole("row").filter({ hasText: code });
    await expect(row.getByRole("cell").nth(4)).toHaveText("6");
    await expect(row.getByRole("cell").nth(5)).toHaveText(indicators);
  }
  await expect(table.getByRole("row").filter({ hasText: "Migration Governance Indicators" })).toBeVisible();
});

test("the demo matrix shows six thematic areas and 65 indicators with their latest values", async ({ page }) => {
  await page.goto("/frameworks/DMD");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("National M&E matrix: diaspora, migration and development");
  // One area at a time (decision 028): the six areas are listed with their 65 indicators, the first is shown.
  const areas = page.getByRole("navigation", { name: "Areas of this framework" }).getByRole("listitem");
  await expect(areas).toHaveCount(6);
  const counts = (await areas.allInnerTexts()).map((text) => Number(/\((\d+)\)$/.exec(text)![1]));
  expect(counts.reduce((sum, count) => sum + count, 0)).toBe(65);
  await expect(page.locator("main h2:not(.visually-hidden)")).toHaveCount(1);
  await expect(page.locator("table.matrix-table tbody tr")).toHaveCount(counts[0]!);
  await expect(
    page
      .getByRole("row", { name: /A1\.01/ })
      .getByRole("cell")
      .nth(5),
  ).toContainText("(2025)");
});

test("an indicator page shows the chart with baseline and target lines and the table of values", async ({ page }) => {
  await page.goto("/frameworks/DMD");
  await page.getByRole("navigation", { name: "Areas of this framework" }).getByRole("link", { name: /^A4 / }).click();
  await page.getByRole("link", { name: /Returnees who took part in active labour market measures/ }).click();
  await expect(page).toHaveURL(/\/frameworks\/DMD\/indicators\/A4\.03$/);
  const figure = page.locator("figure.chart-figure");
  await expect(figure.getByRole("application", { name: /Chart of Returnees/ })).toBeVisible();
  // The baseline, the target, and the path from the one to the other.
  await expect(figure.locator(".recharts-reference-line")).toHaveCount(3);
  await expect(figure.getByText("Baseline 2016")).toBeVisible();
  await expect(figure.getByText(/^Target 2025$/)).toBeVisible();
  // The table alternative carries every plotted year, and the breakdown by sex.
  const table = page.getByRole("table", { name: /Values of Returnees/ });
  await expect(table.getByRole("row", { name: /^2016/ })).toBeVisible();
  await expect(table.getByRole("columnheader", { name: "Female" })).toBeVisible();
  await expect(page.locator("#chart-summary")).toContainText("The target is 1,200 persons by 2025.");
});

test("an unknown framework or indicator shows a clear not-found page", async ({ page }) => {
  const framework = await page.goto("/frameworks/NO-SUCH-FRAMEWORK");
  expect(framework?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const indicator = await page.goto("/frameworks/DMD/indicators/Z9.99");
  expect(indicator?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
