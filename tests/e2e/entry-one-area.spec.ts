import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { buildFrameworkDefinition, buildIndicator, createTestFramework, createTestMember, openTestCycle } from "../fixtures/factories";
import { demoWorkspaceId } from "./support/test-data";
import { expect, test } from "./support/sign-in";

test.use({ signedInAs: "focal" });

// Decision 060: above 40 indicators the entry page reads and shows one area; the others are only
// counted, and their empty rows listed before submitting.
test("a large entry form shows one area, counts them all and lists what is empty elsewhere", async ({ page }) => {
  const workspaceId = await demoWorkspaceId();
  const definition = buildFrameworkDefinition({ areas: 2, indicatorsPerArea: 0 });
  for (const area of definition.areas) {
    area.indicators = Array.from({ length: 21 }, (_, position) => buildIndicator(`${area.code}.${position + 1}`, "NUMBER"));
  }
  const framework = await createTestFramework(workspaceId, definition);
  await openTestCycle(await createTestMember(workspaceId, "SECRETARIAT"), framework.code, 2025);
  const target = { frameworkCode: framework.code, year: 2025 };
  await saveCycleValues(await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" }), target, [
    { indicator: "A2.1", value: 5, version: null },
  ]);

  await page.goto(`/cycles/${framework.code}/2025/entry`);
  await expect(page.getByText("1 of 42 values entered.")).toBeVisible();
  const picker = page.getByRole("navigation", { name: "Areas of your institution's indicators" });
  await expect(picker.getByRole("listitem")).toHaveText(["A1 Area A1 (21)", "A2 Area A2 (21)"]);
  await expect(picker.getByRole("link", { name: "A1 Area A1" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("group", { name: /A1\.21 Indicator A1\.21/ })).toBeVisible();
  await expect(page.getByRole("group", { name: /A2\.1 Indicator A2\.1/ })).toHaveCount(0);

  // The other area's empty rows are asked about before submitting; its filled one is not.
  await page.getByRole("button", { name: "Submit for review" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("41 values are still missing.");
  await expect(dialog.getByText("A2.2 Indicator A2.2: Total")).toBeVisible();
  await expect(dialog.getByText("A2.1 Indicator A2.1: Total")).toHaveCount(0);
  await dialog.getByRole("button", { name: "Not yet" }).click();

  await picker.getByRole("link", { name: "A2 Area A2" }).click();
  await expect(page).toHaveURL(/\?area=A2$/);
  await expect(page.getByRole("group", { name: /A2\.1 Indicator A2\.1/ }).getByLabel("Total")).toHaveValue("5");
  await expect(page.getByRole("group", { name: /A1\.1 Indicator A1\.1/ })).toHaveCount(0);
});
