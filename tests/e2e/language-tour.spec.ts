import { mkdirSync, writeFileSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { db } from "@/lib/db";
import { DEMO_MATRIX } from "@/lib/demo/demo-matrix";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { createTestFramework, createTestMember, TEST_PASSWORD } from "../fixtures/factories";
import { englishInterfaceTexts, englishLookingTexts, type EnglishInterfaceTexts } from "./support/english-interface-texts";
import { findEnglish, inspectPage } from "./support/inspect-page";
import { expect, signIn, test, type DemoRole } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

/**
 * Issue 13's "done when": every page in Romanian and in Russian, nothing left in English and no
 * text that overflows. Each role that sees pages of its own tours them with the language cookie
 * set (the demo accounts' saved setting stays as other tests expect it), at 1280 px. Each page is
 * checked for English interface texts (support/english-interface-texts.ts), for message keys shown
 * instead of their text, for console errors and for overflowing text, and photographed whole to
 * /tmp/shots-tour/<language>-<page>.png for a person to look at, with the texts that read like
 * English but match no message listed beside them (decision 054). All problems of a tour are
 * gathered before it fails, so one run names them all.
 */
const SHOTS = "/tmp/shots-tour";
// The tours share nothing: two workers take them two at a time.
test.describe.configure({ mode: "parallel" });
const LOCALES = ["ro", "ru"] as const;
type TourLocale = (typeof LOCALES)[number];
type TourPage = { name: string; path: string; status?: number };

/** The records the pages with an id in their address show, found in the demo workspace. */
type Ids = { value: string; membership: string; institution: string; draft: string; mustChangeEmail: string };
let ids: Ids;

test.beforeAll(async ({}, testInfo) => {
  mkdirSync(SHOTS, { recursive: true });
  const workspaceId = await demoWorkspaceId();
  const mlsp = await db.institution.findUniqueOrThrow({ where: { workspaceId_code: { workspaceId, code: "MLSP" } } });
  // An approved value that everyone may read, with its discussion if it has one.
  const value = await db.indicatorValue.findFirstOrThrow({
    where: {
      year: 2024,
      status: "APPROVED",
      indicator: { leadInstitutionId: mlsp.id, version: { framework: { code: "DMD", workspaceId } } },
    },
    orderBy: { comments: { _count: "desc" } },
    select: { id: true },
  });
  const focal = await db.membership.findFirstOrThrow({ where: { workspaceId, user: { email: "focal@demo.example" } } });
  // The tour's own records, one set per parallel worker, kept when a worker restarts after a
  // failure: every copy of the matrix would lengthen the pages that list frameworks.
  const slot = testInfo.parallelIndex;
  // The version editor shows a draft: a copy of the demo matrix that no other test meets, named
  // apart from DMD so that tests that find the demo matrix by its name find one.
  const draft = `LANGTOUR${slot}`;
  if (!(await db.framework.findFirst({ where: { workspaceId, code: draft } })))
    await createTestFramework(workspaceId, {
      ...DEMO_MATRIX,
      code: draft,
      name: `Language tour draft ${slot}`,
      version: { number: 1, label: "2026", status: "DRAFT" },
    });
  const mustChangeEmail = `language-tour-newcomer-${slot}@test.example`;
  if (!(await db.user.findUnique({ where: { email: mustChangeEmail } })))
    await createTestMember(workspaceId, "VIEWER", { mustChangePassword: true, email: mustChangeEmail });
  ids = { value: value.id, membership: focal.id, institution: mlsp.id, draft, mustChangeEmail };
});

const TOURS: Record<string, { role: DemoRole; pages: (ids: Ids) => TourPage[] }> = {
  "secretariat (matrices)": {
    role: "secretariat",
    pages: () => [
      { name: "frameworks", path: "/frameworks" },
      { name: "matrix", path: "/frameworks/DMD" },
      { name: "matrix-mgi", path: "/frameworks/MGI" },
      { name: "indicator", path: "/frameworks/DMD/indicators/A4.03" },
    ],
  },
  "secretariat (analysis)": {
    role: "secretariat",
    pages: () => [
      { name: "progress", path: "/frameworks/DMD/progress" },
      { name: "progress-sdg", path: "/frameworks/SDG-10-7-2/progress" },
      { name: "compare", path: "/frameworks/DMD/compare" },
      { name: "report", path: "/frameworks/DMD/report" },
    ],
  },
  "secretariat (versions)": {
    role: "secretariat",
    pages: ({ draft }) => [
      { name: "versions", path: "/frameworks/DMD/versions" },
      { name: "version-approved", path: "/frameworks/DMD/versions/1" },
      { name: "consultation", path: "/frameworks/DMD/versions/1/consultation" },
      { name: "editor", path: `/frameworks/${draft}/versions/1` },
      { name: "editor-area", path: `/frameworks/${draft}/versions/1/areas/A1` },
      { name: "editor-indicator", path: `/frameworks/${draft}/versions/1/indicators/A1.01` },
      { name: "editor-new-indicator", path: `/frameworks/${draft}/versions/1/indicators/new?area=A1` },
      { name: "version-import", path: "/frameworks/DMD/versions/import" },
      { name: "framework-import", path: "/frameworks/import" },
      { name: "framework-new", path: "/frameworks/new" },
    ],
  },
  "secretariat (monitoring)": {
    role: "secretariat",
    pages: ({ value }) => [
      { name: "dashboard-secretariat", path: "/" },
      { name: "cycles", path: "/cycles" },
      { name: "cycle", path: "/cycles/DMD/2025" },
      { name: "review", path: "/cycles/DMD/2025/review" },
      { name: "narratives", path: "/cycles/DMD/2025/narratives" },
      { name: "value", path: `/values/${value}` },
      { name: "institution", path: "/institutions/MLSP" },
      { name: "audit", path: "/audit" },
      { name: "notifications", path: "/notifications" },
      { name: "methodology", path: "/methodology" },
      { name: "not-found", path: "/frameworks/NO-SUCH-FRAMEWORK", status: 404 },
    ],
  },
  admin: {
    role: "admin",
    pages: ({ membership, institution }) => [
      { name: "dashboard-admin", path: "/" },
      { name: "people", path: "/admin/users" },
      { name: "person", path: `/admin/users/${membership}` },
      { name: "institutions", path: "/admin/institutions" },
      { name: "institution-edit", path: `/admin/institutions/${institution}` },
      { name: "e-mail", path: "/admin/e-mail" },
      { name: "account", path: "/account" },
    ],
  },
  "focal point": {
    role: "focal",
    pages: ({ value }) => [
      { name: "dashboard-focal", path: "/" },
      { name: "cycles-focal", path: "/cycles" },
      { name: "cycle-focal", path: "/cycles/DMD/2025" },
      { name: "entry", path: "/cycles/DMD/2025/entry" },
      { name: "narratives-focal", path: "/cycles/DMD/2025/narratives" },
      { name: "value-focal", path: `/values/${value}` },
      { name: "matrix-focal", path: "/frameworks/DMD" },
      { name: "forbidden", path: "/audit", status: 403 },
    ],
  },
  "working group": {
    role: "working-group",
    pages: ({ value }) => [
      { name: "dashboard-working-group", path: "/" },
      { name: "cycle-working-group", path: "/cycles/DMD/2025" },
      { name: "consultation-working-group", path: "/frameworks/DMD/versions/1/consultation" },
      { name: "value-working-group", path: `/values/${value}` },
    ],
  },
};

/** A message key shown instead of its text: next-intl's sign of a missing message. */
const MESSAGE_KEY = /^[A-Z][A-Za-z]+(\.[a-z][A-Za-z0-9]*)+$/;

/** Visits pages in one browser context and gathers every problem they show. */
class Tour {
  readonly problems: string[] = [];
  /** English-looking texts no message explains, for a person to judge (data or leftover). */
  readonly suspects: string[] = [];
  private consoleErrors: string[] = [];

  constructor(
    readonly page: Page,
    private readonly locale: TourLocale,
    private readonly english: EnglishInterfaceTexts,
  ) {
    page.on("console", (message) => {
      if (message.type() === "error") this.consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => this.consoleErrors.push(error.message));
  }

  /** The English-looking texts, written beside the screenshots for the person who goes through them. */
  writeSuspects(tourName: string): void {
    const file = `${SHOTS}/${this.locale}-${tourName.replace(/\W+/g, "-").replace(/-$/, "")}-english-looking.txt`;
    writeFileSync(file, this.suspects.join("\n") + "\n");
  }

  async visit({ name, path, status = 200 }: TourPage): Promise<void> {
    const response = await this.page.goto(path);
    const report = (problem: string) => {
      this.problems.push(`${name} (${path}): ${problem}`);
    };
    if (response?.status() !== status) report(`answered ${response?.status()}, expected ${status}`);
    await expect(this.page.locator("html")).toHaveAttribute("lang", this.locale);
    await expect(this.page.getByRole("heading", { level: 1 }).first()).toBeVisible();
    const { texts, overflows } = await inspectPage(this.page);
    for (const text of findEnglish(texts, this.english)) report(`English: ${text}`);
    for (const text of texts.filter((candidate) => MESSAGE_KEY.test(candidate))) report(`message key shown: ${text}`);
    for (const text of new Set(englishLookingTexts(texts))) this.suspects.push(`${name}: ${text.slice(0, 160)}`);
    for (const overflow of overflows) report(`overflow: ${overflow}`);
    // A 404 or 403 page is meant to log its status in the console.
    for (const error of this.consoleErrors.filter((text) => !/status of 40[34]/.test(text))) report(`console error: ${error}`);
    this.consoleErrors = [];
    await this.page.screenshot({ path: `${SHOTS}/${this.locale}-${name}.png`, fullPage: true });
  }
}

/** A 1280 px browser with the language cookie set to `locale`, or with no cookie at all (null). */
async function newContext(
  browser: Browser,
  baseURL: string | undefined,
  locale: TourLocale | null,
  storageState?: Awaited<ReturnType<BrowserContext["storageState"]>>,
) {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: 1280, height: 900 },
    // An English browser: the page's language comes from the cookie alone.
    locale: "en-GB",
    storageState: storageState ?? { cookies: [], origins: [] },
  });
  // The language cookie, as switching language sets it; the person's saved setting is left alone.
  if (locale) await context.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
  return context;
}

for (const locale of LOCALES) {
  test.describe(`the pages in ${locale === "ro" ? "Romanian" : "Russian"}`, () => {
    // Up to 11 pages, each read and photographed whole, on a shared 2-core machine.
    test.setTimeout(240_000);
    const english = englishInterfaceTexts(locale);

    for (const [tourName, { role, pages }] of Object.entries(TOURS)) {
      test(`${tourName}: nothing in English, nothing overflows`, async ({ browser, baseURL, demoSession }) => {
        const context = await newContext(browser, baseURL, locale, await demoSession(role));
        const tour = new Tour(await context.newPage(), locale, english);
        for (const page of pages(ids)) await tour.visit(page);
        await context.close();
        tour.writeSuspects(tourName);
        expect(tour.problems).toEqual([]);
      });
    }

    test("signed out, and a newcomer who must change the password: nothing in English, nothing overflows", async ({ browser, baseURL }) => {
      const context = await newContext(browser, baseURL, locale);
      const tour = new Tour(await context.newPage(), locale, english);
      await tour.visit({ name: "sign-in", path: "/sign-in" });
      await tour.visit({ name: "forgot-password", path: "/forgot-password" });
      await tour.visit({ name: "set-password-unknown", path: "/set-password/no-such-token" });
      await tour.visit({ name: "not-found-signed-out", path: "/sign-in/no-such-page", status: 404 });
      // The newcomer signs in through the form in English, in a browser of their own.
      const newcomer = await newContext(browser, baseURL, null);
      const newcomerPage = await newcomer.newPage();
      await signIn(newcomerPage, ids.mustChangeEmail, TEST_PASSWORD);
      await newcomer.addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
      const newcomerTour = new Tour(newcomerPage, locale, english);
      await newcomerTour.visit({ name: "password-change", path: "/account/password" });
      await newcomer.close();
      tour.problems.push(...newcomerTour.problems);
      tour.suspects.push(...newcomerTour.suspects);
      tour.writeSuspects("signed out");
      await context.close();
      expect(tour.problems).toEqual([]);
    });
  });
}
