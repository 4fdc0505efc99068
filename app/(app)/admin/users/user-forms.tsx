"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmCheckbox } from "@/components/forms/confirm-checkbox";
import { inviteUserAction, resetUserPasswordAction, setMembershipActiveAction, updateMembershipAction } from "@/app/actions/users";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

type Option = { value: string; label: string };

/** The field names of the error summary, in the person's language. */
function useFieldLabels(): Record<string, string> {
  const t = useTranslations("UserForms");
  return { email: t("email"), name: t("name"), role: t("role"), institutionId: t("institution") };
}

export function InviteUserForm({ roles, institutions }: { roles: Option[]; institutions: Option[] }) {
  const t = useTranslations("UserForms");
  const labels = useFieldLabels();
  const [state, action] = useActionState(inviteUserAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t("inviteHeading")}</h2>
      <FormMessage state={state} labels={labels} />
      <div className="form-row">
        <TextField name="name" label={t("name")} state={state} />
        <TextField name="email" label={t("email")} type="email" state={state} />
      </div>
      <div className="form-row">
        <SelectField name="role" label={t("role")} state={state} defaultValue="FOCAL_POINT" options={roles} />
        <SelectField name="institutionId" label={t("institution")} hint={t("institutionHint")} state={state} options={institutions} />
      </div>
      <SubmitButton>{t("invite")}</SubmitButton>
    </form>
  );
}

export function EditMembershipForm({
  membershipId,
  role,
  institutionId,
  roles,
  institutions,
}: {
  membershipId: string;
  role: string;
  institutionId: string;
  roles: Option[];
  institutions: Option[];
}) {
  const t = useTranslations("UserForms");
  const labels = useFieldLabels();
  const [state, action] = useActionState(updateMembershipAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="role-heading">
      <h2 id="role-heading">{t("editHeading")}</h2>
      <FormMessage state={state} labels={labels} />
      <input type="hidden" name="membershipId" value={membershipId} />
      {/* React resets a form after its action and sets a <select> back to the option it was first
          rendered with, whatever defaultValue says since: keyed by the saved choice, the fields
          are rendered anew with it, so the page never shows the old role after a save. */}
      <div className="form-row" key={`${role}|${institutionId}`}>
        <SelectField name="role" label={t("role")} state={state} defaultValue={role} options={roles} />
        <SelectField
          name="institutionId"
          label={t("institution")}
          hint={t("institutionHint")}
          state={state}
          defaultValue={institutionId}
          options={institutions}
        />
      </div>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}

/** The confirmation's words come from the shared Confirm texts. */
function useDeactivateConfirmation(name: string): string {
  const t = useTranslations("Confirm");
  return t("deactivatePerson", { name });
}

export function MembershipActiveForm({ membershipId, isActive, name }: { membershipId: string; isActive: boolean; name: string }) {
  const [state, action] = useActionState(setMembershipActiveAction, IDLE);
  const t = useTranslations("UserForms");
  const confirmation = useDeactivateConfirmation(name);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      {isActive ? <ConfirmCheckbox idBase="deactivate" state={state} label={confirmation} /> : null}
      <SubmitButton variant={isActive ? "warning" : "secondary"}>{isActive ? t("deactivate") : t("reactivate")}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ membershipId }: { membershipId: string }) {
  const t = useTranslations("UserForms");
  const [state, action] = useActionState(resetUserPasswordAction, IDLE);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <SubmitButton variant="secondary">{t("resetPassword")}</SubmitButton>
    </form>
  );
}
