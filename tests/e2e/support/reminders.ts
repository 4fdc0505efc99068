import { execFileSync } from "node:child_process";
import path from "node:path";
import type { ReminderRun } from "@/lib/notifications/queue-deadline-reminders";
import { e2eSmtpPort } from "./mailbox";

/**
 * Runs the deadline reminders on the test's clock against the e2e database; the e2e server's
 * own sender then delivers what they queued. In a child process without the react-server
 * condition (see queue-reminders-at.ts).
 */
export function runRemindersAt(now: Date): ReminderRun {
  const root = process.cwd();
  const output = execFileSync(
    process.execPath,
    [
      "--import",
      path.join(root, "scripts", "server-only-hook.mjs"),
      "--import",
      "tsx",
      path.join(root, "tests", "e2e", "support", "queue-reminders-at.ts"),
      now.toISOString(),
    ],
    {
      cwd: root,
      // As the e2e server has them: e-mail on, and links to its address.
      env: {
        ...process.env,
        NODE_OPTIONS: "",
        SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort()}`,
        PORT: process.env.E2E_PORT ?? "3100",
      },
      encoding: "utf8",
    },
  );
  return JSON.parse(output) as ReminderRun;
}
