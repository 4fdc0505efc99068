import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, type DemoRole } from "./support/sign-in";

async function expectNoAxeViolations(page: Page) {
  await page.waitForLoadState("networkidle");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.length}) ${violation.nodes[0]?.target.join(" ")}`,
  );
  expect(summary).toEqual([]);
}

// The read-only pages as a viewer sees them; the account and administration pages as the
// people who use them.
const PAGES: { path: string; role: DemoRole; heading: string | RegExp }[] = [
  { path: "/", role: "viewer", heading: "Demo Republic" },
  { path: "/frameworks", role: "viewer", heading: "Frameworks" },
  { path: "/frameworks/DMD", role: "viewer", heading: "National M&E matrix: diaspora, migration and development" },
  { path: "/frameworks/DMD/indicators/A4.03", role: "viewer", heading: /Returnees who took part/ },
  { path: "/frameworks/MGI/indicators/MGI-1.1.1", role: "viewer", heading: "Migrants have equal access to public health services" },
  { path: "/account", role: "viewer", heading: "Your account" },
  { path: "/admin/users", role: "admin", heading: "People" },
  { path: "/audit", role: "admin", heading: "Audit log" },
  { path: "/admin/institutions", role: "admin", heading: "Institutions" },
  { path: "/cycles", role: "secretariat", heading: "Reporting cycles" },
  { path: "/cycles/DMD/2025", role: "secretariat", heading: /National M&E matrix.*2025/ },
  { path: "/cycles/DMD/2025/review", role: "secretariat", heading: "Review submitted values: DMD 2025" },
  { path: "/cycles/DMD/2025/entry", role: "focal", heading: "Ministry of Labour and Social Protection: values for 2025" },
  { path: "/", role: "secretariat", heading: "Demo Republic" },
  { path: "/frameworks/DMD/progress", role: "viewer", heading: "Progress: National M&E matrix: diaspora, migration and development" },
  { path: "/frameworks/SDG-10-7-2/progress", role: "viewer", heading: /^Progress: SDG indicator 10\.7\.2/ },
  { path: "/frameworks/DMD/compare?year=2018&year=2024", role: "working-group", heading: /^Compare years: National M&E matrix/ },
  { path: "/frameworks/DMD/report?year=2024", role: "working-group", heading: /^Report and exports: National M&E matrix/ },
  { path: "/institutions/MLSP", role: "focal", heading: "Ministry of Labour and Social Protection" },
  { path: "/methodology", role: "viewer", heading: "How progress is measured" },
  { path: "/frameworks/import", role: "secretariat", heading: "Import Open SDG data" },
];

for (const { path, role, heading } of PAGES) {
  test.describe(`as ${role}`, () => {
    test.use({ signedInAs: role });
    test(`${path} has no WCAG 2.1 AA violations that axe can detect`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expectNoAxeViolations(page);
    });
  });
}

test.describe("value history", () => {
  test.use({ signedInAs: "focal" });
  test("a value's history page has no WCAG 2.1 AA violations that axe can detect", async ({ page }) => {
    // The entry form links every existing value to its history, whatever state the cycle is in.
    await page.goto("/cycles/DMD/2025/entry");
    await page
      .getByRole("link", { name: /^History and comments/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/values\//);
    await expect(page.getByRole("heading", { name: "History", exact: true })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test("/sign-in has no WCAG 2.1 AA violations that axe can detect", async ({ page }) => {
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  await expectNoAxeViolations(page);
});

test.describe("as viewer", () => {
  test.use({ signedInAs: "viewer" });

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
});
