import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const PAGES = ["/", "/frameworks", "/frameworks/DMD", "/frameworks/DMD/indicators/A4.03", "/frameworks/MGI/indicators/MGI-1.1.1"];

for (const path of PAGES) {
  test(`${path} has no WCAG 2.1 AA violations that axe can detect`, async ({ page }) => {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const summary = results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(" ")}`,
    );
    expect(summary).toEqual([]);
  });
}

test("the skip link takes keyboard users straight to the content", async ({ page }) => {
  await page.goto("/frameworks/DMD");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main-content$/);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Frameworks" }).last()).toBeFocused();
});

test("the current section is marked in the navigation", async ({ page }) => {
  await page.goto("/frameworks/DMD");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Frameworks" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Overview" })).not.toHaveAttribute(
    "aria-current",
    "page",
  );
});

test("the chart is reachable with the Tab key and its arrow keys walk through the years", async ({ page }) => {
  await page.goto("/frameworks/DMD/indicators/A4.03");
  await expect(page.locator(".chart-frame")).toHaveAttribute("aria-describedby", "chart-summary");
  const chart = page.getByRole("application", { name: /Chart of Returnees/ });
  // Tab from the last link before the chart (the breadcrumb) into the chart.
  await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "DMD" }).focus();
  await page.keyboard.press("Tab");
  await expect(chart).toBeFocused();
  await page.keyboard.press("ArrowRight");
  const tooltip = page.locator(".recharts-tooltip-wrapper");
  await expect(tooltip).toContainText("Year 2017");
  await page.keyboard.press("ArrowRight");
  await expect(tooltip).toContainText("Year 2018");
  await expect(tooltip).toContainText("Female");
});
