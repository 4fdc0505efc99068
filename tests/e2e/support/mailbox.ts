import fs from "node:fs";
import path from "node:path";
import { expect } from "@playwright/test";
import type { ReceivedMail } from "../../fixtures/smtp-test-server";

/**
 * The end-to-end tests' mailbox: a real SMTP server in the Playwright runner's process
 * (global-setup.ts), which the e2e server sends to through SMTP_URL like any mail server.
 * Tests run in worker processes, so each message it accepts is kept as a file here.
 */
export const MAILBOX_DIR = path.resolve("data/e2e-mailbox");

/** The SMTP port: beside the e2e server's own (E2E_PORT + 1000), so that worktrees do not collide. */
export function e2eSmtpPort(): number {
  return Number(process.env.E2E_SMTP_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 1000);
}

/** Every message received so far in this run. */
export function readMailbox(): Omit<ReceivedMail, "raw">[] {
  if (!fs.existsSync(MAILBOX_DIR)) return [];
  return fs
    .readdirSync(MAILBOX_DIR)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(MAILBOX_DIR, name), "utf8")) as Omit<ReceivedMail, "raw">);
}

/** The messages to `address` that match, newest last. */
export function mailsTo(address: string, matches: (mail: Omit<ReceivedMail, "raw">) => boolean = () => true): Omit<ReceivedMail, "raw">[] {
  return readMailbox().filter((mail) => mail.to.includes(address.toLowerCase()) && matches(mail));
}

/** Waits until a message to `address` that matches has arrived (the server's sender polls every 5 s), and returns the newest. */
export async function waitForMail(
  address: string,
  matches: (mail: Omit<ReceivedMail, "raw">) => boolean,
): Promise<Omit<ReceivedMail, "raw">> {
  await expect.poll(() => mailsTo(address, matches).length, { timeout: 45_000, message: `an e-mail to ${address}` }).toBeGreaterThan(0);
  return mailsTo(address, matches).at(-1)!;
}
