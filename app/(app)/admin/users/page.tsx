import type { Metadata } from "next";
import Link from "next/link";
import { institutionOptions, ROLE_OPTIONS } from "@/components/forms/role-options";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { formatDateTime } from "@/lib/indicators/format-value";
import { listInstitutions } from "@/lib/institutions/list-institutions";
import { listWorkspaceUsers } from "@/lib/users/list-workspace-users";
import { InviteUserForm } from "./user-forms";

export const metadata: Metadata = { title: "People" };

export default async function UsersPage() {
  const access = await requirePageAccess("users.manage");
  const [users, institutions] = await Promise.all([listWorkspaceUsers(access), listInstitutions(access)]);

  return (
    <>
      <div className="page-header">
        <h1>People</h1>
        <p className="page-header__lead">Who has access to {access.workspace.name}, with which role.</p>
      </div>
      <div className="table-wrapper" tabIndex={0} role="region" aria-label="People with access">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail address</th>
              <th scope="col">Role</th>
              <th scope="col">Institution</th>
              <th scope="col">Status</th>
              <th scope="col">Last sign-in</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.membershipId}>
                <th scope="row">
                  <Link href={`/admin/users/${user.membershipId}`}>{user.name}</Link>
                </th>
                <td>{user.email}</td>
                <td>{ROLE_LABELS[user.role]}</td>
                <td>
                  {user.institution ? <abbr title={user.institution.name}>{user.institution.code}</abbr> : <span className="muted">—</span>}
                </td>
                <td>{user.isActive ? (user.mustChangePassword ? "Active · temporary password" : "Active") : "Deactivated"}</td>
                <td>{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : <span className="muted">Never</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card">
        <InviteUserForm roles={ROLE_OPTIONS} institutions={institutionOptions(institutions)} />
      </div>
    </>
  );
}
