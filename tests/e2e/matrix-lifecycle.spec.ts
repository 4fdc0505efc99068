import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "./support/sign-in";
import { DEMO_MATRIX } from "@/lib/demo/demo-matrix";
import type { FrameworkDefinition, IndicatorDefinition } from "@/lib/frameworks/schemas";
import { loadVersionDefinition } from "@/lib/matrix/load-version-definition";
import { writeMatrixWorkbook } from "@/lib/matrix/write-matrix-workbook";
import { createTestFramework, createTestValues, uniqueCode } from "../fixtures/factories";
import { demoWorkspaceId } from "./support/test-data";

/**
 * The matrix's whole life, as the secretariat, two institutions and the working group live it:
 * a 65-indicator matrix comes in from Excel as the next draft of a framework that already has
 * values, three indicators are edited, the draft goes to consultation, two institutions
 * comment, the secretariat resolves the comments, the working group approves, a cycle opens
 * on the new version, last years' values still show, and the Word report carries the annex
 * of what changed. The framework is the test's own (a copy of the demo matrix under a new
 * code), so other tests see no change.
 */
test.use({ signedInAs: "secretariat" });
test.setTimeout(240_000);

const SCREENS = path.join("test-results", "screens");
const shot = (page: import("@playwright/test").Page, name: string) =>
  page.screenshot({ path: path.join(SCREENS, `matrix-lifecycle-${name}.png`), fullPage: true });

function indicatorsOf(definition: FrameworkDefinition): IndicatorDefinition[] {
  const walk = (areas: FrameworkDefinition["areas"]): IndicatorDefinition[] =>
    areas.flatMap((area) => [...(area.indicators ?? []), ...walk(area.areas ?? [])]);
  return walk(definition.areas);
}

test("a matrix is imported, edited, consulted on and approved, and reporting goes on against it", async ({ page, pageAs }) => {
  // An approved version 1 with values of 2023 and 2024, written through lib/ as the seed does.
  const code = uniqueCode("MX");
  const definition: FrameworkDefinition = {
    ...structuredClone(DEMO_MATRIX),
    code,
    name: `National matrix ${code}`,
    version: { number: 1, label: "2018", status: "APPROVED", approvedAt: "2018-05-10" },
  };
  const indicators = indicatorsOf(definition);
  expect(indicators).toHaveLength(65);
  const tracked = indicators.find((indicator) => indicator.valueType === "NUMBER" && indicator.targets?.length)!;
  const workspaceId = await demoWorkspaceId();
  const v1 = await createTestFramework(workspaceId, definition);
  await createTestValues([
    { indicatorId: v1.indicatorIds.get(tracked.code)!, year: 2023, number: 1234 },
    { indicatorId: v1.indicatorIds.get(tracked.code)!, year: 2024, number: 1357 },
  ]);
  const exported = await loadVersionDefinition({ workspaceId, versionId: v1.versionId });
  const workbook = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "matrix-")), `${code}.xlsx`);
  fs.writeFileSync(workbook, await writeMatrixWorkbook(exported.definition, exported.references));

  // 1. The secretariat checks the file, then imports it as the next draft.
  await page.goto(`/frameworks/${code}/versions/import`);
  await page.getByLabel("Matrix file").setInputFiles(workbook);
  await page.getByLabel("Version label (optional)").fill("2026");
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "The file can be imported" })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("status").filter({ hasText: "65 indicators" })).toContainText("It becomes version 2");
  await shot(page, "1-import-checked");
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page).toHaveURL(new RegExp(`/frameworks/${code}/versions/2$`), { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit version 2");
  await shot(page, "2-editor");

  // 2. Three indicators are edited.
  const edited = indicators
    .slice(0, 3)
    .map((indicator, index) => ({ code: indicator.code, name: `${indicator.name} (revised ${index + 1})` }));
  for (const { code: indicatorCode, name } of edited) {
    await page.goto(`/frameworks/${code}/versions/2/indicators/${encodeURIComponent(indicatorCode)}`);
    await page.getByLabel("Name", { exact: true }).fill(name);
    await page.getByRole("button", { name: "Save indicator" }).click();
    await expect(page).toHaveURL(/saved=1/);
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue(name);
  }
  await shot(page, "3-indicator-saved");

  // 3. The consultation opens for MLSP, MFA and a working-group member.
  await page.goto(`/frameworks/${code}/versions/2/consultation`);
  await page
    .getByRole("group", { name: /Institutions invited/ })
    .getByRole("checkbox", { name: /^MLSP / })
    .check();
  await page
    .getByRole("group", { name: /Institutions invited/ })
    .getByRole("checkbox", { name: /^MFA / })
    .check();
  await page
    .getByRole("group", { name: /Working-group members invited/ })
    .getByLabel("Veronica Working Group")
    .check();
  await page.getByRole("button", { name: "Open the consultation" }).click();
  await expect(page.getByRole("heading", { name: /^Comments \(0\)/ })).toBeVisible();
  await shot(page, "4-consultation-open");

  // 4. Two institutions comment: one on an edited indicator, one on the whole version.
  const comments = [
    { role: "focal" as const, on: edited[0]!.code, body: "Please say that the figure counts returnees too." },
    { role: "focal-mfa" as const, on: "", body: "The consular indicators should name the data source." },
  ];
  for (const comment of comments) {
    const focal = await pageAs(comment.role);
    await focal.goto(`/frameworks/${code}/versions/2/consultation`);
    await focal.getByLabel("On", { exact: true }).selectOption(comment.on);
    await focal.getByLabel("Comment", { exact: true }).fill(comment.body);
    await focal.getByRole("button", { name: "Add the comment" }).click();
    await expect(focal.getByText(comment.body)).toBeVisible();
  }

  // 5. The secretariat resolves both and validates the version.
  await page.reload();
  await expect(page.getByRole("heading", { name: /^Comments \(2, 2 open\)/ })).toBeVisible();
  await shot(page, "5-comments");
  for (const [index, comment] of comments.entries()) {
    const item = page.getByRole("listitem").filter({ hasText: comment.body });
    await item.getByText("Resolve").click();
    await item.getByLabel(index === 0 ? "Accepted: goes into the matrix" : "Declined").check();
    await item.getByLabel("Reason, for the author").fill(index === 0 ? "Added to the definition." : "The source is in the metadata sheet.");
    await item.getByRole("button", { name: "Record the decision" }).click();
    await expect(item.getByText(index === 0 ? "Accepted" : "Declined", { exact: true })).toBeVisible();
  }
  await page.getByRole("button", { name: "Validate the version" }).click();
  await expect(page.getByRole("button", { name: "Validate the version" })).toBeHidden();

  // 6. The working group agrees, and the secretariat records the decision.
  const member = await pageAs("working-group");
  await member.goto(`/frameworks/${code}/versions/2/consultation`);
  await member.getByLabel("I agree").check();
  await member.getByRole("button", { name: "Record my position" }).click();
  await expect(member.getByRole("region", { name: "Positions of the working group" })).toContainText("Veronica Working Group");
  await page.reload();
  await page.getByLabel("Minutes of the decision").fill("The working group approved the revised matrix at its meeting of 4 December.");
  await page
    .getByRole("group", { name: /Who took part/ })
    .getByLabel("Veronica Working Group")
    .check();
  await page.getByRole("button", { name: "Approve the version" }).click();
  await expect(page.getByText(/approved/i).first()).toBeVisible();
  await shot(page, "6-approved");

  // 7. A cycle opens on the new version.
  await page.goto("/cycles");
  await page.getByLabel("Framework", { exact: true }).selectOption(code);
  await page.getByLabel("Year reported on").fill("2026");
  await page.getByRole("button", { name: "Open the cycle" }).click();
  await expect(page.getByRole("link", { name: new RegExp(`${code}.*2026|2026.*${code}`) }).first()).toBeVisible();

  // 8. Last years' values still show for the indicator, now under version 2.
  await page.goto(`/frameworks/${code}/indicators/${encodeURIComponent(tracked.code)}`);
  const values = page.getByRole("table", { name: /^Values of / });
  await expect(values.getByRole("row", { name: /^2023/ })).toBeVisible();
  await expect(values.getByRole("row", { name: /^2024/ })).toBeVisible();
  await shot(page, "7-indicator-after-approval");

  // 9. The Word report of 2024 carries the annex of the changes of version 2.
  await page.goto(`/frameworks/${code}/report?year=2024`);
  const download = page.waitForEvent("download", { timeout: 90_000 });
  await page.getByRole("button", { name: "Report (Word)" }).click();
  const file = await download;
  const document = strFromU8(unzipSync(fs.readFileSync(await file.path()))["word/document.xml"]!).replace(/<[^>]+>/g, " ");
  expect(document).toContain("Annex:");
  for (const index of [1, 2, 3]) expect(document).toContain(`(revised ${index})`);
});
