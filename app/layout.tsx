import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import "@fontsource-variable/public-sans";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Capacitas", template: "%s · Capacitas" },
  description: "Track capacity development with indicators: frameworks, yearly values, review and reports.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("Layout")]);
  return (
    <html lang={locale}>
      <body>
        <NextIntlClientProvider>
          <a className="skip-link" href="#main-content">
            {t("skipLink")}
          </a>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
