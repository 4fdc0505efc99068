/**
 * Issue 14, trap 9: closing or reopening a cycle and deactivating a person ask for a ticked
 * "I understand"; without it the action is refused at the box and nothing changes.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { setCycleOpenAction } from "@/app/actions/cycles";
import { setMembershipActiveAction } from "@/app/actions/users";
import { db } from "@/lib/db";
import { IDLE } from "@/lib/actions/action-state";
import { actAs, form } from "./action-request";
import { createBadInputSetting, expectActionRefusal, type BadInputSetting, type Who } from "./bad-input-setting";

/** The handlers these cases exercise (read by coverage.test.ts). */
export const covers = ["app/actions/cycles.ts setCycleOpenAction", "app/actions/users.ts setMembershipActiveAction"];

vi.mock("next/headers", async () => (await import("./action-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./action-request")).nextCacheMock);

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

const as = (who: Who, run: () => Promise<unknown>) => async () => {
  actAs(setting.cookies[who]);
  return run();
};
const cycleFields = () => ({ frameworkCode: setting.frameworkCode, year: String(setting.year) });
const viewerMembership = () => setting.members.viewer.membership.id;

describe("destructive actions ask for confirmation", () => {
  it.each([
    ["close a cycle", () => setCycleOpenAction(IDLE, form({ ...cycleFields(), open: "false" })), "the cycle's values can no longer change"],
    [
      "close a cycle, box sent as on",
      () => setCycleOpenAction(IDLE, form({ ...cycleFields(), open: "false", confirmed: "on" })),
      "Tick the box",
    ],
    [
      "deactivate a person",
      () => setMembershipActiveAction(IDLE, form({ membershipId: viewerMembership(), isActive: "false" })),
      "loses access",
    ],
  ] as const)("%s without the box is refused, at the box, changing nothing", async (_name, call, message) => {
    const who: Who = _name.startsWith("deactivate") ? "admin" : "secretariat";
    await expectActionRefusal({ name: _name, call: as(who, call), message });
    actAs(setting.cookies[who]);
    const state = (await call()) as { problems?: { field?: string }[] };
    expect(state.problems?.map((problem) => problem.field)).toEqual(["confirmed"]);
  });

  it("with the box ticked, the cycle closes and reopens, and the person is deactivated", async () => {
    const cycle = () => db.reportingCycle.findFirstOrThrow({ where: { year: setting.year, framework: { code: setting.frameworkCode } } });
    actAs(setting.cookies.secretariat);
    expect(await setCycleOpenAction(IDLE, form({ ...cycleFields(), open: "false", confirmed: "yes" }))).toMatchObject({
      status: "success",
    });
    expect((await cycle()).status).toBe("CLOSED");
    expect(await setCycleOpenAction(IDLE, form({ ...cycleFields(), open: "true", confirmed: "yes" }))).toMatchObject({ status: "success" });
    expect((await cycle()).status).toBe("OPEN");
    actAs(setting.cookies.admin);
    expect(
      await setMembershipActiveAction(IDLE, form({ membershipId: viewerMembership(), isActive: "false", confirmed: "yes" })),
    ).toMatchObject({ status: "success" });
    expect(await db.membership.findUniqueOrThrow({ where: { id: viewerMembership() } })).toMatchObject({ isActive: false });
    // Reactivating gives access back: no confirmation asked.
    expect(await setMembershipActiveAction(IDLE, form({ membershipId: viewerMembership(), isActive: "true" }))).toMatchObject({
      status: "success",
    });
  });
});
