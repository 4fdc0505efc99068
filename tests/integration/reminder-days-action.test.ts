/**
 * The answer of the reminder days form (app/actions/notifications.ts) reads naturally: the days
 * as a list and the noun agreeing with the last number, the one next to it ("1 day", "14, 7 and
 * 3 days"; in Russian and Romanian, tests/unit/plural-messages.test.ts).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { updateReminderDaysAction } from "@/app/actions/notifications";
import { IDLE } from "@/lib/actions/action-state";
import { actAs, form } from "./bad-input/action-request";
import { createBadInputSetting, type BadInputSetting } from "./bad-input/bad-input-setting";

vi.mock("next/headers", async () => (await import("./bad-input/action-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./bad-input/action-request")).nextCacheMock);

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

describe("the reminder days form's answer", () => {
  it.each([
    ["1", "Reminders will go out 1 day before each deadline."],
    ["3, 14; 7", "Reminders will go out 14, 7 and 3 days before each deadline."],
    ["21", "Reminders will go out 21 days before each deadline."],
  ])("%s", async (typed, answer) => {
    actAs(setting.cookies.admin);
    expect(await updateReminderDaysAction(IDLE, form({ reminderDays: typed }))).toEqual({ status: "success", message: answer });
  });
});
