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
  const t = await getTranslations("FormResults");
  return runFormAction({ values, run, revalidate: PEOPLE_PAGE, success: t("roleSaved") });
}

export async function setMembershipActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const membershipId = String(formData.get("membershipId") ?? "");
  const t = await getTranslations("FormResults");
  return runSwitchAction(formData, {
    field: "isActive",
    set: (access, isActive) => setMembershipActive(access, membershipId, isActive),
    // Reactivating restores access and needs no confirmation; deactivating ends it at once.
    confirm: (isActive) => (isActive ? null : t("confirmLosesAccess")),
    revalidate: PEOPLE_PAGE,
    whenOn: t("personActive"),
    whenOff: t("personInactive"),
  });
}

export async function resetUserPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const membershipId = String(formData.get("membershipId") ?? "");
  const t = await getTranslations("FormResults");
  const message = t("passwordReset");
  return runFormAction({
    run: (access) => resetUserPassword(access, membershipId),
    revalidate: PEOPLE_PAGE,
    success: ({ temporaryPassword }) => ({ message, secret: temporaryPassword }),
  });
}
