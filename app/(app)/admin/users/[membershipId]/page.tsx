import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { institutionOptions, roleOptions } from "@/components/forms/role-options";
import { isAppError } from "@/lib/errors";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getRoleLabels } from "@/app/_i18n/get-role-labels";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { getWorkspaceUser } from "@/lib/users/get-workspace-user";
import { EditMembershipForm, MembershipActiveForm, ResetPasswordForm } from "../user-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PersonPage");
  return { title: t("title") };
}

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
  const [t, roleLabels, roles, institutionChoices] = await Promise.all([
    getTranslations("PersonPage"),
    getRoleLabels(),
    roleOptions(),
    institutionOptions(institutions),
  ]);

  return (
    <>
      <Breadcrumbs items={[{ href: "/admin/users", label: t("people") }, { label: user.name }]} />
      <div className="page-header">
        <h1>{user.name}</h1>
        <p className="page-header__lead">
          {user.email} · {roleLabels[user.role]} · {user.isActive ? t("active") : t("deactivated")}
        </p>
      </div>
      <div className="card">
        <EditMembershipForm
          membershipId={user.membershipId}
          role={user.role}
          institutionId={user.institution?.id ?? ""}
          roles={roles}
          institutions={institutionChoices}
        />
      </div>
      <section className="section" aria-labelledby="access-heading">
        <h2 id="access-heading">{t("accessHeading")}</h2>
        <p>{t("accessIntro")}</p>
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
