import { mkdirSync } from "node:fs";
import { db } from "@/lib/db";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { buildIndicator, createTestCycle, createTestMember, uniqueCode } from "../fixtures/factories";
import { expect, test } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

// Traps of the first-use tour (issue 14, item 5) that are about what people see: the review
// table at a laptop's width, the role drop-down after a save, and one <main> per page.
const SHOTS = "/tmp/shots-traps";
// Each test seeds its own framework and values through lib/ first.
test.setTimeout(90_000);
const LAPTOP = { width: 1280, height: 800 };

const NARRATIVE =
  "The ministry held quarterly coordination meetings with the diaspora associations of the twelve partner countries, " +
  "published the minutes, and set up a joint working group on the recognition of qualifications obtained abroad; ".repeat(6);

test("trap 2: at 1,280 px every review action is visible without scrolling sideways, even with a long narrative", async ({ pageAs }) => {
  const workspaceId = await demoWorkspaceId();
  const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  const focal = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  const code = uniqueCode("WIDE");
  const { target } = await createTestCycle(workspaceId, secretariat, {
    definition: {
      code,
      name: `Framework ${code}`,
      version: { label: "1.0", status: "APPROVED" },
      areas: [
        {
          code: "A1",
          name: "Coordination",
          indicators: [buildIndicator("A1.1", "TEXT"), buildIndicator("A1.2", "NUMBER")],
        },
      ],
    },
  });
  await saveCycleValues(focal, target, [
    { indicator: "A1.1", value: NARRATIVE, version: null, comment: NARRATIVE, source: "Minutes of the meetings, 2025" },
    { indicator: "A1.2", value: 12, version: null },
  ]);
  await submitCycleValues(focal, target);

  const page = await pageAs("secretariat");
  await page.setViewportSize(LAPTOP);
  await page.goto(`/cycles/${code}/2025/review`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`Review submitted values: ${code} 2025`);
  const approve = page.getByRole("button", { name: "Approve A1.1", exact: false }).first();
  const returning = page.locator("summary").filter({ hasText: "A1.1" }).first();
  const wrapperRight = await page
    .locator(".table-wrapper", { has: page.locator(".review-table") })
    .evaluate((wrapper) => wrapper.getBoundingClientRect().right);
  for (const action of [approve, returning]) {
    await expect(action).toBeVisible();
    // Wholly inside the window and the table's scroll box, as the page first shows it (no sideways scroll).
    const box = (await action.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(Math.min(LAPTOP.width, wrapperRight));
  }
  const widths = await page.evaluate(() => {
    const wrapper = document.querySelector(".review-table")!.closest(".table-wrapper")!;
    return {
      page: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
      wrapper: wrapper.scrollWidth,
      wrapperBox: wrapper.clientWidth,
    };
  });
  expect(widths.page).toBeLessThanOrEqual(widths.viewport);
  expect(widths.wrapper).toBeLessThanOrEqual(widths.wrapperBox);
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/review-1280.png`, fullPage: true });
});

test("trap 5: after a successful save, the person page shows the saved role", async ({ pageAs }) => {
  const workspaceId = await demoWorkspaceId();
  const person = await createTestMember(workspaceId, "VIEWER");
  const page = await pageAs("admin");
  await page.goto(`/admin/users/${person.membership.id}`);
  const role = page.getByLabel("Role", { exact: true });
  await expect(role).toHaveValue("VIEWER");
  await role.selectOption("WORKING_GROUP");
  await page.getByRole("button", { name: "Save role and institution" }).click();
  await expect(page.getByText("The role and institution were saved.")).toBeVisible();
  await expect(page.locator(".page-header__lead")).toContainText("Working-group member");
  await expect(role).toHaveValue("WORKING_GROUP");
  await page.reload();
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("WORKING_GROUP");
});

test("trap 9: a page the person may not open has exactly one main landmark", async ({ pageAs }) => {
  const page = await pageAs("focal");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { name: "You cannot open this page" })).toBeVisible();
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
});

test("trap 9: deactivating a person asks for a ticked confirmation, also without JavaScript", async ({ browser, baseURL, demoSession }) => {
  const workspaceId = await demoWorkspaceId();
  const person = await createTestMember(workspaceId, "VIEWER");
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false, storageState: await demoSession("admin") });
  const page = await context.newPage();
  await page.goto(`/admin/users/${person.membership.id}`);
  await page.getByRole("button", { name: "Deactivate access" }).click();
  await expect(page.getByText("Tick the box to confirm that this person loses access").first()).toBeVisible();
  expect(await db.membership.findUniqueOrThrow({ where: { id: person.membership.id } })).toMatchObject({ isActive: true });
  await page.getByLabel(`I understand that ${person.user.name} loses access to this workspace at once`).check();
  await page.getByRole("button", { name: "Deactivate access" }).click();
  await expect(page.getByText("The person no longer has access to this workspace.")).toBeVisible();
  expect(await db.membership.findUniqueOrThrow({ where: { id: person.membership.id } })).toMatchObject({ isActive: false });
  await context.close();
});

test("trap 1 and 7: the open year is marked provisional with its coverage; the value history shows labels, changes and names", async ({
  pageAs,
}) => {
  const page = await pageAs("secretariat");
  await page.setViewportSize(LAPTOP);
  mkdirSync(SHOTS, { recursive: true });
  await page.goto("/frameworks/DMD/progress?provisional=1");
  await expect(page.getByRole("note").filter({ hasText: "2025 is provisional:" })).toContainText(
    /\d+ of \d+ indicators are reported so far/,
  );
  await expect(page.getByRole("columnheader", { name: "2025 (provisional)" }).first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/progress-1280.png`, fullPage: true });
  await page.goto("/frameworks/DMD/compare");
  await expect(page.getByRole("heading", { name: "2023 and 2024" })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/compare-1280.png`, fullPage: true });

  const workspaceId = await demoWorkspaceId();
  const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  const focal = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  const code = uniqueCode("HIST");
  const { target, framework } = await createTestCycle(workspaceId, secretariat, {
    definition: {
      code,
      name: `Framework ${code}`,
      version: { label: "1.0", status: "APPROVED" },
      areas: [{ code: "A1", name: "Labour", indicators: [buildIndicator("A1.1", "NUMBER")] }],
    },
  });
  await saveCycleValues(focal, target, [{ indicator: "A1.1", value: 10, version: null, source: "Register" }]);
  await saveCycleValues(focal, target, [{ indicator: "A1.1", value: 12, version: 1, source: "Register" }]);
  await submitCycleValues(focal, target);
  const value = await db.indicatorValue.findFirstOrThrow({ where: { indicator: { versionId: framework.versionId } } });
  await page.goto(`/values/${value.id}`);
  const history = page.getByRole("table");
  await expect(history).toContainText(focal.user.name);
  await expect(history).not.toContainText("@");
  await expect(history).not.toContainText("version");
  const edit = history.getByRole("row").nth(2);
  await expect(edit).toContainText("Value");
  await expect(edit).not.toContainText("Source");
  await page.screenshot({ path: `${SHOTS}/value-history-1280.png`, fullPage: true });
});
