import { mkdirSync } from "node:fs";
import { db } from "@/lib/db";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import { PDF_BYTES } from "../fixtures/evidence-files";
import {
  buildFrameworkDefinition,
  buildIndicator,
  createTestFramework,
  createTestMember,
  createTestValues,
  openTestCycle,
} from "../fixtures/factories";
import { expect, test } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

const SHOTS = "/tmp/shots-evidence";

// Evidence attached by the reporting institution reaches the reviewer as a download, and is
// refused to another institution's focal point (issue 14, "Done when").
test("evidence uploaded on a value is downloaded by the reviewer and refused to another institution", async ({ pageAs }) => {
  // Several sign-ins, an upload and a download on a shared machine.
  test.setTimeout(120_000);
  const workspaceId = await demoWorkspaceId();
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 1 });
  definition.areas[0]!.indicators = [
    buildIndicator("A1.1", "NUMBER", { name: "Returnees counselled by the labour ministry", leadInstitution: "MLSP", unit: "persons" }),
  ];
  const framework = await createTestFramework(workspaceId, definition);
  const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  await openTestCycle(secretariat, framework.code, 2025);
  await createTestValues([{ indicatorId: framework.indicatorIds.get("A1.1")!, year: 2025, number: 4321, status: "DRAFT" }]);
  const value = await db.indicatorValue.findFirstOrThrow({ where: { indicatorId: framework.indicatorIds.get("A1.1")!, year: 2025 } });

  const focal = await pageAs("focal");
  await focal.setViewportSize({ width: 1280, height: 900 });
  await focal.goto(`/values/${value.id}`);
  await focal
    .getByLabel("Files", { exact: true })
    .setInputFiles({ name: "Raport Chișinău 2025.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF_BYTES) });
  await focal.getByRole("button", { name: "Attach files" }).click();
  await expect(focal.getByRole("status")).toContainText("1 file was attached.");
  const evidence = focal.getByRole("region", { name: "Evidence files" });
  await expect(evidence.getByRole("link", { name: "Raport Chișinău 2025.pdf" })).toBeVisible();

  // A program renamed .pdf is refused with a message, and nothing is added.
  await focal
    .getByLabel("Files", { exact: true })
    .setInputFiles({ name: "invoice.pdf", mimeType: "application/pdf", buffer: Buffer.from("MZ" + "\0".repeat(62)) });
  await focal.getByRole("button", { name: "Attach files" }).click();
  await expect(focal.locator(".field__error")).toContainText('"invoice.pdf"');
  await expect(evidence.getByRole("row")).toHaveCount(2);
  mkdirSync(SHOTS, { recursive: true });
  await focal.screenshot({ path: `${SHOTS}/value-page.png`, fullPage: true });

  const evidenceRow = await db.evidenceFile.findFirstOrThrow({ where: { valueId: value.id } });
  const focalAccess = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  await submitCycleValues(focalAccess, { frameworkCode: framework.code, year: 2025 });

  const reviewer = await pageAs("secretariat");
  await reviewer.setViewportSize({ width: 1280, height: 900 });
  await reviewer.goto(`/cycles/${framework.code}/2025/review`);
  await expect(reviewer.getByRole("link", { name: /1 evidence file/ })).toBeVisible();
  await reviewer.screenshot({ path: `${SHOTS}/review-page.png`, fullPage: true });
  await reviewer.getByRole("link", { name: /1 evidence file/ }).click();
  const downloading = reviewer.waitForEvent("download");
  await reviewer.getByRole("link", { name: "Raport Chișinău 2025.pdf" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("Raport Chișinău 2025.pdf");

  const answer = await reviewer.request.get(`/api/v1/evidence/${evidenceRow.id}`);
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-disposition"]).toContain("attachment;");
  expect(answer.headers()["x-content-type-options"]).toBe("nosniff");

  const other = await pageAs("focal-mfa");
  const refused = await other.request.get(`/api/v1/evidence/${evidenceRow.id}`);
  expect(refused.status()).toBe(404);
  await other.goto(`/values/${value.id}`);
  await expect(other.getByRole("heading", { name: "Evidence files" })).toHaveCount(0);
});
