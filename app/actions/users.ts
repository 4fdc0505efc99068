"use server";

import { revalidatePath } from "next/cache";
import { actionError, formValues, type ActionState } from "@/lib/actions/action-state";
import { requireActionAccess } from "@/lib/auth/require-action-access";
import { inviteUser } from "@/lib/users/invite-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setMembershipActive } from "@/lib/users/set-membership-active";
import { updateMembership } from "@/lib/users/update-membership";
import { formBoolean } from "@/lib/actions/form-boolean";

export async function inviteUserAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    const result = await inviteUser(access, {
      email: values.email ?? "",
      name: values.name ?? "",
      role: values.role as never,
      institutionId: values.institutionId,
    });
    revalidatePath("/admin/users");
    // The same answer whether or not the address already had an account elsewhere (lib/users/invite-user.ts).
    return {
      status: "success",
      message: `${values.email} can now sign in with this temporary password, and will choose their own at first sign-in (if they already use Capacitas on this server, their usual password opens this workspace instead):`,
      secret: result.temporaryPassword,
    };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function updateMembershipAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    const access = await requireActionAccess();
    await updateMembership(access, values.membershipId ?? "", { role: values.role as never, institutionId: values.institutionId });
    revalidatePath("/admin/users");
    return { status: "success", message: "The role and institution were saved." };
  } catch (error) {
    return actionError(error, values);
  }
}

export async function setMembershipActiveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const access = await requireActionAccess();
    const isActive = formBoolean(formData, "isActive");
    await setMembershipActive(access, String(formData.get("membershipId") ?? ""), isActive);
    revalidatePath("/admin/users");
    return {
      status: "success",
      message: isActive ? "The person can sign in to this workspace again." : "The person no longer has access to this workspace.",
    };
  } catch (error) {
    return actionError(error);
  }
}

export async function resetUserPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const access = await requireActionAccess();
    const { temporaryPassword } = await resetUserPassword(access, String(formData.get("membershipId") ?? ""));
    revalidatePath("/admin/users");
    return {
      status: "success",
      message: "Their sessions were ended. Give them this temporary password; they will choose their own at sign-in:",
      secret: temporaryPassword,
    };
  } catch (error) {
    return actionError(error);
  }
}
