import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page } from "@playwright/test";

/** Every demo account's password (the demo seed's, see the README). */
export const DEMO_PASSWORD = "capacitas-demo";

/**
 * The demo accounts the e2e server seeds, written out here rather than imported from the
 * seed, so that the tests state what people should see.
 */
export const DEMO_ACCOUNTS = {
  admin: { email: "admin@demo.example", header: "Ana Administrator · Administrator" },
  secretariat: { email: "secretariat@demo.example", header: "Sergiu Secretariat · Secretariat · DRB" },
  focal: { email: "focal@demo.example", header: "Felicia Focal · Institution focal point · MLSP" },
  "focal-mfa": { email: "focal-mfa@demo.example", header: "Mihai Focal · Institution focal point · MFA" },
  "working-group": { email: "working-group@demo.example", header: "Veronica Working Group · Working-group member" },
  viewer: { email: "viewer@demo.example", header: "Victor Viewer · Viewer" },
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** The sign-in form's words in the languages the specs sign in with. */
export const SIGN_IN_FORM = {
  en: { title: "Sign in", email: "E-mail address", password: "Password", submit: "Sign in" },
  ro: { title: "Autentificare", email: "Adresa de e-mail", password: "Parolă", submit: "Autentificare" },
  ru: { title: "Вход", email: "Адрес электронной почты", password: "Пароль", submit: "Войти" },
} as const;

export type SignInLanguage = keyof typeof SIGN_IN_FORM;

/** Fills in and submits the sign-in form, shown in `language`, and waits for the server's answer. */
async function submitSignInForm(page: Page, email: string, password: string, language: SignInLanguage = "en"): Promise<void> {
  if (new URL(page.url(), "http://localhost").pathname !== "/sign-in") await page.goto("/sign-in");
  const words = SIGN_IN_FORM[language];
  await page.getByLabel(words.email, { exact: true }).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill(password);
  // The form posts to a server action on the sign-in page; wait for its answer.
  const answered = page.waitForResponse(
    (response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in",
  );
  await page.getByRole("button", { name: words.submit }).click();
  await answered;
}

/**
 * Submits the sign-in form for an attempt that is meant to fail, and waits until the form
 * has taken the answer in (button usable again, password emptied), so that the next attempt
 * starts on a settled form. Returns the error summary.
 */
export async function submitFailingSignIn(page: Page, email: string, password: string): Promise<Locator> {
  await submitSignInForm(page, email, password);
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
  return page.locator(".error-summary");
}

/**
 * Signs in through the real form (from the current sign-in page, keeping its ?next=, or
 * from /sign-in) and waits until the browser has left the sign-in page. `language`: the
 * language the form is shown in, when the page has been switched to another.
 */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, language: SignInLanguage = "en"): Promise<void> {
  await submitSignInForm(page, email, password, language);
  await expect(page).not.toHaveURL(/\/sign-in(\?|$)/);
}

/** Signs out with the header's button and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
}

async function demoStorageState(browser: Browser, baseURL: string | undefined, role: DemoRole): Promise<StorageState> {
  // Inside a test, Playwright gives new contexts the test's own options, storage state
  // included: start from an empty one, or a test signed in as someone else would sign in as them.
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  try {
    const page = await context.newPage();
    await signIn(page, DEMO_ACCOUNTS[role].email);
    return await context.storageState();
  } finally {
    await context.close();
  }
}

type TestFixtures = {
  /** `test.use({ signedInAs: "viewer" })`: the test's page starts signed in as that demo account. */
  signedInAs: DemoRole | undefined;
  /** A new page in its own browser context, signed in as a demo account (closed after the test). */
  pageAs: (role: DemoRole) => Promise<Page>;
};

type WorkerFixtures = {
  /** The storage state (session cookie) of a demo account, signed in once per worker. */
  demoSession: (role: DemoRole) => Promise<StorageState>;
};

/**
 * Playwright's `test` with demo sessions. Each worker signs each demo account in once, through
 * the form, and reuses the cookie (sessions last 8 hours). Never sign out or change the
 * password with a reused session: that would end it for the worker's later tests. Tests about
 * signing out sign in with `signIn` in a context of their own.
 */
export const test = base.extend<TestFixtures, WorkerFixtures>({
  demoSession: [
    async ({ browser }, provide, workerInfo) => {
      const sessions = new Map<DemoRole, Promise<StorageState>>();
      await provide((role) => {
        let session = sessions.get(role);
        if (!session) {
          session = demoStorageState(browser, workerInfo.project.use.baseURL, role);
          session.catch(() => sessions.delete(role));
          sessions.set(role, session);
        }
        return session;
      });
    },
    { scope: "worker" },
  ],
  signedInAs: [undefined, { option: true }],
  storageState: async ({ signedInAs, demoSession, storageState }, provide) => {
    await provide(signedInAs ? await demoSession(signedInAs) : storageState);
  },
  pageAs: async ({ browser, baseURL, viewport, demoSession }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (role) => {
      const context = await browser.newContext({ baseURL, viewport, storageState: await demoSession(role) });
      contexts.push(context);
      return context.newPage();
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };
