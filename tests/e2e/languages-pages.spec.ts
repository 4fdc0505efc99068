import { expect, test } from "@playwright/test";
import { db } from "@/lib/db";
import { createTestMember, TEST_PASSWORD } from "../fixtures/factories";
import { signIn } from "./support/sign-in";
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
  const person = await createTestMember(await demoWorkspaceId(), "SECRETARIAT");
  await db.user.update({ where: { id: person.user.id }, data: { locale: "ro" } });
  await signIn(page, person.user.email, TEST_PASSWORD);
  for (const { name, path, heading, label } of PAGES) {
    await page.goto(path);
    await expect(page.locator("html")).toHaveAttribute("lang", "ro");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(heading);
    await expect(page.getByText(label, { exact: true }).first()).toBeVisible();
    await page.screenshot({ path: `test-results/screens/${name}-ro.png`, fullPage: true });
  }
});
