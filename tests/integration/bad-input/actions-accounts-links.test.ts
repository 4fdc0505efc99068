/**
 * Bad input to the account actions used without a session or from any page: "Forgot
 * password?", the one-time link's new password, and the language switch. Each case changes
 * nothing row for row; the password forms answer an error state with a clear message, and the
 * language switch (a form without a state) shows a safe page of ours again (issue 18).
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { changeLanguageAction } from "@/app/actions/change-language";
import { requestPasswordResetAction } from "@/app/actions/request-password-reset";
import { setPasswordFromLinkAction } from "@/app/actions/set-password-from-link";
import { IDLE } from "@/lib/actions/action-state";
import { actAs, form } from "./action-request";
import {
  createBadInputSetting,
  expectActionRefusal,
  MEGABYTE,
  snapshotEveryTable,
  type ActionCase,
  type BadInputSetting,
  type Who,
} from "./bad-input-setting";

/** The handlers these cases exercise (read by coverage.test.ts). */
export const covers = [
  "app/actions/change-language.ts changeLanguageAction",
  "app/actions/request-password-reset.ts requestPasswordResetAction",
  "app/actions/set-password-from-link.ts setPasswordFromLinkAction",
];

vi.mock("next/headers", async () => (await import("./action-request")).nextHeadersMock);
vi.mock("next/cache", async () => (await import("./action-request")).nextCacheMock);

let setting: BadInputSetting;
beforeAll(async () => {
  setting = await createBadInputSetting();
});

const as = (who: Who | null, run: () => Promise<unknown>) => async () => {
  actAs(who ? setting.cookies[who] : null);
  return run();
};
/** A token of the issued shape (43 base64url characters) that no link has. */
const UNKNOWN_TOKEN = "A".repeat(43);
const GOOD_PASSWORD = "a much longer passphrase";
const newPassword = (fields: Record<string, string>) =>
  as(null, () =>
    setPasswordFromLinkAction(IDLE, form({ token: UNKNOWN_TOKEN, newPassword: GOOD_PASSWORD, confirmPassword: GOOD_PASSWORD, ...fields })),
  );

const CASES: ActionCase[] = [
  {
    name: "forgot password: no e-mail",
    call: as(null, () => requestPasswordResetAction(IDLE, form({ email: "" }))),
    message: "Enter your e-mail address",
  },
  {
    name: "forgot password: spaces only",
    call: as(null, () => requestPasswordResetAction(IDLE, form({ email: "   " }))),
    message: "Enter your e-mail address",
  },
  {
    name: "forgot password: a 1 MB e-mail",
    call: as(null, () => requestPasswordResetAction(IDLE, form({ email: MEGABYTE }))),
    message: "Enter your e-mail address",
  },
  { name: "link password: no token", call: newPassword({ token: "" }), message: "Check the password" },
  { name: "link password: a cut token", call: newPassword({ token: UNKNOWN_TOKEN.slice(0, 20) }), message: "Check the password" },
  { name: "link password: a 1 MB token", call: newPassword({ token: MEGABYTE }), message: "Check the password" },
  { name: "link password: the two differ", call: newPassword({ confirmPassword: "another passphrase" }), message: "Check the password" },
  {
    name: "link password: too short",
    call: newPassword({ newPassword: "short", confirmPassword: "short" }),
    message: "Check the password",
  },
  { name: "link password: 1 MB", call: newPassword({ newPassword: MEGABYTE, confirmPassword: MEGABYTE }), message: "Check the password" },
  { name: "link password: a token no link has", call: newPassword({}), message: /link/i },
];

/** The redirect Next.js signals by throwing, read from its digest ("NEXT_REDIRECT;replace;/path;307;"). */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  const thrown = await run().then(
    () => undefined,
    (error: unknown) => error,
  );
  const digest = String((thrown as { digest?: unknown } | undefined)?.digest ?? "");
  expect(digest).toMatch(/^NEXT_REDIRECT;/);
  return digest.split(";")[2]!;
}

const LANGUAGE_CASES: { name: string; who: Who | null; fields: Record<string, string>; goesTo: string }[] = [
  { name: "an unknown language, signed in", who: "viewer", fields: { locale: "xx", returnTo: "/account" }, goesTo: "/account" },
  { name: "a 1 MB language, signed in", who: "admin", fields: { locale: MEGABYTE, returnTo: "/" }, goesTo: "/" },
  { name: "no language, signed out", who: null, fields: { returnTo: "/sign-in" }, goesTo: "/sign-in" },
  {
    name: "an unknown language and another site to go back to",
    who: "viewer",
    fields: { locale: "zz", returnTo: "//evil.example/" },
    goesTo: "/",
  },
  { name: "a malformed escape to go back to", who: "viewer", fields: { locale: "de", returnTo: "/frameworks/%E0%A4%A" }, goesTo: "/" },
];

describe("bad input to the account-link actions", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase]))("%s", async (_name, testCase) => {
    await expectActionRefusal(testCase);
  });

  it.each(LANGUAGE_CASES.map((testCase) => [testCase.name, testCase]))(
    "language switch: %s changes nothing and shows a page of ours again",
    async (_name, { who, fields, goesTo }) => {
      const before = await snapshotEveryTable();
      actAs(who ? setting.cookies[who] : null);
      expect(await redirectOf(() => changeLanguageAction(form(fields)))).toBe(goesTo);
      expect(await snapshotEveryTable()).toEqual(before);
    },
  );
});
