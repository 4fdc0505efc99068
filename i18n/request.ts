import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { getSessionAccess } from "@/app/_access/get-session-access";
import { LOCALE_COOKIE } from "@/lib/i18n/locale-cookie";
import { loadMessages } from "@/lib/i18n/load-messages";
import { resolveLocale } from "@/lib/i18n/resolve-locale";

/**
 * next-intl's per-request configuration (decision 029). The language comes from the cookie
 * that mirrors the person's setting, then the browser, then the workspace. The workspace is
 * asked last, through the session every signed-in page reads anyway (React cache), so
 * choosing a language adds no database query to a page.
 */
export default getRequestConfig(async () => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  const locale = await resolveLocale({
    chosen: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    workspaceDefault: async () => {
      const session = await getSessionAccess();
      return session.status === "ok" || session.status === "must-change-password" ? session.access.workspace.defaultLocale : null;
    },
  });
  return { locale, messages: await loadMessages(locale) };
});
