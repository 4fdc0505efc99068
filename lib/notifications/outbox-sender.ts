import "server-only";
import { claimDueOutboxMessages } from "./claim-due-outbox-messages";
import { OUTBOX_POLL_INTERVAL_MS, REMINDER_INTERVAL_MS } from "./outbox-limits";
import { queueDeadlineReminders } from "./queue-deadline-reminders";
import { queueEmailDigests } from "./queue-email-digests";
import { recordDeliveryOutcome } from "./record-delivery-outcome";
import type { MailTransport } from "./smtp-transport";

export type OutboxSenderOptions = {
  /** Unique among all servers' senders: it fences each claim. */
  senderId: string;
  /** Null when e-mail is off (no SMTP_URL): the sender then only queues reminders. */
  transport: MailTransport | null;
  from: string;
  /** The clock of claims, backoff and reminders; tests move it by hand. */
  now?: () => Date;
  /** False leaves deadline reminders and digests to other senders (tests of delivery alone). */
  queuesReminders?: boolean;
};

export type OutboxSender = {
  /** One round: queue deadline reminders and digests if an hour has passed, then send what is due. */
  pollOnce(): Promise<{ sent: number; failed: number }>;
  start(): void;
  stop(): void;
};

/**
 * A server's share of the outbox (decision 030), polled like the job queue (decision 027):
 * it runs beside the server, never inside a page request, so a slow or refusing mail server
 * delays only the e-mail, never the action that caused it.
 */
export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const now = options.now ?? (() => new Date());
  let lastRemindersAt: number | null = null;
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<{ sent: number; failed: number }> | null = null;

  async function round(): Promise<{ sent: number; failed: number }> {
    const isReminderDue = lastRemindersAt === null || now().getTime() - lastRemindersAt >= REMINDER_INTERVAL_MS;
    if (options.queuesReminders !== false && isReminderDue) {
      lastRemindersAt = now().getTime();
      await queueDeadlineReminders(now());
      // Digests cover the day or week that has ended; the first round of the next one queues them.
      await queueEmailDigests(now());
    }
    const tally = { sent: 0, failed: 0 };
    if (!options.transport) return tally;
    const claimed = await claimDueOutboxMessages(options.senderId, now());
    for (const message of claimed) {
      try {
        await options.transport.send({ from: options.from, to: message.toAddress, subject: message.subject, text: message.text });
        await recordDeliveryOutcome(options.senderId, message, { ok: true }, now());
        tally.sent += 1;
      } catch (error) {
        await recordDeliveryOutcome(options.senderId, message, { ok: false, error: describeError(error) }, now());
        tally.failed += 1;
      }
    }
    return tally;
  }

  const sender: OutboxSender = {
    pollOnce() {
      // One round at a time per sender: a timer firing during a slow round joins it.
      polling ??= round().finally(() => {
        polling = null;
      });
      return polling;
    },
    start() {
      if (timer) return;
      timer = setInterval(() => {
        sender.pollOnce().catch((error: unknown) => console.error("The e-mail outbox round failed", error));
      }, OUTBOX_POLL_INTERVAL_MS);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
  return sender;
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return String(error);
}
