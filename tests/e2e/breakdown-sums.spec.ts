import { mkdirSync } from "node:fs";
import { db } from "@/lib/db";
import { buildIndicator, createTestCycle, createTestMember, uniqueCode } from "../fixtures/factories";
import { expect, test } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

// Issue 14, trap 6: a breakdown that does not add up to its total is pointed out as it is typed,
// and, where the matrix sets the rule, submission is refused. The framework is the test's own.
const SHOTS = "/tmp/shots-traps";
test.setTimeout(90_000);

test("trap 6: the entry form warns as soon as a breakdown does not add up, and the hard rule refuses the submission", async ({
  pageAs,
}) => {
  const workspaceId = await demoWorkspaceId();
  const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  const code = uniqueCode("SUM");
  const { framework } = await createTestCycle(workspaceId, secretariat, {
    definition: {
      code,
      name: `Framework ${code}`,
      version: { label: "1.0", status: "APPROVED" },
      areas: [
        {
          code: "A1",
          name: "Coordination",
          indicators: [
            buildIndicator("A1.1", "NUMBER", { name: "Returnees assisted", dimensions: ["SEX"], breakdownsMustSum: true }),
            buildIndicator("A1.2", "NUMBER", { name: "Migrants informed", dimensions: ["SEX"] }),
          ],
        },
      ],
    },
  });

  const page = await pageAs("focal");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/cycles/${code}/2025/entry`);
  const ruled = page.getByRole("group", { name: /A1\.1/ });
  const warned = page.getByRole("group", { name: /A1\.2/ });
  for (const group of [ruled, warned]) {
    await group.getByRole("textbox", { name: "Total", exact: true }).fill("100");
    await group.getByRole("textbox", { name: "Female", exact: true }).fill("60");
    await expect(group.getByRole("note")).toHaveCount(0);
    await group.getByRole("textbox", { name: "Male", exact: true }).fill("30");
  }
  await expect(warned.getByRole("note")).toHaveText("Female + Male add up to 90, not the total 100.");
  await expect(ruled.getByRole("note")).toContainText("it cannot be submitted until it does");
  mkdirSync(SHOTS, { recursive: true });
  await ruled.screenshot({ path: `${SHOTS}/entry-breakdown-sum.png` });

  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator(".notice--success")).toContainText("Draft saved: 6 new");
  const stored = () =>
    db.indicatorValue.findMany({ where: { indicator: { versionId: framework.versionId } }, select: { status: true, version: true } });
  const before = await stored();
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page
    .getByRole("alertdialog")
    .getByRole("button", { name: /Submit (anyway|for review)/ })
    .click();
  const problem = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(problem).toContainText("A1.1: Female + Male = 90, but the total is 100");
  expect(await stored()).toEqual(before);

  // Corrected, the breakdown adds up: the warning goes and everything is submitted.
  await ruled.getByRole("textbox", { name: "Male", exact: true }).fill("40");
  await expect(ruled.getByRole("note")).toHaveCount(0);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.locator(".notice--success")).toContainText("Draft saved: 0 new, 1 changed");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page
    .getByRole("alertdialog")
    .getByRole("button", { name: /Submit (anyway|for review)/ })
    .click();
  await expect(page.locator(".notice--success")).toContainText("submitted to the secretariat for review");
  expect((await stored()).every((value) => value.status === "SUBMITTED")).toBe(true);
});
