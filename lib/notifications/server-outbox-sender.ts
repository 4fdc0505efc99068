import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { getEnv } from "@/lib/env";
import { createOutboxSender, type OutboxSender } from "./outbox-sender";
import { createSmtpTransport } from "./smtp-transport";

// One sender per server process, kept on globalThis so that Next's module reloads share it.
const globalForSender = globalThis as unknown as { capacitasOutboxSender?: OutboxSender };

/** Starts this server's e-mail sender and reminder clock (instrumentation.ts), once. */
export function startServerOutboxSender(): OutboxSender {
  if (globalForSender.capacitasOutboxSender) return globalForSender.capacitasOutboxSender;
  const env = getEnv();
  const sender = createOutboxSender({
    senderId: `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`,
    transport: env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : null,
    from: env.MAIL_FROM,
  });
  globalForSender.capacitasOutboxSender = sender;
  sender.start();
  return sender;
}

/** Stops this server's sender (tests, shutdown); a round under way finishes on its own. */
export function stopServerOutboxSender(): void {
  globalForSender.capacitasOutboxSender?.stop();
  delete globalForSender.capacitasOutboxSender;
}
