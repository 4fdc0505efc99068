import { expect, test } from "./support/sign-in";
import { formatDisaggregationKey } from "@/lib/indicators/disaggregation";
import { buildFrameworkDefinition, buildIndicator, createTestFramework, createTestValues } from "../fixtures/factories";
import { demoWorkspaceId } from "./support/test-data";

// This test writes its own uniquely coded framework into the server's database, so what it
// asserts does not depend on the demo seed's numbers. The secretariat sees submitted values.
test.use({ signedInAs: "secretariat" });

test("a new framework's matrix and indicator pages show exactly the values stored for it", async ({ page }) => {
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 2 });
  definition.name = `Inspection capacity ${definition.code}`;
  definition.areas[0]!.indicators![0] = buildIndicator("A1.1", "NUMBER", {
    name: "Labour inspectors trained on migrant workers' rights",
    unit: "inspectors",
    dimensions: ["SEX"],
    baseline: { year: 2019, value: 40 },
    targets: [{ year: 2024, value: 90, isFinal: true }],
  });
  const framework = await createTestFramework(await demoWorkspaceId(), definition);
  const indicatorId = framework.indicatorIds.get("A1.1")!;
  await createTestValues([
    { indicatorId, year: 2019, number: 40 },
    { indicatorId, year: 2021, number: 55, comment: "Two regional sessions cancelled" },
    { indicatorId, year: 2023, number: 72, status: "SUBMITTED" },
    { indicatorId, year: 2023, disaggregation: formatDisaggregationKey({ SEX: "F" }), number: 30, status: "SUBMITTED" },
    { indicatorId, year: 2023, disaggregation: formatDisaggregationKey({ SEX: "M" }), number: 42, status: "SUBMITTED" },
  ]);

  await page.goto(`/frameworks/${framework.code}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(definition.name);
  const row = page.getByRole("row", { name: /Labour inspectors trained/ });
  await expect(row).toContainText("40 inspectors (2019)");
  await expect(row).toContainText("90 inspectors by 2024");
  await expect(row).toContainText("72 inspectors (2023)");
  await expect(row.getByText("Submitted")).toBeVisible();

  await row.getByRole("link", { name: /Labour inspectors trained/ }).click();
  await expect(page.locator("#chart-summary")).toHaveText(
    "Labour inspectors trained on migrant workers' rights rose from 40 inspectors in 2019 to 72 inspectors in 2023 (+32). The target is 90 inspectors by 2024.",
  );
  const table = page.getByRole("table", { name: /Values of Labour inspectors/ });
  await expect(table.getByRole("row")).toHaveCount(4);
  const latest = table.getByRole("row", { name: /^2023/ });
  await expect(latest.getByRole("cell").nth(0)).toHaveText("72 inspectors");
  await expect(latest).toContainText("30 inspectors");
  await expect(latest).toContainText("42 inspectors");
  await expect(table.getByRole("row", { name: /^2021/ })).toContainText("Two regional sessions cancelled");
});
