import type { Metadata } from "next";
import Link from "next/link";
import { listOwnApiTokens } from "@/lib/api-tokens/list-own-api-tokens";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { formatDateTime } from "@/lib/indicators/format-value";
import { getEmailPreferences } from "@/lib/notifications/get-email-preferences";
import { NOTIFICATION_KIND_LABELS } from "@/lib/notifications/notification-kinds";
import { CreateApiTokenForm, RevokeApiTokenForm } from "./api-token-forms";
import { EmailPreferenceForm } from "./email-preference-form";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage(props: PageProps<"/account">) {
  const access = await requirePageAccess();
  const [tokens, email] = await Promise.all([listOwnApiTokens(access), getEmailPreferences(access)]);
  const { password } = await props.searchParams;
  const now = new Date();

  return (
    <>
      <div className="page-header">
        <h1>Your account</h1>
      </div>
      {password === "changed" ? (
        <div className="notice notice--success" role="status">
          <p>Your password was changed. Your other sessions were signed out.</p>
        </div>
      ) : null}
      <dl className="summary-list">
        <dt>Name</dt>
        <dd>{access.user.name}</dd>
        <dt>E-mail address</dt>
        <dd>{access.user.email}</dd>
        <dt>Workspace</dt>
        <dd>{access.workspace.name}</dd>
        <dt>Role</dt>
        <dd>{ROLE_LABELS[access.membership.role]}</dd>
        <dt>Institution</dt>
        <dd>{access.membership.institution ? `${access.membership.institution.name} (${access.membership.institution.code})` : "None"}</dd>
        <dt>Password</dt>
        <dd>
          <Link href="/account/password">Change your password</Link>
        </dd>
      </dl>

      <section className="section" id="e-mail" aria-labelledby="e-mail-heading">
        <h2 id="e-mail-heading">E-mail</h2>
        {email.isEmailOn ? null : (
          <p className="muted">E-mail is off in this installation: your notices appear under Notifications only.</p>
        )}
        <EmailPreferenceForm
          options={email.kinds.map(({ kind }) => ({ value: kind, label: NOTIFICATION_KIND_LABELS[kind] }))}
          chosen={email.kinds.filter((entry) => entry.byEmail).map((entry) => entry.kind)}
          digest={email.digest}
        />
      </section>

      <section className="section" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">API tokens</h2>
        <p>
          A token lets another system use the API on your behalf, with exactly your permissions. Send it in the header{" "}
          <code>Authorization: Bearer &lt;token&gt;</code>. Revoke a token as soon as the system no longer needs it.
        </p>
        {tokens.length === 0 ? (
          <p className="muted">You have no tokens.</p>
        ) : (
          <div className="table-wrapper" tabIndex={0} role="region" aria-label="Your API tokens">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Starts with</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => {
                  const expired = token.expiresAt !== null && token.expiresAt <= now;
                  return (
                    <tr key={token.id}>
                      <th scope="row">{token.name}</th>
                      <td className="code-cell">{token.prefix}…</td>
                      <td>{formatDateTime(token.createdAt)}</td>
                      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">Never</span>}</td>
                      <td>
                        {token.revokedAt
                          ? `Revoked ${formatDateTime(token.revokedAt)}`
                          : expired
                            ? "Expired"
                            : token.expiresAt
                              ? `Valid until ${formatDateTime(token.expiresAt)}`
                              : "Valid until revoked"}
                      </td>
                      <td>{token.revokedAt || expired ? null : <RevokeApiTokenForm tokenId={token.id} name={token.name} />}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
        <div className="card">
          <CreateApiTokenForm />
        </div>
      </section>
    </>
  );
}
