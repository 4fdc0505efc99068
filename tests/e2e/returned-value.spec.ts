import { db } from "@/lib/db";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { buildIndicator, createTestCycle, createTestMember, uniqueCode } from "../fixtures/factories";
import { expect, test } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

// Issue 14, trap 3: a value the secretariat returned goes back changed or with a reply to the
// reason, never unchanged without a word. The framework and its values are the test's own.
test.setTimeout(90_000);

test("trap 3: a returned value resubmitted unchanged is refused with the way to answer; once corrected it is submitted", async ({
  pageAs,
}) => {
  const workspaceId = await demoWorkspaceId();
  const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  const colleague = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  const code = uniqueCode("RET");
  const { target, framework } = await createTestCycle(workspaceId, secretariat, {
    definition: {
      code,
      name: `Framework ${code}`,
      version: { label: "1.0", status: "APPROVED" },
      areas: [{ code: "A1", name: "Coordination", indicators: [buildIndicator("A1.1", "NUMBER"), buildIndicator("A1.2", "NUMBER")] }],
    },
  });
  await saveCycleValues(colleague, target, [
    { indicator: "A1.1", value: 10, version: null },
    { indicator: "A1.2", value: 50, version: null },
  ]);
  await submitCycleValues(colleague, target);
  const reason = `Is 10 right? Last year it was 100 (${uniqueCode("R")}).`;
  // The secretariat returns A1.1 with its reason, on the review page.
  const reviewer = await pageAs("secretariat");
  await reviewer.goto(`/cycles/${code}/2025/review`);
  const returnedRow = reviewer.locator("tbody tr").filter({ has: reviewer.locator("th .code", { hasText: "A1.1" }) });
  await returnedRow.locator(".review-return summary").click();
  await returnedRow.getByLabel("Why is it returned?").fill(reason);
  await returnedRow.getByRole("button", { name: "Return to the institution" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Returned 1 value to the institution." })).toBeVisible();
  const statuses = () =>
    db.indicatorValue.findMany({
      where: { indicator: { versionId: framework.versionId } },
      select: { number: true, status: true, updatedAt: true },
      orderBy: { number: "asc" },
    });
  const before = await statuses();

  const page = await pageAs("focal");
  await page.goto(`/cycles/${code}/2025/entry`);
  await expect(page.locator(".entry-returned", { hasText: reason })).toBeVisible();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page
    .getByRole("alertdialog")
    .getByRole("button", { name: /Submit (anyway|for review)/ })
    .click();
  const problem = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(problem).toContainText("A1.1");
  await expect(problem).toContainText("reply to the reason");
  expect(await statuses()).toEqual(before);

  const row = page.locator(".entry-row").filter({ has: page.locator(".entry-returned", { hasText: reason }) });
  await row.locator(".entry-row__input input").fill("100");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator(".notice--success")).toContainText("Draft saved: 0 new, 1 changed");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page
    .getByRole("alertdialog")
    .getByRole("button", { name: /Submit (anyway|for review)/ })
    .click();
  await expect(page.locator(".notice--success")).toContainText("submitted to the secretariat for review");
  expect((await statuses()).map((value) => [value.number, value.status])).toEqual([
    [50, "SUBMITTED"],
    [100, "SUBMITTED"],
  ]);
});
