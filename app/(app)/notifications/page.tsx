import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { formatDateTime } from "@/lib/indicators/format-value";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { MarkReadForm } from "./notification-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("NotificationsPage");
  return { title: t("title") };
}

export default async function NotificationsPage() {
  const access = await requirePageAccess();
  const [notices, t, locale] = await Promise.all([listNotifications(access), getTranslations("NotificationsPage"), getInterfaceLocale()]);
  const unread = notices.filter((notice) => notice.readAt === null).length;

  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
        <p className="muted">{t.rich("intro", { link: (chunks) => <Link href="/account#e-mail">{chunks}</Link> })}</p>
      </div>
      {unread > 0 ? <MarkReadForm /> : null}
      {notices.length === 0 ? (
        <p className="muted">{t("none")}</p>
      ) : (
        <ul className="notice-list" aria-label={t("list")}>
          {notices.map((notice) => (
            <li key={notice.id} className={notice.readAt ? "notice-list__item" : "notice-list__item notice-list__item--unread"}>
              <h2 className="notice-list__title">
                <Link href={notice.link}>{notice.title}</Link>
                {notice.readAt ? null : <span className="status status--submitted notice-list__unread">{t("unread")}</span>}
              </h2>
              {notice.body.split("\n").map((line, index) => (
                <p key={index}>{line}</p>
              ))}
              <p className="muted">{formatDateTime(notice.createdAt, locale)}</p>
              {notice.readAt ? null : <MarkReadForm id={notice.id} title={notice.title} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
