import type { Locator, Page } from "@playwright/test";
import { createApiToken } from "@/lib/api-tokens/create-api-token";
import { createTestMember, uniqueCode } from "../fixtures/factories";
import { expect, test } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

// The annual cycle on the demo data, as people do it: the Ministry of Labour (MLSP) enters and
// submits its 2025 values, the secretariat returns one, MLSP corrects it, the secretariat
// approves everything, and the corrected value is then public on the pages and in the API.
test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

const ENTRY = "/cycles/DMD/2025/entry";
const REVIEW = "/cycles/DMD/2025/review";

/** Fills every empty, editable value with something valid for its type. */
async function fillEmptyValues(page: Page): Promise<number> {
  let filled = 0;
  const inputs = page.locator(".entry-row__input").locator("input, select, textarea");
  const count = await inputs.count();
  for (let index = 0; index < count; index += 1) {
    const input = inputs.nth(index);
    const tag = await input.evaluate((element) => element.tagName);
    if (tag === "SELECT") {
      if ((await input.inputValue()) === "") {
        const options = await input.locator("option").count();
        await input.selectOption({ index: options - 1 });
        filled += 1;
      }
    } else if ((await input.inputValue()) === "") {
      await input.fill(tag === "TEXTAREA" ? "Coordination meetings held every quarter with the diaspora associations." : "12");
      filled += 1;
    }
  }
  return filled;
}

/**
 * The demo seeds some returned values in the open year. A focal point answers each return before
 * submitting again (issue 14, trap 3): here by correcting the row's first value.
 */
async function correctReturnedRows(page: Page): Promise<number> {
  const rows = page.locator(".entry-row").filter({ has: page.locator(".entry-returned") });
  const count = await rows.count();
  for (let index = 0; index < count; index += 1) {
    const input = rows.nth(index).locator(".entry-row__input").locator("input, select, textarea").first();
    const tag = await input.evaluate((element) => element.tagName);
    if (tag === "SELECT") {
      const current = await input.inputValue();
      const options = await input
        .locator("option")
        .evaluateAll((elements) => elements.map((element) => (element as HTMLOptionElement).value));
      await input.selectOption(options.find((option) => option !== "" && option !== current) ?? current);
    } else if (tag === "TEXTAREA") {
      await input.fill(`${await input.inputValue()} Checked against the annual report.`);
    } else {
      // Down by one, as a reviewer's correction would be: up could break a percentage's 100 % ceiling.
      const current = numberIn(await input.inputValue());
      await input.fill(String(current >= 1 ? current - 1 : current + 1));
    }
  }
  return count;
}

async function submitAll(page: Page) {
  await page.getByRole("button", { name: "Submit for review" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("Submit MLSP's values for review?");
  await confirm.getByRole("button", { name: /Submit (anyway|for review)/ }).click();
  await expect(page.locator(".notice--success")).toContainText("submitted to the secretariat for review");
}

async function approveEverything(page: Page) {
  for (let round = 0; round < 40; round += 1) {
    await page.goto(REVIEW);
    const approveAll = page.getByRole("button", { name: /^Approve all \d+ values? of / }).first();
    if ((await approveAll.count()) === 0) return;
    await approveAll.click();
    await expect(page.getByRole("status").filter({ hasText: /Approved \d+ values?\./ })).toBeVisible();
  }
  throw new Error("The review queue did not empty");
}

function numberIn(text: string): number {
  return Number(text.replace(/[^\d.]/g, ""));
}

test("a focal point enters and submits, the secretariat returns one value, the focal point corrects it and everything is approved", async ({
  pageAs,
}) => {
  const focal = await pageAs("focal");
  const secretariat = await pageAs("secretariat");

  // 1. MLSP enters every missing value, saves the draft and submits.
  await focal.goto(ENTRY);
  await expect(focal.getByRole("heading", { level: 1 })).toHaveText("Ministry of Labour and Social Protection: values for 2025");
  const filled = await fillEmptyValues(focal);
  expect(filled).toBeGreaterThan(0);
  expect(await correctReturnedRows(focal)).toBeGreaterThan(0);
  await focal.getByRole("button", { name: "Save draft" }).click();
  await expect(focal.locator(".notice--success")).toContainText("Draft saved");
  await expect(focal.getByText("All changes saved")).toBeVisible();
  await submitAll(focal);

  // 2. The secretariat returns one of MLSP's numeric totals with a reason (one institution at a time, decision 028).
  await secretariat.goto(REVIEW);
  await secretariat
    .getByRole("navigation", { name: "Institutions with values to review" })
    .getByRole("link", { name: /^MLSP / })
    .click();
  const mlsp = secretariat.locator("section").filter({ has: secretariat.getByRole("heading", { name: /^MLSP/ }) });
  const row: Locator = mlsp
    .locator("tbody tr")
    .filter({ hasNot: secretariat.locator("th .muted", { hasText: /Female|Male|years/ }) })
    .filter({ has: secretariat.locator("td strong", { hasText: /^\d/ }) })
    .first();
  const code = (await row.locator("th .code").innerText()).trim();
  const original = numberIn(await row.locator("td strong").innerText());
  const corrected = original >= 1 ? original - 1 : original + 1;
  const reason = `Check against the annual report ${uniqueCode("R")}`;
  await row.locator(".review-return summary").click();
  await row.getByLabel("Why is it returned?").fill(reason);
  await row.getByRole("button", { name: "Return to the institution" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Returned 1 value to the institution." })).toBeVisible();

  // 3. Then it approves everything else that was submitted.
  await approveEverything(secretariat);

  // 4. MLSP sees the reason, corrects the value and submits again.
  await focal.goto(ENTRY);
  const returned = focal.locator(".entry-row").filter({ has: focal.locator(".entry-returned", { hasText: reason }) });
  await expect(returned).toHaveCount(1);
  await returned.locator(".entry-row__input input").fill(String(corrected));
  await focal.getByRole("button", { name: "Save draft" }).click();
  await expect(focal.locator(".notice--success")).toContainText("Draft saved: 0 new, 1 changed");
  await submitAll(focal);

  // 5. The secretariat approves the correction.
  await approveEverything(secretariat);

  // 6. Completeness: MLSP is 100 % approved.
  await secretariat.goto("/cycles/DMD/2025");
  const mlspRow = secretariat.getByRole("table", { name: "By institution" }).getByRole("row", { name: /MLSP/ });
  await expect(mlspRow).toContainText("100 %");
  await expect(mlspRow.getByRole("cell").nth(5)).toHaveText("0");

  // 7. The corrected value is public: on the indicator page for a viewer, and in the API.
  const viewer = await pageAs("viewer");
  await viewer.goto(`/frameworks/DMD/indicators/${code}`);
  const year2025 = viewer.getByRole("table", { name: /^Values of/ }).getByRole("row", { name: /^2025/ });
  await expect(year2025).toContainText("Approved");
  expect(numberIn(await year2025.getByRole("cell").first().innerText())).toBe(corrected);

  const member = await createTestMember(await demoWorkspaceId(), "VIEWER");
  const { token } = await createApiToken(member, { name: `E2E ${uniqueCode()}`, expiresInDays: 30 });
  const response = await viewer.request.get("/api/v1/frameworks/DMD/values?from=2025&to=2025", {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status()).toBe(200);
  const values: { indicator: string; year: number; disaggregation: unknown; value: unknown; status: string }[] = await response.json();
  expect(values).toContainEqual({ indicator: code, year: 2025, disaggregation: null, value: corrected, status: "APPROVED" });
});
