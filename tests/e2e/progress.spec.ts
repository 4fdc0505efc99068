import { db } from "@/lib/db";
import { loadAccessContext } from "@/lib/auth/load-access-context";
import { buildFrameworkDefinition, buildIndicator, createTestCycle, createTestFramework, createTestValues } from "../fixtures/factories";
import { expect, test } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

/** A demo account's access, for seeding data the way that person would. */
async function demoAccess(email: string) {
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return (await loadAccessContext(user.id, { via: "session" }))!;
}

// Progress analytics on the demo matrix, as the working group and the secretariat use them.
// The years compared here (2016-2024) belong to closed cycles, which no other test changes.

type ApiScore = { area: string; year: number; score: number | null; provisional: boolean; indicatorsCounted: number };

const AREAS = ["A1", "A2", "A3", "A4", "A5", "A6"];

/** "59.1" -> 59.1, "—" -> null: a table cell as the page shows it. */
const numberOf = (text: string) => (text.trim() === "—" ? null : Number(text.trim().replace("−", "-").replace("±", "")));

test.describe("comparing years", () => {
  test.use({ signedInAs: "working-group" });

  test("2018 against 2024 shows all six areas, their scores and the change, with the same numbers as the API", async ({ page }) => {
    await page.goto("/frameworks/DMD/compare?year=2018&year=2024");
    await expect(page.getByRole("heading", { level: 2, name: "2018 and 2024" })).toBeVisible();
    const table = page.getByRole("table", { name: "Scores (%) and change in points" });
    const api = await page.request.get("/api/v1/frameworks/DMD/scores?from=2018&to=2024");
    expect(api.status()).toBe(200);
    const scores = (await api.json()) as ApiScore[];
    const apiScore = (area: string, year: number) => scores.find((score) => score.area === area && score.year === year)!.score;

    for (const area of [...AREAS, "_T"]) {
      const row = table
        .getByRole("row")
        .filter({ has: page.getByRole("rowheader", { name: area === "_T" ? "All areas" : new RegExp(`^${area} `) }) });
      const cells = row.getByRole("cell");
      await expect(cells).toHaveCount(3);
      const [from, to, change] = (await cells.allInnerTexts()).map(numberOf);
      expect(from, `${area} 2018`).toBe(apiScore(area, 2018));
      expect(to, `${area} 2024`).toBe(apiScore(area, 2024));
      expect(from).not.toBeNull();
      expect(change, `${area} change`).toBeCloseTo(apiScore(area, 2024)! - apiScore(area, 2018)!, 1);
    }
    // The scores of closed cycles are final: nothing in them is provisional.
    expect(scores.filter((score) => score.year === 2024 && score.provisional)).toEqual([]);
    await expect(page.locator("#compare-summary")).toContainText("Between 2018 and 2024");
    // Both charts, each described by the summary, with the table as their text alternative.
    await expect(page.getByRole("application")).toHaveCount(2);
    await expect(page.getByRole("table", { name: "Most improved" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Most worsened" })).toBeVisible();
  });

  test("the years are chosen with the keyboard and kept in the address, so the link can be shared", async ({ page }) => {
    await page.goto("/frameworks/DMD/compare");
    const picker = page.getByRole("group", { name: "Years to compare (two to five)" });
    // The default compares the last two complete years (2025's cycle is still open); add 2020 and drop 2023 from the keyboard.
    await expect(picker.getByRole("checkbox", { name: "2023", exact: true })).toBeChecked();
    await expect(picker.getByRole("checkbox", { name: "2024", exact: true })).toBeChecked();
    await expect(picker.getByRole("checkbox", { name: "2025 (provisional)" })).not.toBeChecked();
    await picker.getByRole("checkbox", { name: "2020" }).focus();
    await page.keyboard.press("Space");
    await picker.getByRole("checkbox", { name: "2023", exact: true }).focus();
    await page.keyboard.press("Space");
    await page.getByRole("button", { name: "Compare" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/year=2020/);
    expect(new URL(page.url()).searchParams.getAll("year")).not.toContain("2023");
    const shared = page.url();

    // The choice survives going to another tab and coming back (issue 14, trap 1).
    await page.getByRole("link", { name: "Progress", exact: true }).first().click();
    await expect(page).toHaveURL(/\/frameworks\/DMD\/progress/);
    await page.goto("/frameworks/DMD/compare");
    await expect(picker.getByRole("checkbox", { name: "2020" })).toBeChecked();
    await expect(picker.getByRole("checkbox", { name: "2023", exact: true })).not.toBeChecked();

    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(
      other.getByRole("table", { name: "Scores (%) and change in points" }).getByRole("columnheader", { name: "2020", exact: true }),
    ).toBeVisible();
    await expect(other.getByRole("checkbox", { name: "2020" })).toBeChecked();
    await other.close();
  });

  test("a bad choice of years is explained and nothing breaks", async ({ page }) => {
    await page.goto("/frameworks/DMD/compare?year=18&year=2024");
    await expect(page.locator("form").getByRole("alert")).toHaveText("Years have four digits, e.g. 2024");
    // The valid year is still there to choose, and the page offers every year with data.
    await expect(page.getByRole("checkbox", { name: "2024" })).toBeVisible();
  });
});

test.describe("the framework overview", () => {
  test.use({ signedInAs: "viewer" });

  test("shows area scores over the years with a table alternative and a status heat map of every indicator", async ({ page }) => {
    await page.goto("/frameworks/DMD/progress");
    await expect(page.locator("#scores-summary")).toContainText("The overall score rose from");
    const scores = page.getByRole("table", { name: /Area scores \(%\) by year/ });
    await expect(scores.getByRole("row")).toHaveCount(1 + AREAS.length + 1);
    const heatmap = page.getByRole("table", { name: "Progress status of each indicator by year" });
    // One area at a time (decision 028): the picker names the six areas and their 65 indicators,
    // and the heat map shows the first area's indicators below its header row.
    const areas = page.getByRole("navigation", { name: "Areas of the progress table" }).getByRole("listitem");
    await expect(areas).toHaveCount(6);
    const counts = (await areas.allInnerTexts()).map((text) => Number(/\((\d+)\)$/.exec(text)![1]));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(65);
    await expect(heatmap.locator("tbody tr")).toHaveCount(counts[0]! + 1);
    await areas.last().getByRole("link").click();
    await expect(page).toHaveURL(/\/frameworks\/DMD\/progress\?area=A6$/);
    await expect(heatmap.locator("tbody tr")).toHaveCount(counts[5]! + 1);
    await page.goBack();
    // Status is written in each cell, not shown by colour alone.
    await expect(
      heatmap
        .getByRole("row", { name: /A1\.01/ })
        .getByText("On track")
        .first(),
    ).toBeVisible();
  });

  test("the chart can be used from the keyboard", async ({ page }) => {
    await page.goto("/frameworks/DMD/progress");
    const chart = page.getByRole("application").first();
    await chart.focus();
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(".recharts-tooltip-wrapper").first()).toContainText(/Year \d{4}/);
  });

  test("the provisional switch adds values not yet approved, clearly marked", async ({ page, pageAs }) => {
    // A framework of this test's own: the demo's open cycle changes as other tests review it.
    const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 1 });
    definition.areas[0]!.indicators![0] = buildIndicator("A1.1", "NUMBER", {
      baseline: { year: 2016, value: 100 },
      targets: [{ year: 2026, value: 200, isFinal: true }],
    });
    const framework = await createTestFramework(await demoWorkspaceId(), definition);
    const indicatorId = framework.indicatorIds.get("A1.1")!;
    await createTestValues([
      { indicatorId, year: 2016, number: 100 },
      { indicatorId, year: 2020, number: 140 },
      { indicatorId, year: 2024, number: 180, status: "SUBMITTED" },
    ]);

    const secretariat = await pageAs("secretariat");
    await secretariat.goto(`/frameworks/${framework.code}/progress`);
    await expect(secretariat.getByRole("table", { name: /Area scores/ }).getByRole("columnheader", { name: "2024" })).toHaveCount(0);
    await secretariat.getByRole("radio", { name: "Approved and provisional values (marked *)" }).check();
    await secretariat.getByRole("button", { name: "Show" }).click();
    await expect(secretariat).toHaveURL(/provisional=1/);
    await expect(secretariat.locator(".provisional-notice")).toContainText("Provisional.");
    const scores = secretariat.getByRole("table", { name: /Area scores/ });
    await expect(scores.getByRole("columnheader", { name: "2024" })).toBeVisible();
    await expect(scores.locator(".provisional-mark").first()).toBeVisible();

    // A viewer may read approved values only: asking for provisional ones adds nothing.
    const url = `/api/v1/frameworks/${framework.code}/scores?from=2024&to=2024&provisional=true`;
    const viewerScores = (await (await page.request.get(url)).json()) as ApiScore[];
    expect(viewerScores).toEqual([]);
    const secretariatScores = (await (await secretariat.request.get(url)).json()) as ApiScore[];
    const total = secretariatScores.find((score) => score.area === "_T")!;
    // (180 - 100) / (200 - 100) = 80 %, provisional.
    expect(total).toMatchObject({ year: 2024, score: 80, provisional: true, indicatorsCounted: 1 });
  });
});

test.describe("the dashboard", () => {
  test("the secretariat sees what waits for review and this year's area scores against last year", async ({ pageAs }) => {
    // An open cycle of this test's own with one submitted value: the demo's queue changes as other tests review it.
    const secretariatAccess = await demoAccess("secretariat@demo.example");
    const { framework } = await createTestCycle(await demoWorkspaceId(), secretariatAccess, { year: 2025 });
    const [indicatorId] = [...framework.indicatorIds.values()];
    await createTestValues([{ indicatorId: indicatorId!, year: 2025, number: 12, status: "SUBMITTED" }]);

    const page = await pageAs("secretariat");
    await page.goto("/");
    const attention = page.getByRole("region", { name: "Needs your attention" });
    await expect(attention.getByRole("link", { name: `1 value waits for your review (${framework.code} 2025)` })).toBeVisible();
    // 2024 is the latest closed cycle of the demo matrix: its scores are compared with 2023.
    await expect(page.getByRole("heading", { level: 2, name: /2024 against 2023$/ })).toBeVisible();
    const table = page.getByRole("table", { name: "Area scores (%) and change in points" });
    await expect(table.getByRole("row")).toHaveCount(1 + AREAS.length + 1);
    await expect(page.getByRole("heading", { name: "Indicators that deteriorated in 2024" })).toBeVisible();
  });

  test("a focal point sees its own institution's to-do list and no review work", async ({ pageAs }) => {
    // MLSP (the demo focal point's ministry) leads A1.1 of this test's own open cycle and has a draft of it.
    const secretariatAccess = await demoAccess("secretariat@demo.example");
    const { framework } = await createTestCycle(await demoWorkspaceId(), secretariatAccess, { year: 2025 });
    await createTestValues([{ indicatorId: framework.indicatorIds.get("A1.1")!, year: 2025, number: 7, status: "DRAFT" }]);

    const page = await pageAs("focal");
    await page.goto("/");
    const attention = page.getByRole("region", { name: "Needs your attention" });
    await expect(attention.getByRole("link", { name: `1 draft is not submitted yet (${framework.code} 2025)` })).toBeVisible();
    await expect(attention.getByText(/wait for your review/)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Review submitted values" })).toHaveCount(0);
    await page.getByRole("link", { name: "All of MLSP's indicators and cycles" }).click();
    await expect(page).toHaveURL(/\/institutions\/MLSP$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Ministry of Labour and Social Protection");
  });
});

test("an indicator page explains its progress status year by year", async ({ pageAs }) => {
  const page = await pageAs("viewer");
  await page.goto("/frameworks/DMD/indicators/A1.01");
  const table = page.getByRole("table", { name: /Progress status by year/ });
  await expect(table.getByRole("row", { name: /^2024/ })).toContainText("On track");
  const api = await page.request.get("/api/v1/frameworks/DMD/indicators/A1.01/progress");
  const progress = (await api.json()) as { years: { year: number; status: string; inputs: { baseYear: number } }[] };
  const year2024 = progress.years.find((entry) => entry.year === 2024)!;
  expect(year2024.status).toBe("on_track");
  expect(year2024.inputs.baseYear).toBe(2016);
});
