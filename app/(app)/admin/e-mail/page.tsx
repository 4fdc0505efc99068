import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { getInterfaceLocale } from "@/app/_i18n/get-interface-locale";
import { formatDateTime } from "@/lib/indicators/format-value";
import { getOutboxOverview } from "@/lib/notifications/get-outbox-overview";
import { ReminderDaysForm } from "./reminder-days-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EmailAdminPage");
  return { title: t("title") };
}

export default async function EmailAdminPage() {
  const access = await requirePageAccess("users.manage");
  const [overview, t, locale] = await Promise.all([getOutboxOverview(access), getTranslations("EmailAdminPage"), getInterfaceLocale()]);

  return (
    <>
      <div className="page-header">
        <h1>{t("title")}</h1>
      </div>
      {overview.isEmailOn ? (
        <p>{t("on")}</p>
      ) : (
        <div className="notice notice--warning" role="status">
          <p>{t.rich("off", { code: (chunks) => <code>{chunks}</code> })}</p>
        </div>
      )}
      <dl className="summary-list">
        <dt>{t("pending")}</dt>
        <dd>{overview.counts.pending}</dd>
        <dt>{t("sent")}</dt>
        <dd>{overview.counts.sent}</dd>
        <dt>{t("failed")}</dt>
        <dd>{overview.counts.failed}</dd>
      </dl>
      <section className="section card">
        <ReminderDaysForm current={overview.reminderDays.join(", ")} />
      </section>
      <section className="section" aria-labelledby="failed-heading">
        <h2 id="failed-heading">{t("failedHeading")}</h2>
        {overview.failed.length === 0 ? (
          <p className="muted">{t("noneFailed")}</p>
        ) : (
          <div className="table-wrapper" tabIndex={0} role="region" aria-label={t("table")}>
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t("to")}</th>
                  <th scope="col">{t("subject")}</th>
                  <th scope="col">{t("attempts")}</th>
                  <th scope="col">{t("lastError")}</th>
                  <th scope="col">{t("queued")}</th>
                  <th scope="col">{t("givenUp")}</th>
                </tr>
              </thead>
              <tbody>
                {overview.failed.map((message) => (
                  <tr key={message.id}>
                    <td>{message.toAddress}</td>
                    <th scope="row">{message.subject}</th>
                    <td>{message.attempts}</td>
                    <td>{message.lastError ?? ""}</td>
                    <td>{formatDateTime(message.createdAt, locale)}</td>
                    <td>{formatDateTime(message.updatedAt, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
