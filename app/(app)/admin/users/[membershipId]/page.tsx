import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { institutionOptions, ROLE_OPTIONS } from "@/components/forms/role-options";
import { isAppError } from "@/lib/errors";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { getWorkspaceUser } from "@/lib/users/get-workspace-user";
import { EditMembershipForm, MembershipActiveForm, ResetPasswordForm } from "../user-forms";

export const metadata: Metadata = { title: "Person" };

export default async function UserPage(props: PageProps<"/admin/users/[membershipId]">) {
  const { membershipId } = await props.params;
  const access = await requirePageAccess("users.manage");
  const [user, institutions] = await Promise.all([
    getWorkspaceUser(access, membershipId).catch((error: unknown) => {
      if (isAppError(error) && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listInstitutions(access),
  ]);

  return (
    <>
      <Breadcrumbs items={[{ href: "/admin/users", label: "People" }, { label: user.name }]} />
      <div className="page-header">
        <h1>{user.name}</h1>
        <p className="page-header__lead">
          {user.email} · {ROLE_LABELS[user.role]} · {user.isActive ? "active" : "deactivated"}
        </p>
      </div>
      <div className="card">
        <EditMembershipForm
          membershipId={user.membershipId}
          role={user.role}
          institutionId={user.institution?.id ?? ""}
          roles={ROLE_OPTIONS}
          institutions={institutionOptions(institutions)}
        />
      </div>
      <section className="section" aria-labelledby="access-heading">
        <h2 id="access-heading">Access</h2>
        <p>Resetting the password ends the person&apos;s sessions and gives them a temporary password to change at sign-in.</p>
        <div className="button-row">
          <ResetPasswordForm membershipId={user.membershipId} />
          {user.userId === access.user.id ? null : (
            <MembershipActiveForm membershipId={user.membershipId} isActive={user.isActive} name={user.name} />
          )}
        </div>
      </section>
    </>
  );
}
