import Papa from "papaparse";
import { createTestMember, TEST_PASSWORD } from "../fixtures/factories";
import { ownCycle } from "./support/own-cycle";
import { expect, signIn, test } from "./support/sign-in";

test.describe("as the MLSP focal point", () => {
  test.use({ signedInAs: "focal" });

  test("the entry form works from the keyboard: type, choose, press Enter to save", async ({ page }) => {
    const { code } = await ownCycle();
    await page.goto(`/cycles/${code}/2025/entry`);
    const number = page.getByRole("group", { name: /Returnees counselled/ }).getByLabel("Total");
    await number.focus();
    await page.keyboard.type("125");
    // Tab moves on through the row's details to the next indicator's answer.
    const answer = page.getByRole("group", { name: /Reintegration guidelines/ }).getByLabel("Total");
    for (let presses = 0; presses < 6 && !(await answer.evaluate((element) => element === document.activeElement)); presses += 1) {
      await page.keyboard.press("Tab");
    }
    await expect(answer).toBeFocused();
    await answer.selectOption("yes");
    await number.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status").filter({ hasText: "Draft saved: 2 new, 0 changed" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("group", { name: /Returnees counselled/ }).getByLabel("Total")).toHaveValue("125");
    await expect(page.getByRole("group", { name: /Reintegration guidelines/ }).getByLabel("Total")).toHaveValue("yes");
  });

  test("when someone else saved the same value meanwhile, the second save shows a conflict with the current value and keeps what was typed", async ({
    page,
    browser,
    baseURL,
  }) => {
    const { workspaceId, code } = await ownCycle();
    const colleague = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
    // A context of its own, without the test's signed-in session (contexts inherit it otherwise).
    const otherContext = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const other = await otherContext.newPage();
    await signIn(other, colleague.user.email, TEST_PASSWORD);

    await page.goto(`/cycles/${code}/2025/entry`);
    await other.goto(`/cycles/${code}/2025/entry`);
    const field = (target: typeof page) => target.getByRole("group", { name: /Returnees counselled/ }).getByLabel("Total");

    await field(other).fill("300");
    await other.getByRole("button", { name: "Save draft" }).click();
    await expect(other.getByRole("status").filter({ hasText: "Draft saved" })).toBeVisible();

    await field(page).fill("250");
    await page.getByRole("button", { name: "Save draft" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
    await expect(summary).toContainText("changed by someone else");
    await expect(page.getByText(/Someone else saved 300 here meanwhile/)).toBeVisible();
    await expect(field(page)).toHaveValue("250");

    // Saving again is now a deliberate choice, and it wins.
    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved: 0 new, 1 changed" })).toBeVisible();
    await other.reload();
    await expect(field(other)).toHaveValue("250");
    await otherContext.close();
  });
});

test.describe("spreadsheet upload, as the MLSP focal point", () => {
  test.use({ signedInAs: "focal" });

  test("the downloaded template comes back filled: a bad file is refused by row and column, a good one is checked, then imported", async ({
    page,
  }) => {
    const { code } = await ownCycle();
    await page.goto(`/cycles/${code}/2025/entry`);
    // The page's link, which asks for the template in the page's language.
    const csvLink = await page.locator('a[href*="/template"][href*="format=csv"]').getAttribute("href");
    expect(csvLink).toBe(`/api/v1/cycles/${code}/2025/template?locale=en&format=csv`);
    const template = await page.request.get(csvLink!);
    expect(template.status()).toBe(200);
    expect(template.headers()["content-disposition"]).toContain(`${code}-2025-MLSP-values.csv`);
    const parsed = Papa.parse<string[]>((await template.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    const valueColumn = header!.indexOf("value");
    const filled = (number: string) =>
      Papa.unparse([
        header!,
        ...rows.map((row) => row.map((cell, index) => (index === valueColumn ? (row[0] === "A1.1" ? number : "yes") : cell))),
      ]);

    await page.getByText("Fill in a spreadsheet instead").click();
    const fileInput = page.getByLabel("Filled-in file");

    await fileInput.setInputFiles({ name: "values.csv", mimeType: "text/csv", buffer: Buffer.from(filled("lots")) });
    await page.getByRole("button", { name: "Check the file" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "The file was not imported" });
    await expect(problems).toContainText("Row 2");
    await expect(problems).toContainText("value");
    await expect(problems).toContainText("Enter a number");
    await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

    await fileInput.setInputFiles({ name: "values.csv", mimeType: "text/csv", buffer: Buffer.from(filled("77")) });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByRole("status").filter({ hasText: "has no problems" })).toBeVisible();
    await page.getByRole("button", { name: "Import 2 values" }).click();
    await expect(page.getByRole("status").filter({ hasText: "was imported" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("group", { name: /Returnees counselled/ }).getByLabel("Total")).toHaveValue("77");
    await expect(page.getByRole("group", { name: /Reintegration guidelines/ }).getByLabel("Total")).toHaveValue("yes");
  });
});
