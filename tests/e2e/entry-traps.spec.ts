/**
 * Two traps of the entry form found in the tour (issue 14, item 5): typed values were lost
 * without a word when the person left the page (trap 4), and a comment's length limit was told
 * only at save while keyboard focus could land under the sticky action bar (trap 8).
 */
import type { Page } from "@playwright/test";
import { buildIndicator } from "../fixtures/factories";
import { ownCycle } from "./support/own-cycle";
import { expect, test } from "./support/sign-in";

test.use({ signedInAs: "focal" });

/** Answers "stay" to every question the page asks, and notes each as "type: message". */
function dismissDialogs(page: Page): string[] {
  const questions: string[] = [];
  page.on("dialog", (dialog) => {
    questions.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return questions;
}

const leaveByBreadcrumb = (page: Page) =>
  page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Reporting cycles" }).click();

test.describe("trap 4: leaving the entry form with unsaved values", () => {
  test("a link of the application asks first; staying keeps what was typed, and once saved nothing is asked", async ({ page }) => {
    const { code } = await ownCycle();
    await page.goto(`/cycles/${code}/2025/entry`);
    const number = page.getByRole("group", { name: /Returnees counselled/ }).getByLabel("Total");
    await number.fill("42");

    const questions = dismissDialogs(page);
    await leaveByBreadcrumb(page);
    await expect.poll(() => questions).toEqual(["confirm: You have unsaved changes in this form. Leave the page and lose them?"]);
    await expect(page).toHaveURL(new RegExp(`/cycles/${code}/2025/entry$`));
    await expect(number).toHaveValue("42");

    await page.getByRole("button", { name: "Save draft" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Draft saved: 1 new, 0 changed" })).toBeVisible();
    await leaveByBreadcrumb(page);
    await expect(page).toHaveURL(/\/cycles$/);
    expect(questions).toHaveLength(1);
  });

  test("closing or reloading the page with unsaved values asks the browser's question", async ({ page }) => {
    const { code } = await ownCycle();
    await page.goto(`/cycles/${code}/2025/entry`);
    await page
      .getByRole("group", { name: /Returnees counselled/ })
      .getByLabel("Total")
      .fill("42");
    const asked = page.waitForEvent("dialog");
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.accept();
  });
});

test.describe("trap 8: a comment's limit and the sticky action bar", () => {
  test("the comment says how much room is left as the person types, and how much is too much before saving", async ({ page }) => {
    const { code } = await ownCycle();
    await page.goto(`/cycles/${code}/2025/entry`);
    const group = page.getByRole("group", { name: /Returnees counselled/ });
    await group.getByText("Comment, source and evidence").click();
    const comment = group.getByLabel("Comment");
    await expect(comment).toHaveAccessibleDescription(/4,000 characters left of 4,000/);
    await comment.fill("Counted from the ministry's register.");
    await expect(comment).toHaveAccessibleDescription(/3,963 characters left of 4,000/);
    await comment.fill("x".repeat(4003));
    await expect(comment).toHaveAccessibleDescription(/3 characters too many: at most 4,000/);
    await expect(comment).toHaveAttribute("aria-invalid", "true");
  });

  test("a field reached with Tab is never hidden under the sticky action bar (WCAG 2.4.11)", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    const indicators = Array.from({ length: 14 }, (_, index) => buildIndicator(`A1.${index + 1}`, "NUMBER"));
    const { code } = await ownCycle(indicators);
    await page.goto(`/cycles/${code}/2025/entry`);
    await page
      .getByRole("group", { name: /A1\.1 / })
      .getByLabel("Total")
      .focus();
    // Every stop of the form, from the first value to the bar's own buttons: each must stand above the bar.
    const hidden: string[] = [];
    for (let presses = 0; presses < 60; presses += 1) {
      await page.keyboard.press("Tab");
      const place = await page.evaluate(() => {
        const active = document.activeElement;
        const bar = document.querySelector(".entry-actions")!;
        if (!active || bar.contains(active)) return null;
        return {
          name: active.id || active.textContent?.trim(),
          bottom: active.getBoundingClientRect().bottom,
          barTop: bar.getBoundingClientRect().top,
        };
      });
      if (!place) break;
      if (place.bottom > place.barTop + 0.5) hidden.push(`${place.name}: ${place.bottom} > ${place.barTop}`);
    }
    await expect(page.getByRole("button", { name: "Save draft" })).toBeFocused();
    expect(hidden).toEqual([]);
  });
});
