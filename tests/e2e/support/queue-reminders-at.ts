// Queues deadline reminders as of the clock the end-to-end test gives, in a process of its
// own: the Playwright runner resolves next-intl's react-server build, which the reminders'
// texts cannot load outside Next. Started by runRemindersAt (support/reminders.ts):
// `node --import ./scripts/server-only-hook.mjs --import tsx tests/e2e/support/queue-reminders-at.ts <ISO time>`.
import { queueDeadlineReminders } from "@/lib/notifications/queue-deadline-reminders";

const now = new Date(process.argv[2] ?? "");
if (Number.isNaN(now.getTime())) {
  console.error("Usage: queue-reminders-at.ts <ISO time>");
  process.exit(2);
}
queueDeadlineReminders(now).then(
  (run) => process.stdout.write(JSON.stringify(run)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
