import { mkdirSync } from "node:fs";
import { db } from "@/lib/db";
import { saveCycleValues } from "@/lib/monitoring/save-cycle-values";
import { submitCycleValues } from "@/lib/monitoring/submit-cycle-values";
import {
  buildFrameworkDefinition,
  buildIndicator,
  createTestFramework,
  createTestMember,
  openTestCycle,
  TEST_PASSWORD,
  uniqueCode,
} from "../fixtures/factories";
import { waitForMail } from "./support/mailbox";
import { ownCycle } from "./support/own-cycle";
import { runRemindersAt } from "./support/reminders";
import { DEMO_ACCOUNTS, expect, signIn, test } from "./support/sign-in";
import { demoWorkspaceId } from "./support/test-data";

// E-mail as people meet it (issue 14): the e2e server sends through SMTP_URL to a real SMTP
// server in the test runner (support/global-setup.ts); the tests read what arrived there and
// follow its links in the browser.

const SHOTS = "/tmp/shots-notify";
const FOCAL = DEMO_ACCOUNTS.focal.email;

test("an invited person chooses a password from the e-mailed link and signs in with it; the link works once", async ({ page, pageAs }) => {
  test.setTimeout(120_000);
  const code = uniqueCode().toLowerCase();
  const name = `Ileana Invited ${code}`;
  const email = `invited-${code}@test.example`;
  const password = `a chosen passphrase for ${code}`;

  const admin = await pageAs("admin");
  await admin.goto("/admin/users");
  const form = admin.getByRole("form", { name: "Give a person access" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("E-mail address").fill(email);
  await form.getByLabel("Role").selectOption({ label: "Viewer" });
  await form.getByRole("button", { name: "Give access" }).click();
  await expect(form.getByRole("status")).toContainText(`An invitation was e-mailed to ${email}`);
  // No temporary password on screen: the link replaces it.
  await expect(form.locator("code.secret")).toHaveCount(0);

  const mail = await waitForMail(email, (received) => received.subject.startsWith("Your access to"));
  expect(mail.text).toContain("Ana Administrator gave you access");
  const link = /http:\/\/\S+\/set-password\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  expect(link, mail.text).toBeDefined();

  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome: choose your password");
  await page.getByLabel("New password", { exact: true }).fill(password);
  await page.getByLabel("New password again").fill(password);
  await page.getByRole("button", { name: "Save the password" }).click();
  await expect(page.getByText("Your password is saved. You can now sign in with it.")).toBeVisible();
  await page.getByRole("link", { name: "Sign in" }).click();
  await signIn(page, email, password);
  await expect(page.locator(".site-header__user > span")).toHaveText(`${name} · Viewer`);

  // A second use (a forwarded e-mail, another tab) finds the link spent.
  await page.goto(link!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
});

test("a returned value reaches its focal point as an e-mail with the reason and link, and as a notice", async ({ pageAs }) => {
  test.setTimeout(150_000);
  const { workspaceId, code } = await ownCycle();
  const reporter = await createTestMember(workspaceId, "FOCAL_POINT", { institutionCode: "MLSP" });
  await saveCycleValues(reporter, { frameworkCode: code, year: 2025 }, [{ indicator: "A1.1", value: 1234, version: null }]);
  await submitCycleValues(reporter, { frameworkCode: code, year: 2025 });
  const value = await db.indicatorValue.findFirstOrThrow({
    where: { year: 2025, disaggregation: "", indicator: { code: "A1.1", version: { framework: { code, workspaceId } } } },
  });
  const reason = `The annual report says 1,243 ${uniqueCode("R")}`;

  // The secretariat returns it on the review page, at the width of a small laptop.
  const secretariat = await pageAs("secretariat");
  await secretariat.setViewportSize({ width: 1280, height: 900 });
  await secretariat.goto(`/cycles/${code}/2025/review`);
  const row = secretariat.locator("tbody tr").filter({ has: secretariat.locator("th .code", { hasText: /^A1\.1$/ }) });
  await expect(row).toHaveCount(1);
  mkdirSync(SHOTS, { recursive: true });
  await secretariat.screenshot({ path: `${SHOTS}/review-page-1280.png`, fullPage: true });
  await row.locator(".review-return summary").click();
  await row.getByLabel("Why is it returned?").fill(reason);
  await row.getByRole("button", { name: "Return to the institution" }).click();
  await expect(secretariat.getByRole("status").filter({ hasText: "Returned 1 value to the institution." })).toBeVisible();

  // By e-mail, to the demo focal point of MLSP, who did not submit it but answers for MLSP.
  const mail = await waitForMail(FOCAL, (received) => received.text.includes(`/values/${value.id}`));
  expect(mail.subject).toBe("Value returned: A1.1 2025");
  expect(mail.text).toContain(`Reason: ${reason}`);
  const link = new RegExp(`http://\\S+/values/${value.id}`).exec(mail.text)![0];

  // And in the application: the notice, with its link to the value, where the reason is shown.
  const focal = await pageAs("focal");
  await focal.setViewportSize({ width: 1280, height: 900 });
  await focal.goto("/notifications");
  const notice = focal.getByRole("list", { name: "Your notifications" }).getByRole("listitem").filter({ hasText: reason });
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText("Unread");
  await notice.getByRole("link", { name: "Value returned: A1.1 2025" }).click();
  await expect(focal).toHaveURL(new RegExp(`/values/${value.id}$`));
  expect(new URL(link).pathname).toBe(new URL(focal.url()).pathname);
  await expect(focal.getByText(reason).first()).toBeVisible();

  // The entry page, where the focal point answers it, at 1,280 px.
  await focal.goto(`/cycles/${code}/2025/entry`);
  await expect(focal.locator(".entry-returned", { hasText: reason })).toBeVisible();
  await focal.screenshot({ path: `${SHOTS}/entry-page-1280.png`, fullPage: true });
});

test("a reminder goes out to a late institution three days before its deadline, on the clock the test sets", async ({ pageAs }) => {
  test.setTimeout(120_000);
  const workspaceId = await demoWorkspaceId();
  const definition = buildFrameworkDefinition({ areas: 1, indicatorsPerArea: 0 });
  definition.areas[0]!.indicators = [
    buildIndicator("A1.1", "NUMBER", { name: "Returnees counselled", leadInstitution: "MLSP", unit: "persons" }),
  ];
  const framework = await createTestFramework(workspaceId, definition);
  const deadline = "2031-01-31";
  await openTestCycle(await createTestMember(workspaceId, "SECRETARIAT"), framework.code, 2025, {
    submissionDeadline: deadline,
    consolidationDeadline: "2031-03-31",
  });

  // The reminders take "now" as a parameter: the test's clock is three days before the deadline.
  const run = runRemindersAt(new Date("2031-01-28T08:00:00Z"));
  expect(run.institutions).toBeGreaterThan(0);

  const subject = `Reminder: ${framework.code} 2025 values due ${deadline}`;
  const mail = await waitForMail(FOCAL, (received) => received.subject === subject);
  expect(mail.text).toContain(`The reporting deadline of ${framework.code} 2025 is ${deadline}, in 3 days.`);
  expect(mail.text).toContain("Your institution has submitted 0 of its 1 indicators; 1 still to enter or submit.");
  expect(mail.text).toMatch(new RegExp(`http://\\S+/cycles/${framework.code}/2025/entry`));

  const focal = await pageAs("focal");
  await focal.goto("/notifications");
  const notice = focal.getByRole("list", { name: "Your notifications" }).getByRole("listitem").filter({ hasText: subject });
  await expect(notice).toHaveCount(1);
  await notice.getByRole("link", { name: subject }).click();
  await expect(focal).toHaveURL(new RegExp(`/cycles/${framework.code}/2025/entry$`));
});

test("a person chooses a weekly digest on their account page, and the choice is kept", async ({ page }) => {
  test.setTimeout(90_000);
  const person = await createTestMember(await demoWorkspaceId(), "VIEWER");
  await page.goto("/sign-in");
  await signIn(page, person.user.email, TEST_PASSWORD);
  await page.goto("/account#e-mail");
  const digest = page.getByRole("group", { name: "Digest of unread notices" });
  await expect(digest.getByRole("radio", { name: "No digest" })).toBeChecked();
  await digest.getByRole("radio", { name: /^Weekly: / }).check();
  await page.getByRole("button", { name: "Save e-mail choices" }).click();
  await expect(page.getByRole("status")).toContainText("Your e-mail choices were saved.");
  await page.reload();
  await expect(page.getByRole("group", { name: "Digest of unread notices" }).getByRole("radio", { name: /^Weekly: / })).toBeChecked();
});
