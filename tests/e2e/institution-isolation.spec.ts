import { buildFrameworkDefinition, buildIndicator, createTestFramework, createTestValues } from "../fixtures/factories";
import { expect, test } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

// Drafts belong to the institution that writes them: through the pages, a focal point of one
// ministry never sees another ministry's drafts, and the secretariat sees none until submitted.
test("a focal point sees its own institution's drafts and never another institution's", async ({ pageAs }) => {
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 2 });
  definition.areas[0]!.indicators = [
    buildIndicator("A1.1", "NUMBER", { name: "Returnees counselled by the labour ministry", leadInstitution: "MLSP", unit: "persons" }),
    buildIndicator("A1.2", "NUMBER", { name: "Consular registrations abroad", leadInstitution: "MFA", unit: "persons" }),
  ];
  const framework = await createTestFramework(await demoWorkspaceId(), definition);
  const labour = framework.indicatorIds.get("A1.1")!;
  const foreign = framework.indicatorIds.get("A1.2")!;
  await createTestValues([
    { indicatorId: labour, year: 2024, number: 1111 },
    { indicatorId: labour, year: 2025, number: 7771, status: "DRAFT" },
    { indicatorId: foreign, year: 2024, number: 2222 },
    { indicatorId: foreign, year: 2025, number: 7772, status: "DRAFT" },
  ]);

  const expectations = [
    { role: "focal", sees: "7,771 persons", hidden: "7,772 persons" },
    { role: "focal-mfa", sees: "7,772 persons", hidden: "7,771 persons" },
  ] as const;
  for (const { role, sees, hidden } of expectations) {
    const page = await pageAs(role);
    await page.goto(`/frameworks/${framework.code}`);
    await expect(page.locator("table.matrix-table")).toContainText(sees);
    await expect(page.locator("table.matrix-table")).not.toContainText(hidden);
    // Even the other ministry's indicator page shows only its approved past.
    const otherCode = role === "focal" ? "A1.2" : "A1.1";
    await page.goto(`/frameworks/${framework.code}/indicators/${otherCode}`);
    const table = page.getByRole("table", { name: /^Values of/ });
    await expect(table.getByRole("row", { name: /^2024/ })).toBeVisible();
    await expect(table.getByRole("row", { name: /^2025/ })).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(hidden);
  }

  const secretariat = await pageAs("secretariat");
  await secretariat.goto(`/frameworks/${framework.code}`);
  await expect(secretariat.locator("table.matrix-table")).toContainText("1,111 persons (2024)");
  await expect(secretariat.locator("table.matrix-table")).toContainText("2,222 persons (2024)");
  await expect(secretariat.locator("main")).not.toContainText("7,77");
});
