import fs from "node:fs";
import path from "node:path";
import { startSmtpTestServer } from "../../fixtures/smtp-test-server";
import { e2eSmtpPort, MAILBOX_DIR } from "./mailbox";

/**
 * Before the end-to-end tests: a real SMTP server in the runner's process, on the port the
 * e2e server's SMTP_URL names (playwright.config.ts), so that e-mail goes out exactly as in
 * production: outbox, sender, nodemailer, SMTP. Each message is written to the mailbox folder,
 * where the tests (in their worker processes) read it. Closed after the run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  fs.rmSync(MAILBOX_DIR, { recursive: true, force: true });
  fs.mkdirSync(MAILBOX_DIR, { recursive: true });
  let count = 0;
  const smtp = await startSmtpTestServer({
    port: e2eSmtpPort(),
    onMail: (mail) => {
      count += 1;
      const name = `${String(Date.now()).padStart(15, "0")}-${String(count).padStart(6, "0")}.json`;
      const { raw: _raw, ...kept } = mail;
      fs.writeFileSync(path.join(MAILBOX_DIR, name), JSON.stringify(kept));
    },
  });
  return () => smtp.close();
}
