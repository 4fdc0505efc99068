/**
 * Bad input to the server actions of accounts and administration (sign-in, sign-out, password,
 * API tokens, people, institutions), called directly with FormData as a form sends it: each
 * case answers an error state with a clear message and leaves the database unchanged row for
 * row (issue 18, item 9). Only input that fails before a password is checked is sent: a wrong
 * password is a counted, audited attempt by design.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createApiTokenAction, revokeApiTokenAction } from "@/app/actions/api-tokens";
import { changePasswordAction } from "@/app/actions/change-password";
import { createInstitutionAction, renameInstitutionAction, setInstitutionActiveAction } from "@/app/actions/institutions";
import { signInAction } from "@/app/actions/sign-in";
import { signOutAction } from "@/app/actions/sign-out";
import { inviteUserAction, resetUserPasswordAction, setMembershipActiveAction, updateMembershipAction } from "@/app/actions/users";
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
  "app/actions/api-tokens.ts createApiTokenAction",
  "app/actions/api-tokens.ts revokeApiTokenAction",
  "app/actions/change-password.ts changePasswordAction",
  "app/actions/institutions.ts createInstitutionAction",
  "app/actions/institutions.ts renameInstitutionAction",
  "app/actions/institutions.ts setInstitutionActiveAction",
  "app/actions/sign-in.ts signInAction",
  "app/actions/sign-out.ts signOutAction",
  "app/actions/users.ts inviteUserAction",
  "app/actions/users.ts resetUserPasswordAction",
  "app/actions/users.ts setMembershipActiveAction",
  "app/actions/users.ts updateMembershipAction",
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
const mlspMembership = () => setting.members.mlsp.membership.id;
const mlspInstitution = () => setting.members.mlsp.membership.institution!.id;

const CASES: ActionCase[] = [
  // sign-in: refused before any password is checked
  {
    name: "sign in: no e-mail",
    call: as(null, () => signInAction(IDLE, form({ email: "", password: "x" }))),
    message: "Enter your e-mail address and password",
  },
  {
    name: "sign in: a 1 MB e-mail",
    call: as(null, () => signInAction(IDLE, form({ email: MEGABYTE, password: "x" }))),
    message: "Enter your e-mail address and password",
  },
  {
    name: "sign in: a 1 MB password",
    call: as(null, () => signInAction(IDLE, form({ email: "a@b.example", password: MEGABYTE }))),
    message: "Enter your e-mail address and password",
  },
  // password change
  {
    name: "change password: the new ones differ",
    call: as("viewer", () =>
      changePasswordAction(
        IDLE,
        form({ currentPassword: "x", newPassword: "a much longer passphrase", confirmPassword: "another passphrase" }),
      ),
    ),
    message: "Check the passwords",
  },
  {
    name: "change password: a 1 MB current password",
    call: as("viewer", () =>
      changePasswordAction(
        IDLE,
        form({ currentPassword: MEGABYTE, newPassword: "a much longer passphrase", confirmPassword: "a much longer passphrase" }),
      ),
    ),
    message: "Check the passwords",
  },
  {
    name: "change password: a 1 MB new password",
    call: as("viewer", () => changePasswordAction(IDLE, form({ currentPassword: "x", newPassword: MEGABYTE, confirmPassword: MEGABYTE }))),
    message: "Check the passwords",
  },
  // API tokens
  {
    name: "new token: no name",
    call: as("mlsp", () => createApiTokenAction(IDLE, form({ name: "", expiresInDays: "30" }))),
    message: "Check the token's details",
  },
  {
    name: "new token: a 1 MB name",
    call: as("mlsp", () => createApiTokenAction(IDLE, form({ name: MEGABYTE, expiresInDays: "30" }))),
    message: "Check the token's details",
  },
  {
    name: "new token: a lifetime of letters",
    call: as("mlsp", () => createApiTokenAction(IDLE, form({ name: "CI", expiresInDays: "forever" }))),
    message: "Check the token's details",
  },
  {
    name: "revoke token: an unknown token",
    call: as("mlsp", () => revokeApiTokenAction(IDLE, form({ tokenId: "nope" }))),
    message: "No such token",
  },
  {
    name: "revoke token: signed out",
    call: as(null, () => revokeApiTokenAction(IDLE, form({ tokenId: "nope" }))),
    message: "Your session has ended",
  },
  // people
  {
    name: "invite: an address that is no e-mail",
    call: as("admin", () => inviteUserAction(IDLE, form({ email: "not-an-address", name: "A", role: "VIEWER" }))),
    message: "Check the person's details",
  },
  {
    name: "invite: a 1 MB e-mail",
    call: as("admin", () => inviteUserAction(IDLE, form({ email: `${MEGABYTE}@x.example`, name: "A", role: "VIEWER" }))),
    message: "Check the person's details",
  },
  {
    name: "invite: a 1 MB name",
    call: as("admin", () => inviteUserAction(IDLE, form({ email: "new@x.example", name: MEGABYTE, role: "VIEWER" }))),
    message: "Check the person's details",
  },
  {
    name: "invite: an unknown role",
    call: as("admin", () => inviteUserAction(IDLE, form({ email: "new@x.example", name: "A", role: "OWNER" }))),
    message: "Check the person's details",
  },
  {
    name: "invite: a focal point without an institution",
    call: as("admin", () => inviteUserAction(IDLE, form({ email: "new@x.example", name: "A", role: "FOCAL_POINT" }))),
    message: "Check the person's details",
  },
  {
    name: "invite: by a secretariat member",
    call: as("secretariat", () => inviteUserAction(IDLE, form({ email: "new@x.example", name: "A", role: "VIEWER" }))),
    message: "Your role (secretariat) cannot do this",
  },
  {
    name: "change role: an unknown role",
    call: as("admin", () => updateMembershipAction(IDLE, form({ membershipId: mlspMembership(), role: "ROOT" }))),
    message: "Check the role and institution",
  },
  {
    name: "change role: an institution id that is no id",
    call: as("admin", () =>
      updateMembershipAction(IDLE, form({ membershipId: mlspMembership(), role: "FOCAL_POINT", institutionId: "MLSP" })),
    ),
    message: "Check the role and institution",
  },
  {
    name: "deactivate person: isActive=0 is refused, not read as deactivating",
    call: as("admin", () => setMembershipActiveAction(IDLE, form({ membershipId: mlspMembership(), isActive: "0" }))),
    message: "isActive is true or false",
  },
  {
    name: "reset password: an unknown membership",
    call: as("admin", () => resetUserPasswordAction(IDLE, form({ membershipId: "nope" }))),
    message: "No such person in this workspace",
  },
  // institutions
  {
    name: "new institution: a code with spaces",
    call: as("admin", () => createInstitutionAction(IDLE, form({ code: "M L", name: "Ministry" }))),
    message: "Check the institution's details",
  },
  {
    name: "new institution: a 1 MB name",
    call: as("admin", () => createInstitutionAction(IDLE, form({ code: "MXY", name: MEGABYTE }))),
    message: "Check the institution's details",
  },
  {
    name: "rename institution: an empty name",
    call: as("admin", () => renameInstitutionAction(IDLE, form({ institutionId: mlspInstitution(), name: "" }))),
    message: "Check the name",
  },
  {
    name: "deactivate institution: isActive=yes is refused",
    call: as("admin", () => setInstitutionActiveAction(IDLE, form({ institutionId: mlspInstitution(), isActive: "yes" }))),
    message: "isActive is true or false",
  },
];

describe("bad input to the accounts and administration server actions", () => {
  it.each(CASES.map((testCase) => [testCase.name, testCase] as const))("%s", async (_name, testCase) => {
    await expectActionRefusal(testCase);
  });

  it("sign out without a session changes nothing and sends the browser to the sign-in page, not a 500", async () => {
    actAs(null);
    const before = await snapshotEveryTable();
    await expect(signOutAction()).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(await snapshotEveryTable()).toEqual(before);
  });
});
