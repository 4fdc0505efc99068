import { expect, test } from "@playwright/test";
import { randomUUID } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { runInTransaction } from "@/lib/database/run-in-transaction";
import { db } from "@/lib/db";
import { updateMembership } from "@/lib/users/update-membership";
import { createTestMember, TEST_PASSWORD } from "../fixtures/factories";
import { signIn } from "./support/sign-in";
import { signInSpeaking } from "./support/sign-in-speaking";
import { demoWorkspaceId } from "./support/test-data";

test.describe("interface language", () => {
  test("follows the browser before anyone chooses, and a choice from the menu is kept", async ({ browser }) => {
    const context = await browser.newContext({ locale: "ro-MD", extraHTTPHeaders: { "Accept-Language": "ro-MD,ro;q=0.9" } });
    const page = await context.newPage();
    await page.goto("/sign-in");
    await expect(page.locator("html")).toHaveAttribute("lang", "ro");
    await expect(page.locator(".site-footer")).toHaveText(
      "Capacitas · monitorizarea dezvoltării capacităților prin indicatori, cu sursă deschisă",
    );

    await page.getByLabel("Limba", { exact: true }).selectOption("ru");
    await page.getByRole("button", { name: "Schimbă" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByLabel("Язык", { exact: true })).toHaveValue("ru");
    await page.screenshot({ path: "test-results/screens/sign-in-ru.png", fullPage: true });

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
    await context.close();
  });

  test("a signed-in person's choice is saved and follows them into another browser", async ({ browser }) => {
    const person = await createTestMember(await demoWorkspaceId(), "VIEWER");
    const first = await browser.newContext();
    const page = await first.newPage();
    await signIn(page, person.user.email, TEST_PASSWORD);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel("Language", { exact: true }).selectOption("fr");
    await page.getByRole("button", { name: "Change" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByLabel("Langue")).toHaveValue("fr");
    expect((await db.user.findUniqueOrThrow({ where: { id: person.user.id } })).locale).toBe("fr");
    await first.close();

    // Another browser that asks for English still gets French once the person signs in.
    const second = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } });
    const other = await second.newPage();
    await other.goto("/sign-in");
    await expect(other.locator("html")).toHaveAttribute("lang", "en");
    await signIn(other, person.user.email, TEST_PASSWORD);
    await expect(other.locator("html")).toHaveAttribute("lang", "fr");
    await second.close();
  });

  test("an unknown language posted to the menu changes nothing", async ({ page }) => {
    await page.goto("/sign-in");
    await page.locator("#language-switcher-locale").evaluate((select: HTMLSelectElement) => {
      const option = document.createElement("option");
      option.value = "xx";
      option.textContent = "Unknown";
      select.append(option);
      select.value = "xx";
    });
    await page.getByRole("button", { name: "Change" }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  });
  test("the header, navigation, frameworks, matrix and audit log speak the person's language", async ({ browser }) => {
    const person = await createTestMember(await demoWorkspaceId(), "ADMIN");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInSpeaking(page, person.user, "ro");
    await expect(page.locator("html")).toHaveAttribute("lang", "ro");

    await page.goto("/frameworks");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cadre de indicatori");
    const navigation = page.getByRole("navigation", { name: "Principal" });
    await expect(navigation.getByRole("link", { name: "Prezentare generală" })).toBeVisible();
    await expect(navigation.getByRole("link", { name: "Jurnal de audit" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Ieșire" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/frameworks-ro.png", fullPage: true });

    await page.goto("/frameworks/DMD");
    await expect(page.getByText("Domenii tematice")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Vederi ale acestui cadru" }).getByRole("link", { name: "Progres" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Ultima valoare" }).first()).toBeVisible();
    await page.screenshot({ path: "test-results/screens/matrix-ro.png", fullPage: true });

    await page.getByLabel("Limba", { exact: true }).selectOption("ru");
    await page.getByRole("button", { name: "Schimbă" }).click();
    await expect(page.getByText("Тематические области")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/matrix-ru.png", fullPage: true });

    await page.goto("/audit");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Журнал аудита");
    await expect(page.getByRole("button", { name: "Показать записи" })).toBeVisible();
    await page.screenshot({ path: "test-results/screens/audit-ru.png" });
    await context.close();
  });

  test("the audit log names the fields a change recorded and their codes in the reader's language", async ({ browser }) => {
    const workspaceId = await demoWorkspaceId();
    const admin = await createTestMember(workspaceId, "ADMIN");
    const viewer = await createTestMember(workspaceId, "VIEWER");
    await updateMembership(admin, viewer.membership.id, { role: "SECRETARIAT" });
    // A value's review as the log records it: a status that means one thing on a value and another on a version.
    await runInTransaction((tx) =>
      recordAuditEvent(tx, {
        workspaceId,
        actor: { userId: admin.user.id, label: admin.user.email },
        action: "value.approved",
        entityType: "IndicatorValue",
        entityId: randomUUID(),
        before: { status: "SUBMITTED", unknownField: "DRAFT" },
        after: { status: "APPROVED", unknownField: "DRAFT" },
      }),
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInSpeaking(page, admin.user, "ro");

    await page.goto(`/audit?actor=${admin.user.id}&action=membership.updated`);
    const role = page.locator(".change-list > div", { has: page.locator("dt", { hasText: /^Rol$/ }) });
    await expect(role.locator("del")).toHaveText("Observator");
    await expect(role.locator("ins")).toHaveText("Secretariat");
    await expect(page.locator(".change-list dt", { hasText: /^Instituție$/ })).toBeVisible();

    await page.goto(`/audit?actor=${admin.user.id}&action=value.approved`);
    const status = page.locator(".change-list > div", { has: page.locator("dt", { hasText: /^Stare$/ }) });
    await expect(status.locator("del")).toHaveText("Transmis");
    await expect(status.locator("ins")).toHaveText("Aprobat");
    // A field the list does not know keeps its stored name and value.
    const unknown = page.locator(".change-list > div", { has: page.locator("dt", { hasText: /^unknownField$/ }) });
    await expect(unknown.locator("ins")).toHaveText("DRAFT");
    await context.close();
  });
});
