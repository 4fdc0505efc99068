import type { Metadata } from "next";
import { requirePageAccess } from "@/app/_access/require-page-access";
import { formatDateTime } from "@/lib/indicators/format-value";
import { getOutboxOverview } from "@/lib/notifications/get-outbox-overview";
import { ReminderDaysForm } from "./reminder-days-form";

export const metadata: Metadata = { title: "E-mail" };

export default async function EmailAdminPage() {
  const access = await requirePageAccess("users.manage");
  const overview = await getOutboxOverview(access);

  return (
    <>
      <div className="page-header">
        <h1>E-mail</h1>
      </div>
      {overview.isEmailOn ? (
        <p>
          E-mail is on. Messages wait in an outbox and are sent in the background; a message the mail server refuses is tried again after 1,
          2, 4, 8 and 16 minutes, then given up and listed below. A failed e-mail never undoes the action that caused it, and its notice is
          in the person&apos;s Notifications anyway.
        </p>
      ) : (
        <div className="notice notice--warning" role="status">
          <p>
            E-mail is off: no mail server is configured (<code>SMTP_URL</code>). People see their notices under Notifications only.
          </p>
        </div>
      )}
      <dl className="summary-list">
        <dt>Waiting to be sent</dt>
        <dd>{overview.counts.pending}</dd>
        <dt>Sent</dt>
        <dd>{overview.counts.sent}</dd>
        <dt>Failed</dt>
        <dd>{overview.counts.failed}</dd>
      </dl>
      <section className="section card">
        <ReminderDaysForm current={overview.reminderDays.join(", ")} />
      </section>
      <section className="section" aria-labelledby="failed-heading">
        <h2 id="failed-heading">Failed messages</h2>
        {overview.failed.length === 0 ? (
          <p className="muted">No message has failed.</p>
        ) : (
          <div className="table-wrapper" tabIndex={0} role="region" aria-label="Failed e-mail messages">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">To</th>
                  <th scope="col">Subject</th>
                  <th scope="col">Attempts</th>
                  <th scope="col">Last error</th>
                  <th scope="col">Queued</th>
                  <th scope="col">Given up</th>
                </tr>
              </thead>
              <tbody>
                {overview.failed.map((message) => (
                  <tr key={message.id}>
                    <td>{message.toAddress}</td>
                    <th scope="row">{message.subject}</th>
                    <td>{message.attempts}</td>
                    <td>{message.lastError ?? ""}</td>
                    <td>{formatDateTime(message.createdAt)}</td>
                    <td>{formatDateTime(message.updatedAt)}</td>
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
