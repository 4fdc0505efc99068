import { expect, test } from "@playwright/test";
import {
  buildFrameworkDefinition,
  buildIndicator,
  createTestFramework,
  createTestMember,
  createTestValues,
  openTestCycle,
} from "../fixtures/factories";
import { signInSpeaking } from "./support/sign-in-speaking";
import { demoWorkspaceId } from "./support/test-data";

/**
 * The matrix lifecycle pages, the indicator page and the institution page in Romanian (issue 13):
 * a Romanian-speaking secretariat member (who alone manages matrices) sees each page's heading and labels in Romanian. Each page
 * is photographed for a person to check that nothing is left in English and nothing overflows.
 */
const PAGES = [
  { name: "versions", path: "/frameworks/DMD/versions", heading: "Versiunile cadrului", label: "Descarcă un șablon gol de matrice" },
  { name: "version", path: "/frameworks/DMD/versions/1", heading: /versiunii 1/, label: "Bazată pe" },
  {
    name: "consultation",
    path: "/frameworks/DMD/versions/1/consultation",
    heading: "Consultarea și aprobarea versiunii",
    label: "Consultare",
  },
  { name: "import", path: "/frameworks/DMD/versions/import", heading: "Importarea unui fișier de matrice", label: "Cadre de indicatori" },
  { name: "indicator", path: "/frameworks/DMD/indicators/A4.03", heading: /Returnees/, label: "Despre acest indicator" },
  {
    name: "institution",
    path: "/institutions/MLSP",
    heading: "Ministry of Labour and Social Protection",
    label: "Progresul indicatorilor săi",
  },
] as const;

test("a Romanian-speaking secretariat member reads the matrix, indicator and institution pages in Romanian", async ({ page }) => {
  // Six pages, each photographed whole, on a shared machine: more than the default 30 s.
  test.setTimeout(90_000);
  const person = await createTestMember(await demoWorkspaceId(), "SECRETARIAT");
  await signInSpeaking(page, person.user, "ro");
  for (const { name, path, heading, label } of PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "ro");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${name}-ro.png`, fullPage: true });
  }
});

/**
 * The monitoring pages in Romanian: a focal point enters values and a secretariat member reviews
 * them, each reading headings, buttons, values and dates as Romanian writes them (a decimal comma).
 */
test("a Romanian-speaking focal point and secretariat member enter and review values in Romanian", async ({ page }) => {
  test.setTimeout(90_000);
  const workspaceId = await demoWorkspaceId();
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 0 });
  definition.areas[0]!.indicators = [
    buildIndicator("A1.1", "PERCENTAGE", { name: "Share of returnees employed within a year" }),
    buildIndicator("A1.2", "NUMBER", { name: "Average days to process an application", unit: "days", lowerLimit: 0 }),
  ];
  const framework = await createTestFramework(workspaceId, definition);
  await openTestCycle(await createTestMember(workspaceId, "SECRETARIAT"), framework.code, 2025);
  const share = framework.indicatorIds.get("A1.1")!;
  await createTestValues([
    { indicatorId: share, year: 2024, number: 10.25, status: "APPROVED" },
    { indicatorId: share, year: 2025, number: 12.5, status: "SUBMITTED" },
    { indicatorId: framework.indicatorIds.get("A1.2")!, year: 2025, number: 1234.5, status: "DRAFT" },
  ]);
  const cycle = `/cycles/${framework.code}/2025`;

  const focal = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  await signInSpeaking(page, focal.user, "ro");
  await page.goto(`${cycle}/entry`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ministry of Labour and Social Protection: valorile pentru 2025");
  await expect(page.getByRole("button", { name: "Salvează proiectul" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Transmite spre examinare" })).toBeVisible();
  await expect(page.getByText("Completați în schimb un tabel")).toBeVisible();
  // Values with a decimal comma: the submitted one shown, last year's, and the draft in its input.
  await expect(page.locator(".entry-locked").first()).toContainText("12,50 %");
  await expect(page.locator(".entry-row__previous").first()).toContainText("10,25 %");
  await expect(page.getByRole("textbox", { name: "Total" })).toHaveValue("1234,5");
  await expect(page.locator(".page-header__lead")).toContainText("ianuarie 2026");
  await page.screenshot({ path: "test-results/screens/entry-ro.png", fullPage: true });

  const secretariat = await createTestMember(workspaceId, "SECRETARIAT");
  await page.context().clearCookies();
  await signInSpeaking(page, secretariat.user, "ro");
  await page.goto(`${cycle}/review`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Examinarea valorilor transmise: ${framework.code} 2025`);
  await expect(page.getByRole("columnheader", { name: "Decizie" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Aprobă valorile bifate" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "Share of returnees employed" });
  await expect(row).toContainText("12,50 %");
  await expect(row).toContainText("10,25 %");
  await expect(row.getByRole("button", { name: /^Aprobă A1\.1/ })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/review-ro.png", fullPage: true });
});

/**
 * Names in the reader's language (decision 041): on the matrix page a Romanian reader gets the
 * translated indicator name as it is, and an untranslated one in the original with a marker.
 */
test("a Romanian reader sees translated indicator names on the matrix page and untranslated ones marked", async ({ page }) => {
  const workspaceId = await demoWorkspaceId();
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 0 });
  definition.areas[0]!.nameTranslations = { ro: "Integrarea lucrătorilor migranți" };
  definition.areas[0]!.indicators = [
    buildIndicator("A1.1", "NUMBER", { name: "Migrant workers covered", nameTranslations: { ro: "Lucrători migranți acoperiți" } }),
    buildIndicator("A1.2", "NUMBER", { name: "Returnees supported after arrival" }),
  ];
  const framework = await createTestFramework(workspaceId, definition);
  const person = await createTestMember(workspaceId, "SECRETARIAT");
  await signInSpeaking(page, person.user, "ro");
  await page.goto(`/frameworks/${framework.code}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await expect(page.getByRole("heading", { level: 2, name: /Integrarea lucrătorilor migranți/ })).toBeVisible();
  const table = page.locator(".matrix-table");
  await expect(table.getByRole("link", { name: "Lucrători migranți acoperiți", exact: true })).toBeVisible();
  const fallback = table.getByRole("link", { name: /Returnees supported after arrival/ });
  await expect(fallback).toContainText("Română: fără traducere");
  await expect(fallback.locator(".localized-fallback__marker")).toHaveText("original");
  await expect(fallback.locator(".localized-fallback__marker")).toBeVisible();
  await page.screenshot({ path: "/tmp/shots-names/matrix-names-ro.png", fullPage: true });
});

/**
 * The indicator page's MGI domain and GCM objective names come from built-in reference lists
 * that have French and Spanish: a French reader gets them in French, a Romanian reader the
 * English original marked as such (decision 041).
 */
test("the MGI domain and GCM objectives of an indicator are named in the reader's language, or marked", async ({ page }) => {
  const workspaceId = await demoWorkspaceId();
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 0 });
  definition.areas[0]!.indicators = [buildIndicator("A1.1", "NUMBER", { mappings: { mgiDomain: 1, gcmObjectives: [1] } })];
  const framework = await createTestFramework(workspaceId, definition);
  const indicatorPath = `/frameworks/${framework.code}/indicators/A1.1`;

  const french = await createTestMember(workspaceId, "SECRETARIAT");
  await signInSpeaking(page, french.user, "fr");
  await page.goto(indicatorPath);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByText("1. Droits des migrants")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "1. Données" })).toBeVisible();
  await expect(page.getByText("Migrants' rights")).toHaveCount(0);

  await page.context().clearCookies();
  const romanian = await createTestMember(workspaceId, "SECRETARIAT");
  await signInSpeaking(page, romanian.user, "ro");
  await page.goto(indicatorPath);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  const domain = page.locator(".localized-fallback").filter({ hasText: "Migrants' rights" });
  await expect(domain.locator(".localized-fallback__marker")).toHaveText("original");
});
