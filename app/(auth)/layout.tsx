import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/layout/language-switcher";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("Layout");
  return (
    <>
      <header className="site-header">
        <div className="container site-header__bar">
          <span className="site-header__brand">Capacitas</span>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main-content" tabIndex={-1}>
        <div className="container narrow">{children}</div>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("footer")}</p>
        </div>
      </footer>
    </>
  );
}
