import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { institutionOptions, roleOptions } from "@/components/forms/role-options";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { getRoleLabels } from "@/app/_i18n/get-role-labels";
import { formatDateTime } from "@/lib/indicators/format-value";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { listWorkspaceUsers } from "@/lib/users/list-workspace-users";
import { InviteUserForm } from "./user-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("PeoplePage");
  return { title: t("title") };
}

export default async function UsersPage() {
  const access = await requirePageAccess("users.manage");
  const [users, institutions, t, locale, roleLabels, roles] = await Promise.all([
    listWorkspaceUsers(access),
    listInstitutions(access),
    getTranslations("PeoplePage"),
    getInterfaceLocale(),
    getRoleLabels(),
    roleOptions(),
  ]);

  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="page-header__lead">{t("lead", { workspace: access.workspace.name })}</p>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("table")}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("institution")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("lastSignIn")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.membershipId}>
                <th scope="row">
                  <Link href={`/admin/users/${user.membershipId}`}>{user.name}</Link>
                </th>
                <td>{user.email}</td>
                <td>{roleLabels[user.role]}</td>
                <td>
                  {user.institution ? <abbr title={user.institution.name}>{user.institution.code}</abbr> : <span className="muted">—</span>}
                </td>
                <td>{user.isActive ? (user.mustChangePassword ? t("activeTemporary") : t("active")) : t("deactivated")}</td>
                <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : <span className="muted">{t("never")}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <InviteUserForm roles={roles} institutions={await institutionOptions(institutions)} />
      </div>
    </>
  );
}
