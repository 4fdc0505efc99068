"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmCheckbox } from "@/components/forms/confirm-checkbox";
import { inviteUserAction, resetUserPasswordAction, setMembershipActiveAction, updateMembershipAction } from "@/app/actions/users";
import { FormMessage, SelectField, SubmitButton, TextField } from "@/components/forms/form-parts";
import { IDLE } from "@/lib/actions/action-state";

type Option = { value: string; label: string };
const LABELS = { email: "E-mail address", name: "Name", role: "Role", institutionId: "Institution" };

export function InviteUserForm({ roles, institutions }: { roles: Option[]; institutions: Option[] }) {
  const [state, action] = useActionState(inviteUserAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="invite-heading">
      <h2 id="invite-heading">Give a person access</h2>
      <FormMessage state={state} labels={LABELS} />
      <div className="form-row">
        <TextField name="name" label="Name" state={state} />
        <TextField name="email" label="E-mail address" type="email" state={state} />
      </div>
      <div className="form-row">
        <SelectField name="role" label="Role" state={state} defaultValue="FOCAL_POINT" options={roles} />
        <SelectField name="institutionId" label="Institution" hint="Required for focal points" state={state} options={institutions} />
      </div>
      <SubmitButton>Give access</SubmitButton>
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
  const [state, action] = useActionState(updateMembershipAction, IDLE);
  return (
    <form action={action} noValidate aria-labelledby="role-heading">
      <h2 id="role-heading">Role and institution</h2>
      <FormMessage state={state} labels={LABELS} />
      <input type="hidden" name="membershipId" value={membershipId} />
      {/* React resets a form after its action and sets a <select> back to the option it was first
          rendered with, whatever defaultValue says since: keyed by the saved choice, the fields
          are rendered anew with it, so the page never shows the old role after a save. */}
      <div className="form-row" key={`${role}|${institutionId}`}>
        <SelectField name="role" label="Role" state={state} defaultValue={role} options={roles} />
        <SelectField
          name="institutionId"
          label="Institution"
          hint="Required for focal points"
          state={state}
          defaultValue={institutionId}
          options={institutions}
        />
      </div>
      <SubmitButton>Save role and institution</SubmitButton>
    </form>
  );
}

export function MembershipActiveForm({ membershipId, isActive, name }: { membershipId: string; isActive: boolean; name: string }) {
  const [state, action] = useActionState(setMembershipActiveAction, IDLE);
  const t = useTranslations("Confirm");
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <input type="hidden" name="isActive" value={isActive ? "false" : "true"} />
      {isActive ? <ConfirmCheckbox idBase="deactivate" state={state} label={t("deactivatePerson", { name })} /> : null}
      <SubmitButton variant={isActive ? "warning" : "secondary"}>{isActive ? "Deactivate access" : "Reactivate access"}</SubmitButton>
    </form>
  );
}

export function ResetPasswordForm({ membershipId }: { membershipId: string }) {
  const [state, action] = useActionState(resetUserPasswordAction, IDLE);
  return (
    <form action={action}>
      <FormMessage state={state} />
      <input type="hidden" name="membershipId" value={membershipId} />
      <SubmitButton variant="secondary">Reset password</SubmitButton>
    </form>
  );
}
