import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DemoBanner } from "@/components/layout/demo-banner";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { MainNavigation } from "@/components/layout/main-navigation";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { getRoleLabels } from "@/app/_i18n/get-role-labels";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getUnreadNotificationCount } from "@/lib/notifications/get-unread-notification-count";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // Reading the session makes every page here render per request, never at build time.
  const [access, t, roleLabels] = await Promise.all([requirePageAccess(), getTranslations("Layout"), getRoleLabels()]);
  const { workspace, user, membership } = access;
  const unread = await getUnreadNotificationCount(access);

  return (
    <>
      <header className="site-header">
        <div className="container site-header__bar">
          <div>
            <Link href="/" className="site-header__brand">
              Capacitas
            </Link>{" "}
            <span className="site-header__workspace">{workspace.name}</span>
          </div>
          <div className="site-header__user">
            <span>
              {user.name} · {roleLabels[membership.role]}
              {membership.institution ? ` · ${membership.institution.code}` : ""}
            </span>
            <Link href="/notifications" className="notifications-link">
              {t("notifications")}
              {unread > 0 ? (
                <span className="notifications-link__count">
                  {unread}
                  <span className="visually-hidden"> {t("unread")}</span>
                </span>
              ) : null}
            </Link>
            <LanguageSwitcher />
            <SignOutButton />
          </div>
        </div>
      </header>
      <MainNavigation access={access} />
      {workspace.isDemo ? <DemoBanner workspaceName={workspace.name} /> : null}
      <main id="main-content" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("footer")}</p>
        </div>
      </footer>
    </>
  );
}
