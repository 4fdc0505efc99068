/**
 * The Open SDG import page (/frameworks/import) in a browser: the secretariat checks a zipped
 * data set, imports it, follows the background job and reads the report; the page is
 * accessible before and after; other roles neither see the link nor reach the page.
 */
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { readOpenSdgFolder } from "@/lib/open-sdg/read-open-sdg-source";
import { zipFiles } from "@/lib/open-sdg/write-zip";
import { expect, test } from "./support/sign-in";

const FIXTURE = path.resolve(process.cwd(), "tests/fixtures/open-sdg");

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help} ${violation.nodes[0]?.target.join(" ")}`)).toEqual([]);
}

test.describe("as the secretariat", () => {
  test.use({ signedInAs: "secretariat" });

  test("checks, then imports a zipped data set and reads the report", async ({ page }) => {
    test.setTimeout(120_000);
    const code = `SDG-E2E-${Date.now().toString(36).toUpperCase()}`;
    await page.goto("/frameworks");
    await page.getByRole("link", { name: "Import Open SDG data" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import Open SDG data");
    await expectNoAxeViolations(page);

    await page.getByLabel("Data set (zip)").setInputFiles({
      name: "open-sdg-test.zip",
      mimeType: "application/zip",
      buffer: Buffer.from(zipFiles(readOpenSdgFolder(FIXTURE).files)),
    });
    await page.getByLabel("Framework code").fill(code);

    await page.getByRole("button", { name: "Check only (dry run)" }).click();
    await expect(page.getByText("open-sdg-test.zip was checked; nothing was saved.")).toBeVisible({ timeout: 60_000 });
    await expect(page.getByRole("heading", { name: "What the import would do" })).toBeVisible();

    await page.getByRole("button", { name: "Import", exact: true }).click();
    await expect(page.getByText(`open-sdg-test.zip was imported into ${code}.`)).toBeVisible({ timeout: 60_000 });
    const repeated = page.getByRole("region", { name: "Repeated observations" });
    await expect(repeated.getByRole("row")).toHaveCount(3);
    await expect(repeated.getByRole("row").nth(2)).toContainText("data/indicator_8-8-1.csv");
    await expect(page.getByText("without metadata, named by their code: 12.b.1.1")).toBeVisible();
    await expectNoAxeViolations(page);

    await page.goto(`/frameworks/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("National SDG indicators");
  });

  test("is told what is wrong with a file that is not a zip", async ({ page }) => {
    await page.goto("/frameworks/import");
    await page
      .getByLabel("Data set (zip)")
      .setInputFiles({ name: "values.zip", mimeType: "application/zip", buffer: Buffer.from("Year,Value\n2010,1\n") });
    await page.getByRole("button", { name: "Check only (dry run)" }).click();
    await expect(page.locator(".error-summary")).toContainText("The file is not a zip archive");
  });
});

test.describe("as a viewer", () => {
  test.use({ signedInAs: "viewer" });

  test("sees no import link and is refused the page", async ({ page }) => {
    await page.goto("/frameworks");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Frameworks");
    await expect(page.getByRole("link", { name: "Import Open SDG data" })).toHaveCount(0);
    const response = await page.goto("/frameworks/import");
    expect(response?.status()).toBe(403);
  });
});
