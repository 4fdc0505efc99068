import fs from "node:fs";
import { expect, test } from "./support/sign-in";

// The working-group report and the data exports, as the working group uses them on the demo
// matrix. 2024 is a closed cycle, which no other test changes.
test.use({ signedInAs: "working-group" });
test.setTimeout(90_000);

test("the 2024 report page has every section, with its tables and charts", async ({ page }) => {
  await page.goto("/frameworks/DMD/report?year=2024");
  await expect(page.getByRole("heading", { level: 2, name: "Working-group report 2024" })).toBeVisible();
  const contents = page.getByRole("navigation", { name: "Contents" });
  const titles = [
    "1. Summary",
    "2. Area A1: Diaspora engagement and institutional framework",
    "7. Area A6: Migration data, border and safe migration",
    "8. Indicators off track",
    "9. Open points",
    "10. Methodology note",
  ];
  for (const title of titles) {
    await expect(contents.getByRole("link", { name: title })).toBeVisible();
    await expect(page.getByRole("heading", { level: 3, name: title })).toBeVisible();
  }
  // Summary: scores of the six areas in 2023 and 2024 and both charts, described for screen readers.
  const scores = page.getByRole("table", { name: "Area scores (%)" });
  await expect(scores.getByRole("row")).toHaveCount(1 + 6 + 1);
  await expect(page.getByRole("img", { name: "Area scores (%), 2023 and 2024" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Overall score (%) over the years" })).toBeVisible();
  // Each area lists its indicators with value, target, status and trend.
  const area = page.getByRole("table", { name: "Indicators of A1: value, target, status, trend and comment" });
  await expect(area.getByRole("row", { name: /A1\.01/ })).toContainText("304 associations");
  await expect(area.getByRole("row", { name: /A1\.01/ })).toContainText("since 2023");

  await contents.getByRole("link", { name: "9. Open points" }).click();
  await expect(page).toHaveURL(/#open-points$/);
});

test("choosing another year shows that year's report, and the choice is in the address", async ({ page }) => {
  await page.goto("/frameworks/DMD/report?year=2024");
  await page.getByLabel("Year of the report").selectOption("2020");
  await page.getByRole("button", { name: "Show report" }).click();
  await expect(page).toHaveURL(/year=2020/);
  await expect(page.getByRole("heading", { level: 2, name: "Working-group report 2020" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Area scores (%)" }).getByRole("columnheader", { name: "2019" })).toBeVisible();
});

test("the report prints without the navigation, the controls or the download buttons", async ({ page }) => {
  await page.goto("/frameworks/DMD/report?year=2024");
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 2, name: "Working-group report 2024" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Show report" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Report (PDF)" })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
});

test("the PDF report is prepared in the background with its progress, then downloaded", async ({ page }) => {
  await page.goto("/frameworks/DMD/report?year=2024");
  const download = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: "Report (PDF)" }).click();
  await expect(page.getByRole("status")).toContainText("Report (PDF) is ready", { timeout: 60_000 });
  const file = await download;
  expect(file.suggestedFilename()).toBe("DMD-report-2024.pdf");
  const bytes = fs.readFileSync(await file.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.byteLength).toBeGreaterThan(20_000);
});

test("the framework page offers the data as an Excel workbook", async ({ page }) => {
  await page.goto("/frameworks/DMD");
  await page.getByText("Download the data of DMD").click();
  const download = page.waitForEvent("download", { timeout: 60_000 });
  await page.getByRole("button", { name: "Excel workbook" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^DMD-data-2016-\d{4}\.xlsx$/);
  const bytes = fs.readFileSync(await file.path());
  // An .xlsx is a zip archive.
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
});

test("someone else's export cannot be fetched, even with its address", async ({ page, pageAs, baseURL }) => {
  // A browser session's changes must come from the site itself: send its origin, as a browser would.
  const started = await page.request.post("/api/v1/jobs", {
    data: { kind: "framework-export", params: { frameworkCode: "DMD", format: "csv" } },
    headers: { Origin: new URL(baseURL!).origin },
  });
  expect(started.status()).toBe(202);
  const job = (await started.json()) as { id: string };
  const viewer = await pageAs("viewer");
  expect((await viewer.request.get(`/api/v1/jobs/${job.id}`)).status()).toBe(404);
  expect((await viewer.request.get(`/api/v1/jobs/${job.id}/file`)).status()).toBe(404);
});
