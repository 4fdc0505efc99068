import type { Page } from "@playwright/test";
import { createTestMember, TEST_PASSWORD, uniqueCode } from "../fixtures/factories";
import { DEMO_ACCOUNTS, expect, signIn, signOut, submitFailingSignIn, test, type DemoRole } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

// Signing in and out, what each role may open, administration of people, API tokens and the
// security headers, as people meet them in the browser. Tests that sign out sign in through
// the form in their own browser context; the others reuse a demo session (support/sign-in).
//
// Failed sign-ins also count per network address (30 in 15 minutes for all of localhost), so
// this file keeps them few: 7 in all.

const GENERIC_FAILURE = "The e-mail address or password is not correct, or the account is not active.";
const RATE_LIMITED = "Too many failed sign-in attempts. Wait 15 minutes, then try again.";

const NAVIGATION: Record<DemoRole, string[]> = {
  admin: ["Overview", "Frameworks", "Reporting cycles", "Audit log", "People", "Institutions", "E-mail", "Your account"],
  secretariat: ["Overview", "Frameworks", "Reporting cycles", "Audit log", "Your account"],
  focal: ["Overview", "Frameworks", "Reporting cycles", "Your account"],
  "focal-mfa": ["Overview", "Frameworks", "Reporting cycles", "Your account"],
  "working-group": ["Overview", "Frameworks", "Reporting cycles", "Your account"],
  viewer: ["Overview", "Frameworks", "Your account"],
};

const mainNavigation = (page: Page) => page.getByRole("navigation", { name: "Main" }).getByRole("link");
const headerUser = (page: Page) => page.locator(".site-header__user > span");
const errorSummary = (page: Page) => page.locator(".error-summary");
const pathOf = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

test.describe("signing in and out", () => {
  for (const role of Object.keys(DEMO_ACCOUNTS) as DemoRole[]) {
    test(`the ${role} account signs in, sees the navigation of its role and signs out`, async ({ page, context }) => {
      const account = DEMO_ACCOUNTS[role];
      await page.goto("/sign-in");
      await signIn(page, account.email);
      expect(pathOf(page)).toBe("/");
      await expect(headerUser(page)).toHaveText(account.header);
      await expect(mainNavigation(page)).toHaveText(NAVIGATION[role]);

      const sessionCookies = await context.cookies();
      expect(sessionCookies.some((cookie) => cookie.name.startsWith("capacitas"))).toBe(true);
      await signOut(page);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");

      await page.goto("/frameworks");
      expect(pathOf(page)).toBe("/sign-in?next=%2Fframeworks");
      await expect(page.getByLabel("E-mail address")).toBeVisible();

      // Signing out ended the session on the server too: its old cookie opens nothing.
      await context.addCookies(sessionCookies);
      await page.goto("/frameworks");
      await expect(page).toHaveURL(/\/sign-in/);
      expect((await page.request.get("/api/v1/frameworks")).status()).toBe(401);
    });
  }

  test("a deep link opened without a session leads through sign-in to that page", async ({ page }) => {
    const response = await page.goto("/audit?action=user.signed-in");
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/audit?action=user.signed-in");

    await signIn(page, DEMO_ACCOUNTS.secretariat.email);
    expect(pathOf(page)).toBe("/audit?action=user.signed-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit log");
    await expect(page.getByLabel("Action")).toHaveValue("user.signed-in");
  });

  test("sign-in never sends people to another site, whatever the link says", async ({ page, baseURL }) => {
    await page.goto("/sign-in?next=//evil.example/steal");
    await signIn(page, DEMO_ACCOUNTS.viewer.email);
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    expect(pathOf(page)).toBe("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo Republic");
  });

  test("a wrong password shows a clear error, keeps the e-mail address and empties the password", async ({ page }) => {
    const member = await createTestMember(await demoWorkspaceId(), "VIEWER");
    await page.goto("/sign-in");
    await submitFailingSignIn(page, member.user.email, "not the right password");

    await expect(errorSummary(page)).toBeVisible();
    await expect(errorSummary(page).getByRole("heading")).toHaveText("There is a problem");
    await expect(errorSummary(page)).toContainText(GENERIC_FAILURE);
    await expect(page.getByLabel("E-mail address")).toHaveValue(member.user.email);
    await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
    expect(new URL(page.url()).pathname).toBe("/sign-in");

    // The right password still works afterwards.
    await signIn(page, member.user.email, TEST_PASSWORD);
    await expect(headerUser(page)).toHaveText(`${member.user.name} · Viewer`);
  });

  test("after five wrong passwords for one address, even the right password is refused for a while", async ({ page, context }) => {
    const member = await createTestMember(await demoWorkspaceId(), "VIEWER");
    await page.goto("/sign-in");
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      const summary = await submitFailingSignIn(page, member.user.email, `wrong password ${attempt}`);
      await expect(summary, `attempt ${attempt}`).toHaveText(`There is a problem${GENERIC_FAILURE}`);
    }

    const summary = await submitFailingSignIn(page, member.user.email, TEST_PASSWORD);
    await expect(summary).toHaveText(`There is a problem${RATE_LIMITED}`);
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    expect((await context.cookies()).filter((cookie) => cookie.name.includes("session"))).toEqual([]);
  });
});

test.describe("administration of people", () => {
  test("an administrator gives a new person access and resets their password; they choose their own at first sign-in; the audit log shows both", async ({
    page,
    pageAs,
  }) => {
    // Three sign-ins, an invitation and a reset on a shared machine.
    test.setTimeout(120_000);
    const code = uniqueCode().toLowerCase();
    const name = `Nadia New ${code}`;
    const email = `new-${code}@test.example`;
    const newPassword = `a fresh password for ${code}`;

    await page.goto("/sign-in");
    await signIn(page, DEMO_ACCOUNTS.admin.email);
    await page.goto("/admin/users");
    const form = page.getByRole("form", { name: "Give a person access" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("E-mail address").fill(email);
    await form.getByLabel("Role").selectOption({ label: "Institution focal point" });
    const institution = form.getByLabel("Institution");
    const mlsp = await institution.locator("option", { hasText: /^MLSP · / }).getAttribute("value");
    await institution.selectOption(mlsp!);
    await form.getByRole("button", { name: "Give access" }).click();

    // The e2e server has e-mail on (an SMTP server in the test runner): the invitation goes by
    // e-mail (notification-flows.spec.ts follows its link). A reset still gives a temporary password.
    await expect(form.getByRole("status")).toContainText(`An invitation was e-mailed to ${email}`);
    const row = page.getByRole("region", { name: "People with access" }).getByRole("row").filter({ hasText: email });
    await row.getByRole("link", { name }).click();
    await page.getByRole("button", { name: "Reset password" }).click();
    const secret = page.locator("code.secret");
    await expect(secret).toBeVisible();
    const temporaryPassword = (await secret.textContent())!.trim();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
    await page.goto("/admin/users");
    await expect(row).toContainText("Active · temporary password");
    await signOut(page);

    await signIn(page, email, temporaryPassword);
    expect(pathOf(page)).toBe("/account/password");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");
    // Nothing else opens until the password is changed.
    await page.goto("/frameworks");
    expect(pathOf(page)).toBe("/account/password");

    await page.getByLabel("Current password").fill(temporaryPassword);
    await page.getByLabel("New password", { exact: true }).fill(newPassword);
    await page.getByLabel("New password again").fill(newPassword);
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/account\?password=changed$/);
    await expect(page.getByRole("status")).toContainText("Your password was changed");
    await expect(headerUser(page)).toHaveText(`${name} · Institution focal point · MLSP`);

    // The new password is the one that works from now on.
    await signOut(page);
    await signIn(page, email, newPassword);
    expect(pathOf(page)).toBe("/");

    const admin = await pageAs("admin");
    await admin.goto("/audit");
    // The workspace's log records the access given, the same whether the address had an account
    // elsewhere or not (decision 021): the account's creation itself belongs to no workspace.
    await admin.getByLabel("Action").selectOption("membership.created");
    await admin.getByRole("button", { name: "Show entries" }).click();
    await expect(admin).toHaveURL(/action=membership\.created/);
    const created = admin.getByRole("row").filter({ hasText: `Gave ${email} the role` });
    await expect(created).toHaveCount(1);
    await expect(created).toContainText(DEMO_ACCOUNTS.admin.email);

    await admin.getByLabel("Person").selectOption({ label: `${name} (${email})` });
    await admin.getByLabel("Action").selectOption("user.password-changed");
    await admin.getByRole("button", { name: "Show entries" }).click();
    await expect(admin).toHaveURL(/action=user\.password-changed/);
    await expect(admin.getByRole("heading", { name: "1 entry" })).toBeVisible();
    await expect(admin.getByRole("row").filter({ hasText: `${email} changed their password` })).toHaveCount(1);
  });

  for (const role of ["focal", "viewer"] as const) {
    test(`the ${role} account gets the no-permission page on administration pages and the audit log`, async ({ pageAs }) => {
      const page = await pageAs(role);
      for (const path of ["/admin/users", "/admin/institutions", "/audit"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
        await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("You cannot open this page");
        await expect(page.getByText("People with access")).toHaveCount(0);
      }
    });
  }

  test("an administrator deactivates a person, whose open session then opens nothing", async ({ browser, baseURL, pageAs }) => {
    const member = await createTestMember(await demoWorkspaceId(), "WORKING_GROUP");
    const personContext = await browser.newContext({ baseURL });
    try {
      const person = await personContext.newPage();
      await person.goto("/sign-in");
      await signIn(person, member.user.email, TEST_PASSWORD);
      await person.goto("/frameworks");
      await expect(person.getByRole("heading", { level: 1 })).toHaveText("Frameworks");

      const admin = await pageAs("admin");
      await admin.goto(`/admin/users/${member.membership.id}`);
      await expect(admin.getByRole("heading", { level: 1 })).toHaveText(member.user.name);
      await admin.getByLabel(`I understand that ${member.user.name} loses access to this workspace at once`).check();
      await admin.getByRole("button", { name: "Deactivate access" }).click();
      await expect(admin.getByRole("status")).toContainText("The person no longer has access to this workspace.");
      await expect(admin.getByRole("button", { name: "Reactivate access" })).toBeVisible();
      await admin.goto("/admin/users");
      await expect(admin.getByRole("row").filter({ hasText: member.user.email })).toContainText("Deactivated");

      await person.goto("/frameworks");
      await expect(person).toHaveURL(/\/(sign-in|no-access)/);
      await expect(person.getByRole("heading", { level: 1 })).not.toHaveText("Frameworks");
      expect((await person.request.get("/api/v1/frameworks")).status()).toBe(401);

      // Nor can they sign in again.
      await person.goto("/sign-in");
      const summary = await submitFailingSignIn(person, member.user.email, TEST_PASSWORD);
      await expect(summary).toHaveText(`There is a problem${GENERIC_FAILURE}`);
    } finally {
      await personContext.close();
    }
  });
});

test.describe("API tokens", () => {
  test.use({ signedInAs: "focal" });

  test("a focal point creates a token, the API accepts it, and refuses it once it is revoked", async ({ page }) => {
    const name = `Labour data warehouse ${uniqueCode()}`;
    await page.goto("/account");
    const form = page.getByRole("form", { name: "Create a token" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Valid for").selectOption({ label: "30 days" });
    await form.getByRole("button", { name: "Create token" }).click();
    await expect(form.getByRole("status")).toContainText(`Token “${name}” created`);
    const token = (await form.locator("code.secret").textContent())!.trim();
    expect(token).toMatch(/^cap_[A-Za-z0-9_-]{43}$/);

    const row = page.getByRole("region", { name: "Your API tokens" }).getByRole("row").filter({ hasText: name });
    await expect(row).toContainText(token.slice(0, 10));
    await expect(row).toContainText("Valid until");
    await expect(page.getByText(token)).toHaveCount(1); // shown once, in the notice only

    const headers = { Authorization: `Bearer ${token}` };
    const accepted = await page.request.get("/api/v1/frameworks", { headers });
    expect(accepted.status()).toBe(200);
    expect(((await accepted.json()) as { code: string }[]).map((framework) => framework.code)).toContain("DMD");

    await page.reload();
    await expect(page.getByText(token)).toHaveCount(0); // never shown again
    await expect(row.getByRole("cell").nth(2)).not.toHaveText("Never");
    await row.getByRole("button", { name: `Revoke token ${name}` }).click();
    await expect(row).toContainText("Revoked");
    await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);

    // Refused even though the browser's session cookie goes along: the token decides.
    const refused = await page.request.get("/api/v1/frameworks", { headers });
    expect(refused.status()).toBe(401);
    expect((await refused.json()).error.code).toBe("UNAUTHENTICATED");
  });
});

test.describe("security headers", () => {
  test.use({ signedInAs: "admin" });

  const PAGES = [
    "/",
    "/frameworks",
    "/frameworks/DMD",
    "/frameworks/DMD/indicators/A4.03",
    "/account",
    "/admin/users",
    "/admin/institutions",
    "/audit",
  ];

  test("every page carries a nonce-based Content-Security-Policy and nothing breaks it", async ({ page, browser, baseURL }) => {
    const cspErrors: string[] = [];
    const watch = (watched: Page) => {
      watched.on("console", (message) => {
        if (message.type() === "error" && /content security policy|content-security-policy/i.test(message.text())) {
          cspErrors.push(`${watched.url()}: ${message.text()}`);
        }
      });
    };
    watch(page);

    const nonces: string[] = [];
    const check = async (watched: Page, path: string) => {
      const response = await watched.goto(path);
      expect(response?.status(), path).toBe(200);
      await watched.waitForLoadState("networkidle");
      const policy = (await response!.allHeaders())["content-security-policy"] ?? "";
      expect(policy, path).toContain("frame-ancestors 'none'");
      const nonce = /script-src [^;]*'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce, `${path}: ${policy}`).toBeTruthy();
      nonces.push(nonce!);
      // Next's own scripts carry the nonce of this very response.
      const scriptNonces = await watched.evaluate(() => Array.from(document.scripts, (script) => script.nonce).filter(Boolean));
      expect(scriptNonces.length, path).toBeGreaterThan(0);
      expect(new Set(scriptNonces), path).toEqual(new Set([nonce]));
    };

    for (const path of PAGES) await check(page, path);

    const signedOut = await browser.newContext({ baseURL });
    try {
      const signInPage = await signedOut.newPage();
      watch(signInPage);
      await check(signInPage, "/sign-in");
    } finally {
      await signedOut.close();
    }

    expect(new Set(nonces).size, "a fresh nonce for every response").toBe(nonces.length);
    expect(cspErrors).toEqual([]);
  });
});
