"use server";

import { getTranslations } from "next-intl/server";
import { runFormAction } from "@/app/_forms/run-form-action";
import { runSwitchAction } from "@/app/_forms/run-switch-action";
import { formValues, type ActionState } from "@/lib/actions/action-state";
import type { AccessContext } from "@/lib/auth/access-context";
import { inviteUser } from "@/lib/users/invite-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import { updateMembership } from "@/lib/users/update-membership";

const PEOPLE_PAGE = ["/admin/users"];

export async function inviteUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const person = { email: values.email ?? "", name: values.name ?? "", role: values.role as never, institutionId: values.institutionId };
  const t = await getTranslations("PeopleInvitation");
  return runFormAction({
    values,
    run: (access) => inviteUser(access, person),
    revalidate: PEOPLE_PAGE,
    // The same answer whether or not the address already had an account elsewhere (lib/users/invite-user.ts).
    success: (result) =>
      result.temporaryPassword === null
        ? t("emailed", { email: values.email ?? "" })
        : { message: t("temporaryPassword", { email: values.email ?? "" }), secret: result.temporaryPassword },
  });
}

export async function updateMembershipAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  const change = { role: values.role as never, institutionId: values.institutionId };
  const run = (access: AccessContext) => updateMembership(access, values.membershipId ?? "", change);
  return runFormAction({ values, run, revalidate: PEOPLE_PAGE, success: "The role and institution were saved." });
}

export async function setMembershipActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const membershipId = String(formData.get("membershipId") ?? "");
  return runSwitchAction(formData, {
    field: "isActive",
    set: (access, isActive) => setMembershipActive(access, membershipId, isActive),
    // Reactivating restores access and needs no confirmation; deactivating ends it at once.
    confirm: (isActive) => (isActive ? null : "Tick the box to confirm that this person loses access"),
    revalidate: PEOPLE_PAGE,
    whenOn: "The person can sign in to this workspace again.",
    whenOff: "The person no longer has access to this workspace.",
  });
}

export async function resetUserPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const membershipId = String(formData.get("membershipId") ?? "");
  const message = "Their sessions were ended. Give them this temporary password; they will choose their own at sign-in:";
  return runFormAction({
    run: (access) => resetUserPassword(access, membershipId),
    revalidate: PEOPLE_PAGE,
    success: ({ temporaryPassword }) => ({ message, secret: temporaryPassword }),
  });
}
