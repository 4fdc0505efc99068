import type { Metadata } from "next";
import Link from "next/link";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { formatDateTime } from "@/lib/indicators/format-value";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { MarkReadForm } from "./notification-forms";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsPage() {
  const access = await requirePageAccess();
  const notices = await listNotifications(access);
  const unread = notices.filter((notice) => notice.readAt === null).length;

  return (
    <>
      <div className="page-header">
        <h1>Notifications</h1>
        <p className="muted">
          What needs your attention: returned values, deadlines, decisions. Choose which ones also reach you by e-mail on{" "}
          <Link href="/account#e-mail">your account page</Link>.
        </p>
      </div>
      {unread > 0 ? <MarkReadForm /> : null}
      {notices.length === 0 ? (
        <p className="muted">You have no notifications.</p>
      ) : (
        <ul className="notice-list" aria-label="Your notifications">
          {notices.map((notice) => (
            <li key={notice.id} className={notice.readAt ? "notice-list__item" : "notice-list__item notice-list__item--unread"}>
              <h2 className="notice-list__title">
                <Link href={notice.link}>{notice.title}</Link>
                {notice.readAt ? null : <span className="status status--submitted notice-list__unread">Unread</span>}
              </h2>
              {notice.body.split("\n").map((line, index) => (
                <p key={index}>{line}</p>
              ))}
              <p className="muted">{formatDateTime(notice.createdAt)}</p>
              {notice.readAt ? null : <MarkReadForm id={notice.id} title={notice.title} />}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
