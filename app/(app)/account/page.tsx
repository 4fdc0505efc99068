import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { listOwnApiTokens } from "@/lib/api-tokens/list-own-api-tokens";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { getRoleLabels } from "@/app/_i18n/get-role-labels";
import { formatDateTime } from "@/lib/indicators/format-value";
import { getEmailPreferences } from "@/lib/notifications/get-email-preferences";
import { CreateApiTokenForm, RevokeApiTokenForm } from "./api-token-forms";
import { EmailPreferenceForm } from "./email-preference-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("AccountPage");
  return { title: t("title") };
}

export default async function AccountPage(props: PageProps<"/account">) {
  const access = await requirePageAccess();
  const [tokens, email, t, locale, roleLabels] = await Promise.all([
    listOwnApiTokens(access),
    getEmailPreferences(access),
    getTranslations("AccountPage"),
    getInterfaceLocale(),
    getRoleLabels(),
  ]);
  const { password } = await props.searchParams;
  const now = new Date();

  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
      </div>
      {password === "changed" ? (
        <div className="notice notice--success" role="status">
          <p>{t("passwordChanged")}</p>
        </div>
      ) : null}
      <dl className="summary-list">
        <dt>{t("name")}</dt>
        <dd>{access.user.name}</dd>
        <dt>{t("email")}</dt>
        <dd>{access.user.email}</dd>
        <dt>{t("workspace")}</dt>
        <dd>{access.workspace.name}</dd>
        <dt>{t("role")}</dt>
        <dd>{roleLabels[access.membership.role]}</dd>
        <dt>{t("institution")}</dt>
        <dd>
          {access.membership.institution
            ? `${access.membership.institution.name} (${access.membership.institution.code})`
            : t("noInstitution")}
        </dd>
        <dt>{t("password")}</dt>
        <dd>
          <Link href="/account/password">{t("changePassword")}</Link>
        </dd>
      </dl>

      <section className="section" id="e-mail" aria-labelledby="e-mail-heading">
        <h2 id="e-mail-heading">{t("emailHeading")}</h2>
        {email.isEmailOn ? null : <p className="muted">{t("emailOff")}</p>}
        <EmailPreferenceForm
          kinds={email.kinds.map(({ kind }) => kind)}
          chosen={email.kinds.filter((entry) => entry.byEmail).map((entry) => entry.kind)}
          digest={email.digest}
        />
      </section>

      <section className="section" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">{t("tokensHeading")}</h2>
        <p>{t.rich("tokensIntro", { header: "Authorization: Bearer <token>", code: (chunks) => <code>{chunks}</code> })}</p>
        {tokens.length === 0 ? (
          <p className="muted">{t("noTokens")}</p>
        ) : (
          <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("tokensTable")}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("tokenName")}</th>
                  <th scope="col">{t("startsWith")}</th>
                  <th scope="col">{t("created")}</th>
                  <th scope="col">{t("lastUsed")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t("action")}</span>
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
                      <td>{formatDateTime(token.createdAt, locale)}</td>
                      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : <span className="muted">{t("never")}</span>}</td>
                      <td>
                        {token.revokedAt
                          ? t("revoked", { date: formatDateTime(token.revokedAt, locale) })
                          : expired
                            ? t("expired")
                            : token.expiresAt
                              ? t("validUntil", { date: formatDateTime(token.expiresAt, locale) })
                              : t("validUntilRevoked")}
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
