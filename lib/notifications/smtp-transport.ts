import "server-only";
import nodemailer from "nodemailer";

export type OutgoingMail = { from: string; to: string; subject: string; text: string };

/** Delivers one e-mail or throws; the outbox sender decides about retries. */
export type MailTransport = { send(mail: OutgoingMail): Promise<void> };

/** Seconds a mail server may take per step before the attempt counts as failed (and is retried later). */
const TIMEOUT_MS = 15_000;

/** A transport over SMTP (nodemailer), from SMTP_URL, e.g. smtps://user:password@mail.gov.example:465. */
export function createSmtpTransport(smtpUrl: string, options: { timeoutMs?: number } = {}): MailTransport {
  const timeout = options.timeoutMs ?? TIMEOUT_MS;
  const url = new URL(smtpUrl);
  const transporter = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === "smtps:" ? 465 : 587,
    secure: url.protocol === "smtps:",
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    // A server on the local network often has no certificate for its name; ?tls=insecure accepts it.
    tls: url.searchParams.get("tls") === "insecure" ? { rejectUnauthorized: false } : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  return {
    async send(mail) {
      await transporter.sendMail(mail);
    },
  };
}
