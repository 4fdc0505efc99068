import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { pickClientMessages } from "@/lib/i18n/client-message-namespaces";
import "@fontsource-variable/public-sans";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Capacitas", template: "%s · Capacitas" },
  description: "Track capacity development with indicators: frameworks, yearly values, review and reports.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("Layout"), getMessages()]);
  return (
    <html lang={locale}>
      <body>
        {/* Without `messages` the provider would serialize the whole catalogue into every page
            (decision 043); server components keep all of it through getTranslations. */}
        <NextIntlClientProvider messages={pickClientMessages(messages)}>
          <a className="skip-link" href="#main-content">
            {t("skipLink")}
          </a>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
