import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "./support/sign-in";
import { db } from "@/lib/db";
import { buildFrameworkDefinition, createTestFramework, uniqueCode } from "../fixtures/factories";
import { demoWorkspaceId } from "./support/test-data";

/**
 * A translator's round trip (issue 13, item 3), in a Romanian browser: the secretariat downloads
 * a draft's translation workbook from the editor, a file with an unknown language column is
 * refused whole, and the filled-in file puts the Romanian framework name on the pages, marked
 * as Romanian. The framework is the test's own, so other tests see no change.
 */
test.use({ signedInAs: "secretariat", locale: "ro-RO" });

const SHOTS = path.join("test-results", "screens");

/** The downloaded workbook with `edit` applied to its first sheet, saved to a file to upload. */
async function editedWorkbook(bytes: Buffer, name: string, edit: (sheet: ExcelJS.Worksheet, column: (header: string) => number) => void) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const headers = (sheet.getRow(1).values as unknown[]).map((value) => String(value ?? ""));
  edit(sheet, (header) => headers.indexOf(header));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "translations-")), name);
  await workbook.xlsx.writeFile(file);
  return file;
}

test("a translation workbook is refused when wrong and puts the Romanian texts on the pages when right", async ({ page }) => {
  const code = uniqueCode("TR");
  const definition = buildFrameworkDefinition({ code, areas: 1, indicatorsPerArea: 2 });
  definition.version = { label: "2026", status: "DRAFT" };
  const framework = await createTestFramework(await demoWorkspaceId(), definition);
  const firstIndicator = definition.areas[0]!.indicators![0]!.code;

  await page.goto(`/frameworks/${code}/versions/1`);
  await expect(page.getByRole("heading", { name: "Traduceri", exact: true })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, "matrix-translations-editor-ro.png"), fullPage: true });
  const download = page.getByRole("link", { name: "Descărcați registrul de traduceri" });
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.status()).toBe(200);
  const bytes = Buffer.from(await response.body());

  // 1. An unknown language column: refused at its column, nothing changes.
  const wrong = await editedWorkbook(bytes, "wrong.xlsx", (sheet, column) => {
    sheet.getRow(1).getCell(column("es")).value = "xx";
  });
  await page.getByRole("region", { name: "Registrul de traduceri" }).getByLabel("Registrul de traduceri").setInputFiles(wrong);
  await page.getByRole("button", { name: "Importați traducerile" }).click();
  // In the page's language, at its column.
  await expect(page.getByRole("alert").filter({ hasText: "„xx” nu este o limbă a Capacitas" })).toBeVisible();
  expect((await db.framework.findUniqueOrThrow({ where: { id: framework.frameworkId } })).nameTranslations).toBeNull();

  // 2. The framework's name and an indicator's definition in Romanian.
  const romanianName = `Matricea națională ${code}`;
  const right = await editedWorkbook(bytes, "right.xlsx", (sheet, column) => {
    sheet.eachRow((row, index) => {
      if (index === 1) return;
      const [kind, rowCode, field] = [
        row.getCell(column("kind")).text,
        row.getCell(column("code")).text,
        row.getCell(column("field")).text,
      ];
      if (kind === "framework" && field === "name") row.getCell(column("ro")).value = romanianName;
      if (kind === "indicator" && rowCode === firstIndicator && field === "name") row.getCell(column("ro")).value = "Indicatorul întâi";
    });
  });
  await page.getByRole("region", { name: "Registrul de traduceri" }).getByLabel("Registrul de traduceri").setInputFiles(right);
  await page.getByRole("button", { name: "Importați traducerile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Traducerile au fost importate" })).toBeVisible();
  const stored = await db.framework.findUniqueOrThrow({ where: { id: framework.frameworkId } });
  expect(stored.nameTranslations).toMatchObject({ ro: romanianName });
  const indicator = await db.indicator.findFirstOrThrow({ where: { versionId: framework.versionId, code: firstIndicator } });
  expect(indicator.nameTranslations).toMatchObject({ ro: "Indicatorul întâi" });

  // 3. The pages show the Romanian name, in an element that says it is Romanian.
  await page.goto(`/frameworks/${code}`);
  await expect(page.locator('[lang="ro"]').filter({ hasText: romanianName }).first()).toBeVisible();
});
